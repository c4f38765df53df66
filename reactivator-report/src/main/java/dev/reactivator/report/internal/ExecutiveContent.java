package dev.reactivator.report.internal;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.data.Contacts;
import dev.reactivator.core.data.Field;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.core.segment.Glossary;
import dev.reactivator.core.segment.abc.VipChurn;
import dev.reactivator.core.segment.abc.VipChurnMonth;
import dev.reactivator.core.segment.cohort.CohortMode;
import dev.reactivator.core.segment.cohort.CohortRow;
import dev.reactivator.core.segment.cohort.CohortTable;
import dev.reactivator.core.segment.cohort.FunnelStage;
import dev.reactivator.core.segment.finance.RoiResult;
import dev.reactivator.core.segment.nbp.TransitionMode;
import dev.reactivator.core.segment.overview.Overview;
import dev.reactivator.core.segment.sales.CallListRow;
import dev.reactivator.core.segment.widget.Absence;
import dev.reactivator.narrative.ExecutiveSummary;
import dev.reactivator.narrative.MessageChain;
import dev.reactivator.narrative.MoneyFormat;
import dev.reactivator.narrative.SummarySection;
import dev.reactivator.report.ReportInput;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * What the executive report shows, independent of the file format: the title, the key figures, the
 * six summary sections and the main tables, every text already in the report's language and every
 * number formatted. The PDF and DOCX renderers only lay it out. Internal.
 *
 * @param locale the report's language
 * @param title the document title
 * @param subtitle the analysis date and source
 * @param writerNote who wrote the text, and why the offline narrator did when it stood in
 * @param figuresTitle the heading of the key figures
 * @param figures the key figures
 * @param chartsTitle the heading of the charts
 * @param charts the key charts, in order
 * @param summaryTitle the heading of the summary
 * @param sections the summary's sections, in order
 * @param tablesTitle the heading of the tables part
 * @param tables the main tables
 * @param footer the page footer text
 */
public record ExecutiveContent(
    Locale locale,
    String title,
    String subtitle,
    String writerNote,
    String figuresTitle,
    List<Figure> figures,
    String chartsTitle,
    List<ExecutiveChart> charts,
    String summaryTitle,
    List<SummarySection> sections,
    String tablesTitle,
    List<Table> tables,
    String footer) {

  /** How many call-list rows the report shows. */
  public static final int CALL_LIST_ROWS = 20;

  /** How many VIP customers at risk the report shows. */
  public static final int VIP_ROWS = 15;

  /** How many month cohorts (the latest) the cohort heat map shows. */
  public static final int HEATMAP_ROWS = 12;

  private static final int BLUE = 0x2563EB;
  private static final int GREEN = 0x16A34A;
  private static final int DARK_GREEN = 0x166534;
  private static final int RED = 0xDC2626;
  private static final int LIGHT_RED = 0xF87171;
  private static final int ORANGE = 0xF59E0B;
  private static final int YELLOW = 0xEAB308;
  private static final int TEAL = 0x0D9488;
  private static final int LIGHT_BLUE = 0x93C5FD;

  private static final String BUNDLE = "dev.reactivator.report.internal.executive";

  /** Checks the components and copies the lists. */
  public ExecutiveContent {
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(subtitle, "subtitle");
    Objects.requireNonNull(writerNote, "writerNote");
    Objects.requireNonNull(figuresTitle, "figuresTitle");
    Objects.requireNonNull(chartsTitle, "chartsTitle");
    Objects.requireNonNull(summaryTitle, "summaryTitle");
    Objects.requireNonNull(tablesTitle, "tablesTitle");
    Objects.requireNonNull(footer, "footer");
    figures = List.copyOf(figures);
    charts = List.copyOf(charts);
    sections = List.copyOf(sections);
    tables = List.copyOf(tables);
  }

  /**
   * One key figure.
   *
   * @param label what it is
   * @param value the formatted value
   * @param note a short qualifier under the value, possibly empty
   * @param alarm whether the figure signals trouble (shown highlighted)
   */
  public record Figure(String label, String value, String note, boolean alarm) {
    /** Checks the components. */
    public Figure {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(note, "note");
    }
  }

  /**
   * One table.
   *
   * @param title its heading
   * @param headers the column headers
   * @param numeric per column, whether it holds numbers (right-aligned)
   * @param rows the rows, each with one cell per header
   * @param note a line under the table (such as "… and 12 more"), possibly empty
   */
  public record Table(
      String title,
      List<String> headers,
      List<Boolean> numeric,
      List<List<String>> rows,
      String note) {
    /** Checks the components and copies the lists. */
    public Table {
      Objects.requireNonNull(title, "title");
      headers = List.copyOf(headers);
      numeric = List.copyOf(numeric);
      rows = rows.stream().map(List::copyOf).toList();
      Objects.requireNonNull(note, "note");
      if (numeric.size() != headers.size()) {
        throw new IllegalArgumentException(
            "numeric has " + numeric.size() + " flags for " + headers.size() + " headers");
      }
      for (List<String> r : rows) {
        if (r.size() != headers.size()) {
          throw new IllegalArgumentException(
              "a row has " + r.size() + " cells for " + headers.size() + " headers");
        }
      }
    }
  }

  /** The content of {@code input}'s executive report. */
  public static ExecutiveContent of(ReportInput input) {
    Objects.requireNonNull(input, "input");
    Locale locale = input.options().locale();
    ResourceBundle b = bundle(locale);
    Analysis a = input.analysis();
    Numbers num = new Numbers(locale, MoneyFormat.symbol(a.base().currency()));
    CustomerBase base = a.base();
    ExecutiveSummary s = input.summary();
    DateTimeFormatter dates =
        russian(locale)
            ? DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ROOT)
            : DateTimeFormatter.ISO_LOCAL_DATE;
    String date = dates.format(base.asOf());
    String writer =
        s.fallbackReason()
            .map(r -> fill(b, "writer.fallback", r))
            .orElse(
                "offline".equals(s.writer())
                    ? b.getString("writer.offline")
                    : fill(b, "writer.llm", s.writer()));
    List<Table> tables = new ArrayList<>();
    tables.add(topToSave(a, b, num, dates));
    tables.add(buckets(a, b, num));
    tables.add(vip(a, b, num));
    tables.add(vipChurn(a, b, num));
    tables.add(callList(a, b, num, locale));
    Table absent = absences(a, b);
    if (!absent.rows().isEmpty()) {
      tables.add(absent);
    }
    if (!s.chains().isEmpty()) {
      tables.add(chains(s, b, locale));
    }
    return new ExecutiveContent(
        locale,
        b.getString("title"),
        fill(b, "subtitle", date, base.report().source()),
        writer,
        b.getString("figures"),
        figures(a, b, num),
        b.getString("charts"),
        charts(a, b, num),
        b.getString("summary"),
        s.sections(),
        b.getString("tables"),
        tables,
        fill(b, "footer", date));
  }

  private static List<Figure> figures(Analysis a, ResourceBundle b, Numbers num) {
    Overview o = a.overview();
    List<Figure> out = new ArrayList<>();
    out.add(
        new Figure(
            b.getString("figure.customers"),
            num.integer(o.uniqueCustomers()),
            b.getString("figure.customers.note"),
            false));
    out.add(
        new Figure(
            b.getString("figure.health"),
            num.decimal(o.health().score(), 0),
            b.getString(o.health().alarm() ? "figure.health.alarm" : "figure.health.ok"),
            o.health().alarm()));
    out.add(
        new Figure(
            b.getString("figure.revenueAtRisk"),
            num.money(o.revenueAtRisk().total()),
            b.getString("figure.revenueAtRisk.note"),
            o.revenueAtRisk().total() > 0));
    out.add(
        new Figure(
            glossary(b).label(Glossary.RISK_ZONE),
            num.percent(Glossary.RISK_ZONE.share(a)),
            fill(b, "figure.share.note", num.integer(Glossary.RISK_ZONE.count(a))),
            false));
    out.add(
        new Figure(
            glossary(b).label(Glossary.CRITICAL_CHURN),
            num.percent(Glossary.CRITICAL_CHURN.share(a)),
            fill(b, "figure.share.note", num.integer(Glossary.CRITICAL_CHURN.count(a))),
            Glossary.CRITICAL_CHURN.share(a) >= 0.25));
    if (a.roi().isPresent()) {
      RoiResult r = a.roi().get();
      String roi =
          r.roiPercent().isPresent()
              ? num.decimal(r.roiPercent().getAsDouble(), 0) + "\u00A0%"
              : b.getString("figure.none");
      out.add(
          new Figure(
              b.getString("figure.roi"),
              roi,
              fill(b, "figure.roi.note", num.money(r.netProfit())),
              r.netProfit() < 0));
    } else {
      out.add(
          new Figure(
              b.getString("figure.roi"),
              b.getString("figure.none"),
              b.getString("figure.roi.none"),
              false));
    }
    Overview.NrrWaterfall n = o.nrr();
    out.add(
        new Figure(
            b.getString("figure.nrr"),
            n.nrrPercent().isPresent()
                ? num.decimal(n.nrrPercent().getAsDouble(), 0) + "\u00A0%"
                : b.getString("figure.none"),
            b.getString("figure.nrr.note"),
            n.nrrPercent().isPresent() && n.nrrPercent().getAsDouble() < 100));
    out.add(
        new Figure(
            glossary(b).label(Glossary.VIP_AT_RISK),
            num.integer(Glossary.VIP_AT_RISK.count(a)),
            b.getString("figure.vip.note"),
            Glossary.VIP_AT_RISK.count(a) > 0));
    return out;
  }

  /**
   * The key charts, drawn from the values the dashboard shows: the health index and its parts,
   * revenue at risk by risk level, the NRR waterfall, the retention funnel, the risk structure and
   * the month-cohort heat map (when there are cohorts).
   */
  static List<ExecutiveChart> charts(Analysis a, ResourceBundle b, Numbers num) {
    Overview o = a.overview();
    List<ExecutiveChart> out = new ArrayList<>();
    Overview.HealthIndex h = o.health();
    double[] health = {h.score(), 100 * h.activity(), 100 * h.repeatRate(), 100 * h.retention()};
    String[] healthKeys = {"score", "activity", "repeatRate", "retention"};
    List<ExecutiveChart.Bar> hb = new ArrayList<>();
    for (int i = 0; i < health.length; i++) {
      hb.add(
          new ExecutiveChart.Bar(
              b.getString("chart.health." + healthKeys[i]),
              health[i],
              // the index as the key figure shows it (of 100), its parts as shares like the summary
              i == 0 ? num.decimal(health[i], 0) : num.percent(health[i] / 100),
              i > 0 ? BLUE : h.alarm() ? RED : GREEN));
    }
    double alarm = a.options().overview().alarmBelow();
    out.add(
        new ExecutiveChart.Bars(
            "health",
            b.getString("chart.health"),
            fill(b, "chart.health.note", num.decimal(alarm, 0)),
            true,
            hb,
            java.util.OptionalDouble.of(100),
            java.util.OptionalDouble.of(alarm),
            num.decimal(alarm, 0) + "\u00A0%"));

    List<ExecutiveChart.Bar> rb = new ArrayList<>();
    for (Overview.RiskBucket k : o.revenueAtRisk().buckets()) {
      rb.add(
          new ExecutiveChart.Bar(
              glossary(b).label(k.level()),
              k.revenueAtRisk(),
              num.money(k.revenueAtRisk()),
              switch (k.level()) {
                case LOW -> GREEN;
                case MEDIUM -> YELLOW;
                case HIGH -> ORANGE;
                case CRITICAL -> RED;
              }));
    }
    out.add(
        new ExecutiveChart.Bars(
            "revenueAtRisk",
            b.getString("chart.revenueAtRisk"),
            fill(b, "chart.revenueAtRisk.note", num.money(o.revenueAtRisk().total())),
            false,
            rb,
            java.util.OptionalDouble.empty(),
            java.util.OptionalDouble.empty(),
            ""));

    Overview.NrrWaterfall n = o.nrr();
    String nrr =
        n.nrrPercent().isPresent()
            ? num.decimal(n.nrrPercent().getAsDouble(), 0) + "\u00A0%"
            : b.getString("figure.none");
    out.add(
        new ExecutiveChart.Waterfall(
            "nrr",
            b.getString("chart.nrr"),
            fill(b, "chart.nrr.note", nrr)
                + (n.currentBaseEstimated() ? " " + b.getString("chart.nrr.estimated") : ""),
            List.of(
                new ExecutiveChart.Step(
                    b.getString("chart.nrr.current"),
                    n.currentBase(),
                    true,
                    num.money(n.currentBase()),
                    BLUE),
                new ExecutiveChart.Step(
                    b.getString("chart.nrr.expansion"),
                    n.expansion(),
                    false,
                    num.signedMoney(n.expansion()),
                    GREEN),
                new ExecutiveChart.Step(
                    b.getString("chart.nrr.contraction"),
                    -n.contraction(),
                    false,
                    num.signedMoney(-n.contraction()),
                    ORANGE),
                new ExecutiveChart.Step(
                    b.getString("chart.nrr.churn"),
                    -n.churn(),
                    false,
                    num.signedMoney(-n.churn()),
                    RED),
                new ExecutiveChart.Step(
                    b.getString("chart.nrr.projected"),
                    n.projected(),
                    true,
                    num.money(n.projected()),
                    DARK_GREEN))));

    List<ExecutiveChart.Bar> fb = new ArrayList<>();
    for (FunnelStage st : a.funnel().nodes()) {
      fb.add(
          new ExecutiveChart.Bar(
              b.containsKey("funnel." + st.key()) ? b.getString("funnel." + st.key()) : st.key(),
              st.count(),
              num.integer(st.count()),
              switch (st.key()) {
                case "first-purchase" -> BLUE;
                case "second-purchase" -> TEAL;
                case "third-plus-purchase" -> GREEN;
                case "lost-after-first" -> RED;
                default -> LIGHT_RED;
              }));
    }
    String second =
        a.funnel().secondPurchaseRate().isPresent()
            ? num.percent(a.funnel().secondPurchaseRate().getAsDouble())
            : b.getString("figure.none");
    String third =
        a.funnel().thirdPurchaseRate().isPresent()
            ? num.percent(a.funnel().thirdPurchaseRate().getAsDouble())
            : b.getString("figure.none");
    out.add(
        new ExecutiveChart.Bars(
            "funnel",
            b.getString("chart.funnel"),
            fill(b, "chart.funnel.note", second, third),
            true,
            fb,
            java.util.OptionalDouble.empty(),
            java.util.OptionalDouble.empty(),
            ""));

    List<ExecutiveChart.Pair> sp = new ArrayList<>();
    for (Overview.StructureBar s : o.riskStructure()) {
      String k = s.group().key();
      sp.add(
          new ExecutiveChart.Pair(
              glossary(b).label("structure/" + k),
              s.count(),
              num.integer(s.count()),
              switch (k) {
                case "active" -> GREEN;
                case "risk-zone" -> ORANGE;
                case "critical-churn" -> RED;
                default -> BLUE;
              },
              s.revenue(),
              num.money(s.revenue())));
    }
    out.add(
        new ExecutiveChart.PairedBars(
            "structure",
            b.getString("chart.structure"),
            b.getString("chart.structure.note"),
            b.getString("chart.structure.customers"),
            b.getString("chart.structure.revenue"),
            LIGHT_BLUE,
            sp));

    CohortTable c = a.cohorts();
    if (!c.rows().isEmpty()) {
      // month cohorts come oldest first: the heat map keeps the latest, as the dashboard does
      List<CohortRow> shown =
          c.rows().subList(Math.max(0, c.rows().size() - HEATMAP_ROWS), c.rows().size());
      List<String> rows = new ArrayList<>();
      List<List<java.util.OptionalDouble>> cells = new ArrayList<>();
      List<List<String>> labels = new ArrayList<>();
      for (CohortRow r : shown) {
        rows.add(r.key() + " · " + num.integer(r.clients()));
        List<java.util.OptionalDouble> line = new ArrayList<>();
        List<String> text = new ArrayList<>();
        for (int m = 0; m <= c.months(); m++) {
          java.util.OptionalDouble v =
              m < r.retention().size() ? r.retention().get(m) : java.util.OptionalDouble.empty();
          line.add(v);
          text.add(v.isPresent() ? num.decimal(100 * v.getAsDouble(), 0) + "\u00A0%" : "");
        }
        cells.add(line);
        labels.add(text);
      }
      List<String> columns = new ArrayList<>();
      for (int m = 0; m <= c.months(); m++) {
        columns.add("M" + m);
      }
      out.add(
          new ExecutiveChart.Heatmap(
              "cohorts",
              b.getString("chart.cohorts"),
              (c.rows().size() > shown.size()
                      ? fill(
                          b,
                          "chart.cohorts.latest",
                          Integer.toString(shown.size()),
                          num.integer(c.rows().size()))
                      : b.getString("chart.cohorts.note"))
                  + (c.mode() == CohortMode.ACTIVE_SPAN
                      ? " " + fill(b, "chart.cohorts.activeSpan", column(b, Field.PURCHASE_DATE))
                      : ""),
              rows,
              columns,
              cells,
              labels));
    }
    return out;
  }

  private static Table topToSave(
      Analysis a, ResourceBundle b, Numbers num, DateTimeFormatter dates) {
    List<List<String>> rows = new ArrayList<>();
    for (Overview.SaveCandidate c : a.overview().topToSave()) {
      rows.add(
          List.of(
              c.displayName(),
              dates.format(c.lastPurchase()),
              num.integer(c.daysIdle()),
              num.decimal(c.riskPercent(), 0) + "\u00A0%",
              num.money(c.ltv())));
    }
    return new Table(
        b.getString("table.topToSave"),
        headers(b, "customer", "lastPurchase", "daysIdle", "risk", "ltv"),
        List.of(false, false, true, true, true),
        rows,
        rows.isEmpty() ? b.getString("table.empty") : "");
  }

  private static Table buckets(Analysis a, ResourceBundle b, Numbers num) {
    List<List<String>> rows = new ArrayList<>();
    for (Overview.RiskBucket k : a.overview().revenueAtRisk().buckets()) {
      rows.add(
          List.of(
              glossary(b).label(k.level()),
              num.integer(k.count()),
              num.money(k.revenueBase()),
              num.money(k.revenueAtRisk())));
    }
    return new Table(
        b.getString("table.buckets"),
        headers(b, "level", "customers", "revenueBase", "revenueAtRisk"),
        List.of(false, true, true, true),
        rows,
        "");
  }

  private static Table vip(Analysis a, ResourceBundle b, Numbers num) {
    CustomerBase base = a.base();
    List<Integer> vip = a.vipAtRisk().customers();
    List<List<String>> rows = new ArrayList<>();
    for (int c : vip.subList(0, Math.min(VIP_ROWS, vip.size()))) {
      rows.add(
          List.of(
              base.customer(c).displayName(),
              num.integer(a.scored().daysSinceLast(c)),
              num.decimal(100 * a.scored().churnProbability(c), 0) + "\u00A0%",
              glossary(b).label(a.scored().riskLevel(c)),
              num.money(base.totalSpent(c))));
    }
    String note =
        vip.isEmpty()
            ? b.getString("table.empty")
            : vip.size() > VIP_ROWS
                ? fill(b, "table.more", num.integer(vip.size() - VIP_ROWS))
                : "";
    return new Table(
        glossary(b).label(Glossary.VIP_AT_RISK),
        headers(b, "customer", "daysIdle", "risk", "level", "ltv"),
        List.of(false, true, true, false, true),
        rows,
        note);
  }

  /**
   * The VIP churn by month, newest month first; without purchase dates no rows and a note naming
   * the column that turns it on.
   */
  private static Table vipChurn(Analysis a, ResourceBundle b, Numbers num) {
    List<String> headers = headers(b, "month", "vipCrossed", "ltv", "annualRevenue", "atRiskNow");
    List<Boolean> numeric = List.of(false, true, true, true, true);
    if (a.vipChurn().isEmpty()) {
      return new Table(
          b.getString("table.vipChurn"),
          headers,
          numeric,
          List.of(),
          fill(b, "absent.column", column(b, Field.PURCHASE_DATE)));
    }
    VipChurn v = a.vipChurn().get();
    List<List<String>> rows = new ArrayList<>();
    for (int i = v.months().size() - 1; i >= 0; i--) {
      VipChurnMonth m = v.months().get(i);
      rows.add(
          List.of(
              m.month() + (m.partial() ? " " + b.getString("table.vipChurn.partial") : ""),
              num.integer(m.count()),
              num.money(m.ltv()),
              num.money(m.annualRevenue()),
              num.integer(m.atRiskNow())));
    }
    return new Table(
        b.getString("table.vipChurn"),
        headers,
        numeric,
        rows,
        fill(
            b,
            "table.vipChurn.note",
            num.integer(v.count()),
            num.money(v.ltv()),
            num.integer(v.earlier().size()),
            num.integer(v.notCrossed())));
  }

  /**
   * What this run could not compute, or computed in a reduced form, and the column that turns it
   * on: every absence with a missing column, then the widgets that changed meaning without purchase
   * dates (cohorts and LTV vs CAC by active span, the product matrix by co-purchase, the NRR's
   * estimated base).
   */
  static Table absences(Analysis a, ResourceBundle b) {
    List<List<String>> rows = new ArrayList<>();
    for (Absence x : a.absences()) {
      if (x.missing().isPresent()) {
        String key = "absence." + x.widget().replace(':', '.');
        rows.add(
            List.of(
                b.containsKey(key) ? b.getString(key) : x.widget(), column(b, x.missing().get())));
      }
    }
    String dates = column(b, Field.PURCHASE_DATE);
    if (a.cohorts().mode() == CohortMode.ACTIVE_SPAN) {
      rows.add(List.of(b.getString("mode.cohorts"), dates));
    }
    if (a.ltvVsCac().mode() == CohortMode.ACTIVE_SPAN) {
      rows.add(List.of(b.getString("mode.ltvVsCac"), dates));
    }
    if (a.nextBestProducts().mode() == TransitionMode.CO_PURCHASE) {
      rows.add(List.of(b.getString("mode.nbp"), dates));
    }
    if (a.overview().nrr().currentBaseEstimated()) {
      rows.add(List.of(b.getString("mode.nrr"), dates));
    }
    return new Table(
        b.getString("table.absences"),
        headers(b, "notComputed", "turnsOn"),
        List.of(false, false),
        rows,
        rows.isEmpty() ? "" : b.getString("table.absences.note"));
  }

  /** The input column's name as the user's file would have it, in guillemets. */
  private static String column(ResourceBundle b, Field f) {
    String key = "field." + f.name();
    return "«" + (b.containsKey(key) ? b.getString(key) : f.name()) + "»";
  }

  private static Table callList(Analysis a, ResourceBundle b, Numbers num, Locale locale) {
    SalesWords words = SalesWords.of(locale);
    CustomerBase base = a.base();
    List<CallListRow> list = a.sales().callList();
    List<List<String>> rows = new ArrayList<>();
    for (CallListRow r : list.subList(0, Math.min(CALL_LIST_ROWS, list.size()))) {
      rows.add(
          List.of(
              Integer.toString(r.rank()),
              r.displayName(),
              phone(base.customer(r.index()).phones()),
              num.money(r.ltv()),
              words.timing(r),
              words.label(r.priority()),
              num.decimal(100 * r.returnProbability(), 0) + "\u00A0%",
              words.label(r.primary())));
    }
    String note =
        list.isEmpty()
            ? b.getString("table.empty")
            : list.size() > CALL_LIST_ROWS
                ? fill(b, "table.more", num.integer(list.size() - CALL_LIST_ROWS))
                : "";
    return new Table(
        fill(b, "table.callList", Integer.toString(CALL_LIST_ROWS)),
        headers(b, "rank", "customer", "phone", "ltv", "timing", "priority", "return", "channel")
            .stream()
            .map(h -> h.replace("{0}", Integer.toString(a.scored().options().horizonDays())))
            .toList(),
        List.of(true, false, false, true, false, false, true, false),
        rows,
        note);
  }

  private static Table chains(ExecutiveSummary s, ResourceBundle b, Locale locale) {
    SalesWords words = SalesWords.of(locale);
    List<List<String>> rows = new ArrayList<>();
    // the templates' placeholders are shown as words, so that the table reads as an example
    java.util.Map<String, String> shown =
        java.util.Map.of(
            "name", b.getString("placeholder.name"), "product", b.getString("placeholder.product"));
    // groups whose two touches read the same (one tone and channel pair in several segments)
    // share one row that names all their segments, so no template is printed twice
    java.util.Map<List<String>, List<String>> segments = new java.util.LinkedHashMap<>();
    // rows of one tone stand together, in the tones' order (VIP, care, discount, urgency, info)
    List<MessageChain> byTone = new ArrayList<>(s.chains());
    byTone.sort(java.util.Comparator.comparing(MessageChain::tone));
    for (MessageChain c : byTone) {
      List<String> touches =
          List.of(
              words.label(c.tone()),
              words.label(c.channel()) + ": " + MessageChain.merge(c.firstTouch(), shown),
              words.label(c.secondChannel()) + ": " + MessageChain.merge(c.secondTouch(), shown));
      List<String> named = segments.computeIfAbsent(touches, k -> new ArrayList<>());
      if (!named.contains(c.segment())) {
        named.add(c.segment());
      }
    }
    for (var e : segments.entrySet()) {
      List<String> row = new ArrayList<>();
      // the segments in the seed's order (champions, regular, risk zone, lost), others after
      List<String> keys = new ArrayList<>(e.getValue());
      keys.sort(java.util.Comparator.comparingInt(ExecutiveContent::segmentRank));
      row.add(String.join(", ", keys.stream().map(k -> glossary(b).label("rfm/" + k)).toList()));
      row.addAll(e.getKey());
      rows.add(row);
    }
    return new Table(
        b.getString("table.chains"),
        headers(b, "segment", "tone", "touch1", "touch2"),
        List.of(false, false, false, false),
        rows,
        "");
  }

  private static final List<String> SEGMENT_ORDER =
      List.of("champions", "regular", "risk-zone", "lost");

  private static int segmentRank(String key) {
    int i = SEGMENT_ORDER.indexOf(key);
    return i < 0 ? SEGMENT_ORDER.size() : i;
  }

  /**
   * {@code +7 912 345-67-89} (with no-break spaces, so it stays on one line) for a Russian number,
   * else {@code +} and the digits; the first phone only, brought to its digits first.
   */
  static String phone(List<String> phones) {
    if (phones.isEmpty()) {
      return "";
    }
    String d = Contacts.normalizePhone(phones.get(0)).orElse(phones.get(0));
    if (d.length() == 11 && d.charAt(0) == '7') {
      return "+7\u00A0"
          + d.substring(1, 4)
          + "\u00A0"
          + d.substring(4, 7)
          + "-"
          + d.substring(7, 9)
          + "-"
          + d.substring(9);
    }
    return d.chars().allMatch(Character::isDigit) ? "+" + d : d;
  }

  private static List<String> headers(ResourceBundle b, String... keys) {
    List<String> out = new ArrayList<>();
    for (String k : keys) {
      out.add(b.getString("col." + k));
    }
    return out;
  }

  private static String fill(ResourceBundle b, String key, String... values) {
    String s = b.getString(key);
    for (int i = 0; i < values.length; i++) {
      s = s.replace("{" + i + "}", values[i]);
    }
    return s;
  }

  private static boolean russian(Locale locale) {
    return !"en".equals(locale.getLanguage());
  }

  /** The shared groups' labels in the language of {@code b} (its Russian root or English). */
  private static GlossaryLabels glossary(ResourceBundle b) {
    return GlossaryLabels.of(b.getLocale());
  }

  /**
   * The executive bundle: Russian unless {@code locale} is English; never the JVM's default locale.
   */
  public static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(BUNDLE, russian(locale) ? Locale.ROOT : Locale.ENGLISH);
  }

  /**
   * Number formatting of the report: Russian groups digits with a no-break space and writes a
   * decimal comma ({@code 1 234 567,5}); English uses {@code ,} and {@code .}.
   */
  public static final class Numbers {
    private final Locale locale;
    private final String currency;

    /** Formats for {@code locale} with the currency sign {@code currency}. */
    public Numbers(Locale locale, String currency) {
      this.locale = Objects.requireNonNull(locale, "locale");
      this.currency = Objects.requireNonNull(currency, "currency");
    }

    /** {@code 1 234}. */
    public String integer(long v) {
      return decimal(v, 0);
    }

    /** {@code 1 234,5} with at most {@code digits} decimals; {@code —} for a non-finite value. */
    public String decimal(double v, int digits) {
      if (!Double.isFinite(v)) {
        return "—";
      }
      DecimalFormatSymbols sym = DecimalFormatSymbols.getInstance(Locale.ROOT);
      sym.setGroupingSeparator(russian(locale) ? '\u00A0' : ',');
      sym.setDecimalSeparator(russian(locale) ? ',' : '.');
      sym.setMinusSign('−');
      DecimalFormat f = new DecimalFormat("#,##0", sym);
      f.setMaximumFractionDigits(digits);
      return f.format(v);
    }

    /** {@code 1 234 567 ₽}: rounded to whole units, with the base's currency sign. */
    public String money(double v) {
      return decimal(Math.round(v), 0) + "\u00A0" + currency;
    }

    /** {@code +1 234 ₽} or {@code −1 234 ₽}: a signed change, rounded to whole units. */
    public String signedMoney(double v) {
      long r = Math.round(v);
      return (r > 0 ? "+" : "") + money(r);
    }

    /** {@code 12,5 %} of a share 0–1. */
    public String percent(double share) {
      return decimal(100 * share, 1) + "\u00A0%";
    }
  }
}
