package dev.reactivator.narrative;

import dev.reactivator.core.segment.sales.CallGroup;
import dev.reactivator.core.segment.sales.Channel;
import dev.reactivator.core.segment.sales.Tone;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes the six sections and the message-chain templates from a {@link FactSheet} alone,
 * deterministically: the same facts always give the same text. Only facts that are present are
 * written about; widgets the data could not support are not mentioned.
 */
final class OfflineWriter {

  /** The writer name recorded in the summary. */
  public static final String WRITER = "offline";

  private OfflineWriter() {}

  /**
   * The summary of {@code facts}, recording {@code fallbackReason} when the offline writer stands
   * in.
   */
  public static ExecutiveSummary write(FactSheet facts, Optional<String> fallbackReason) {
    Texts t = Texts.of(facts.locale(), facts.currency());
    List<SummarySection> sections = new ArrayList<>();
    for (SectionKind kind : SectionKind.values()) {
      sections.add(new SummarySection(kind, title(t, kind), paragraphs(t, kind, facts)));
    }
    return new ExecutiveSummary(t.locale(), WRITER, fallbackReason, sections, chains(facts));
  }

  /** The locale a summary for {@code requested} is written in: {@code en} or {@code ru}. */
  public static java.util.Locale locale(java.util.Locale requested) {
    return Texts.of(requested).locale();
  }

  /** The localised title of a section. */
  public static String title(java.util.Locale locale, SectionKind kind) {
    return title(Texts.of(locale), kind);
  }

  private static String title(Texts t, SectionKind kind) {
    return t.get("title." + kind.key());
  }

  /** The offline templates of every group of {@code facts}. */
  public static List<MessageChain> chains(FactSheet facts) {
    Texts t = Texts.of(facts.locale(), facts.currency());
    List<MessageChain> out = new ArrayList<>();
    for (CallGroup g : facts.groups()) {
      out.add(
          new MessageChain(
              g.segment(),
              g.tone(),
              g.channel(),
              g.secondChannel(),
              touch(t, g.segment(), g.tone(), g.channel(), "first"),
              touch(t, g.segment(), g.tone(), g.secondChannel(), "second")));
    }
    return out;
  }

  static String touch(Texts t, String segment, Tone tone, Channel channel, String which) {
    // an SMS has its own short bodies: one segment (70 UCS-2 characters) with the product in it
    String body =
        channel == Channel.SMS
            ? t.get("tone." + tone.key() + ".sms." + which)
            : toneText(t, segment, tone, which);
    return t.fill(
        "chain." + channel.key() + "." + which,
        Map.of("body", body, "subject", toneText(t, segment, tone, "subject")));
  }

  /**
   * The tone's text for one RFM segment ({@code tone.care.champions.first}) when the bundle has
   * one, else the tone's text for every segment ({@code tone.care.first}): a champion bought
   * recently, so the care tone's "we have not seen you for a while" does not fit them.
   */
  static String toneText(Texts t, String segment, Tone tone, String part) {
    String specific = "tone." + tone.key() + "." + segment + "." + part;
    return t.has(specific) ? t.get(specific) : t.get("tone." + tone.key() + "." + part);
  }

  private static List<String> paragraphs(Texts t, SectionKind kind, FactSheet f) {
    return switch (kind) {
      case BIG_PICTURE -> picture(t, f);
      case RISKS -> risks(t, f);
      case MONEY_AT_RISK -> money(t, f);
      case GROWTH_POINTS -> growth(t, f);
      case ROADMAP -> roadmap(t, f);
      case ROI_FORECAST -> roi(t, f);
    };
  }

  private static List<String> picture(Texts t, FactSheet f) {
    FactSheet.Picture p = f.picture();
    List<String> out = new ArrayList<>();
    out.add(
        t.fill(
                "picture.base",
                Map.of(
                    "customers",
                    t.count(p.customers(), "customers"),
                    "purchases",
                    t.count(p.transactions(), "purchases"),
                    "health",
                    t.decimal(p.healthIndex())))
            + " "
            + t.get(p.alarm() ? "picture.alarm" : "picture.fine"));
    out.add(
        t.fill(
            "picture.components",
            Map.of(
                "activity",
                t.percent(p.activity()),
                "repeat",
                t.percent(p.repeatRate()),
                "retention",
                t.percent(p.retention()))));
    if (p.firstPurchase() > 0 && p.secondPurchaseRate().isPresent()) {
      out.add(
          t.fill(
              "picture.funnel",
              Map.of(
                  "first",
                  t.count(p.firstPurchase(), "customers"),
                  "second",
                  t.count(p.secondPurchase(), "customers"),
                  "rate",
                  t.percent(p.secondPurchaseRate().getAsDouble()),
                  "third",
                  t.count(p.thirdPlus(), "customers"))));
    }
    FactSheet.Risks r = f.risks();
    if (r.atRisk() == 0) {
      out.add(t.get("picture.noRisk"));
    } else if (r.reasons().isEmpty()) {
      out.add(
          t.fill(
              "picture.mainRiskNoReason",
              Map.of(
                  "atRisk",
                  t.count(r.atRisk(), "customers"),
                  "share",
                  t.percent(r.atRiskShare()))));
    } else {
      out.add(
          t.fill(
              "picture.mainRisk",
              Map.of(
                  "atRisk",
                  t.count(r.atRisk(), "customers"),
                  "share",
                  t.percent(r.atRiskShare()),
                  "reason",
                  t.get("reason." + r.reasons().get(0).code()))));
    }
    return out;
  }

  private static List<String> risks(Texts t, FactSheet f) {
    FactSheet.Risks r = f.risks();
    List<String> out = new ArrayList<>();
    if (r.outOfCycle() + r.farBeyondCycle() > 0) {
      out.add(
          t.fill(
              "risks.cycle",
              Map.of(
                  "outOfCycle",
                  t.count(r.outOfCycle(), "customers"),
                  "outOfCycleShare",
                  t.percent(r.outOfCycleShare()),
                  "far",
                  t.count(r.farBeyondCycle(), "customers"),
                  "farShare",
                  t.percent(r.farBeyondCycleShare()))));
    }
    if (r.atRisk() == 0) {
      out.add(0, t.get("risks.none"));
      return out;
    }
    out.add(
        0,
        t.fill(
            "risks.share",
            Map.of(
                "atRisk",
                t.count(r.atRisk(), "customers"),
                "share",
                t.percent(r.atRiskShare()),
                "critical",
                t.count(r.critical(), "customers"),
                "criticalShare",
                t.percent(r.criticalShare()))));
    for (FactSheet.Reason reason : r.reasons().subList(0, Math.min(3, r.reasons().size()))) {
      out.add(
          t.fill(
              "risks.reason",
              Map.of(
                  "reason",
                  t.get("reason." + reason.code()),
                  "customers",
                  t.count(reason.customersAtRisk(), "customers"),
                  "share",
                  t.percent(reason.share()))));
    }
    for (FactSheet.Driver d : r.drivers()) {
      out.add(
          t.fill(
              "risks.driver",
              Map.of(
                  "feature",
                  feature(t, d.feature()),
                  "with",
                  t.percent(d.churnRateWith()),
                  "without",
                  t.percent(d.churnRateWithout()),
                  "customers",
                  t.count(d.customers(), "customers"))));
    }
    out.addAll(earlyWarnings(t, f.lifecycle()));
    return out;
  }

  private static String feature(Texts t, String feature) {
    if (feature.startsWith("product:")) {
      return t.fill("driver.product", Map.of("product", feature.substring("product:".length())));
    }
    return t.get("driver." + feature);
  }

  private static List<String> money(Texts t, FactSheet f) {
    FactSheet.Money m = f.money();
    List<String> out = new ArrayList<>();
    if (f.risks().atRisk() == 0 && !(m.revenueAtRisk() > 0)) {
      out.add(t.get("money.none"));
    } else {
      out.add(t.fill("money.total", Map.of("money", t.money(m.revenueAtRisk()))));
    }
    String buckets =
        m.buckets().stream()
            .filter(b -> b.customers() > 0)
            .map(
                b ->
                    t.fill(
                        "money.bucket",
                        Map.of(
                            "level",
                            t.get("level." + b.level()),
                            "customers",
                            t.count(b.customers(), "customers"),
                            "money",
                            t.money(b.revenueAtRisk()))))
            .collect(Collectors.joining("; "));
    if (!buckets.isEmpty()) {
      out.add(t.fill("money.buckets", Map.of("buckets", buckets)));
    }
    if (m.savedRevenue() > 0) {
      out.add(t.fill("money.saved", Map.of("saved", t.money(m.savedRevenue()))));
    }
    if (!m.topToSave().isEmpty()) {
      String customers =
          m.topToSave().stream()
              .map(
                  c ->
                      t.fill(
                          "money.customer",
                          Map.of(
                              "id",
                              c.id(),
                              "risk",
                              t.percentValue(c.churnPercent()),
                              "days",
                              t.count(c.daysIdle(), "days"),
                              "ltv",
                              t.money(c.ltv()))))
              .collect(Collectors.joining("; "));
      out.add(t.fill("money.top", Map.of("customers", customers)));
    }
    f.discounts().ifPresent(d -> out.addAll(discounts(t, d)));
    return out;
  }

  /**
   * The discount-elasticity paragraphs: the discount-sensitive customers against the others on each
   * metric with the 95 % interval of the difference, then what the significant differences mean.
   */
  static List<String> discounts(Texts t, FactSheet.Discounts d) {
    List<String> out = new ArrayList<>();
    out.add(
        t.fill(
            "discount.intro", Map.of("customers", t.count(d.sensitiveCustomers(), "customers"))));
    if (d.effects().isEmpty()) {
      out.add(t.get("discount.too-few"));
      return out;
    }
    String items =
        d.effects().stream()
            .map(
                e ->
                    t.fill(
                        "discount.item",
                        Map.of(
                            "metric",
                            t.get("discount.metric." + e.metric()),
                            "sensitive",
                            value(t, e.metric(), e.sensitive()),
                            "others",
                            value(t, e.metric(), e.others()),
                            "low",
                            difference(t, e.metric(), e.low()),
                            "high",
                            difference(t, e.metric(), e.high()),
                            "significance",
                            t.get(
                                e.significant()
                                    ? "discount.significant"
                                    : "discount.not-significant"))))
            .collect(Collectors.joining("; "));
    out.add(t.fill("discount.items", Map.of("items", items)));
    List<String> worse = new ArrayList<>();
    List<String> better = new ArrayList<>();
    for (FactSheet.DiscountEffect e : d.effects()) {
      if (!e.significant()) {
        continue;
      }
      boolean up = e.low() > 0;
      boolean good = e.metric().equals("churn") ? !up : up;
      (good ? better : worse).add(t.get((up ? "discount.up." : "discount.down.") + e.metric()));
    }
    if (!worse.isEmpty()) {
      out.add(t.fill("discount.harm", Map.of("metrics", String.join(", ", worse))));
    }
    if (!better.isEmpty()) {
      out.add(t.fill("discount.works", Map.of("metrics", String.join(", ", better))));
    }
    if (worse.isEmpty() && better.isEmpty()) {
      out.add(t.get("discount.no-effect"));
    }
    return out;
  }

  private static boolean share(String metric) {
    return metric.equals("repeat-rate") || metric.equals("churn");
  }

  private static String value(Texts t, String metric, double v) {
    if (share(metric)) {
      return t.percent(v);
    }
    return metric.equals("purchases") ? t.decimal(v) : t.money(v);
  }

  private static String difference(Texts t, String metric, double v) {
    if (share(metric)) {
      return t.fill("discount.points", Map.of("value", t.decimal(100 * v)));
    }
    return metric.equals("purchases") ? t.decimal(v) : t.money(v);
  }

  private static List<String> growth(Texts t, FactSheet f) {
    FactSheet.Growth g = f.growth();
    List<String> out = new ArrayList<>();
    String vip =
        t.fill(
            "growth.vip",
            Map.of(
                "vip",
                t.count(g.vipCustomers(), "customers"),
                "share",
                t.percent(g.vipRevenueShare())));
    if (g.vipAtRisk() > 0) {
      String ids =
          g.vipAtRiskTop().stream()
              .map(
                  c ->
                      t.fill(
                          "growth.vipCustomer",
                          Map.of(
                              "id",
                              c.id(),
                              "risk",
                              t.percentValue(c.churnPercent()),
                              "ltv",
                              t.money(c.ltv()))))
              .collect(Collectors.joining("; "));
      vip +=
          " "
              + t.fill(
                  "growth.vipAtRisk", Map.of("count", t.number(g.vipAtRisk()), "customers", ids));
    } else if (g.vipCustomers() > 0) {
      vip += " " + t.get("growth.vipSafe");
    }
    out.add(vip);
    g.vipChurn()
        .filter(v -> v.customers() > 0)
        .ifPresent(
            v ->
                out.add(
                    t.fill(
                        "growth.vipChurn",
                        Map.of(
                            "vip",
                            t.count(v.customers(), "customers"),
                            "ltv",
                            t.money(v.ltv()),
                            "annual",
                            t.money(v.annualRevenue()),
                            "month",
                            v.peakMonth().orElseThrow(),
                            "peak",
                            t.number(v.peakCustomers())))));
    if (g.whales() > 0) {
      out.add(
          t.fill(
              "growth.whales",
              Map.of("whales", t.count(g.whales(), "customers"), "ltv", t.money(g.whalesLtv()))));
    }
    if (!g.nextBestProducts().isEmpty()) {
      out.add(
          t.fill(
              "growth.nbp",
              Map.of(
                  "products",
                  g.nextBestProducts().stream()
                      .map(
                          p ->
                              t.fill(
                                  "growth.nbpItem",
                                  Map.of(
                                      "product",
                                      p.name(),
                                      "customers",
                                      t.count(p.customers(), "customers"))))
                      .collect(Collectors.joining("; ")))));
    }
    if (!g.pairs().isEmpty()) {
      out.add(
          t.fill(
              "growth.pairs",
              Map.of(
                  "pairs",
                  g.pairs().stream()
                      .map(
                          p ->
                              t.fill(
                                  "growth.pair",
                                  Map.of(
                                      "from",
                                      p.from(),
                                      "to",
                                      p.to(),
                                      "customers",
                                      t.count(p.customers(), "customers"),
                                      "confidence",
                                      t.percent(p.confidence()),
                                      "lift",
                                      t.decimal(p.lift()))))
                      .collect(Collectors.joining("; ")))));
    }
    out.addAll(lifecycle(t, f.lifecycle()));
    return out;
  }

  /**
   * The lifecycle paragraphs of the growth points: the customers per stage, ARPU with its growth
   * for existing customers, and the upsell share of revenue; nothing without purchase dates.
   */
  static List<String> lifecycle(Texts t, FactSheet.Lifecycle l) {
    List<String> out = new ArrayList<>();
    if (!l.stages().isEmpty()) {
      out.add(
          t.fill(
              "growth.stages",
              Map.of(
                  "stages",
                  l.stages().stream()
                      .map(
                          s ->
                              t.fill(
                                  "growth.stage",
                                  Map.of(
                                      "stage",
                                      t.get("stage." + s.key()),
                                      "customers",
                                      t.count(s.customers(), "customers"))))
                      .collect(Collectors.joining("; ")))));
    }
    if (l.arpu().isPresent()) {
      String arpu = t.fill("growth.arpu", Map.of("arpu", t.money(l.arpu().getAsDouble())));
      if (l.arpuGrowth().isPresent()) {
        double g = l.arpuGrowth().getAsDouble();
        arpu +=
            " "
                + t.fill(
                    g >= 0 ? "growth.arpuUp" : "growth.arpuDown",
                    Map.of(
                        "customers",
                        t.count(l.existingCustomers(), "customers"),
                        "before",
                        t.money(l.arpuBefore().orElse(0)),
                        "now",
                        t.money(l.arpuNow().orElse(0)),
                        "change",
                        t.percent(Math.abs(g))));
      }
      out.add(arpu);
    }
    l.upsellShare().ifPresent(u -> out.add(t.fill("growth.upsell", Map.of("share", t.percent(u)))));
    return out;
  }

  /** The early-warning paragraph of the risks: the customers per trigger that fires for anyone. */
  static List<String> earlyWarnings(Texts t, FactSheet.Lifecycle l) {
    List<FactSheet.Count> fired =
        l.earlyWarnings().stream().filter(w -> w.customers() > 0).toList();
    if (fired.isEmpty()) {
      return List.of();
    }
    return List.of(
        t.fill(
            "risks.warnings",
            Map.of(
                "warnings",
                fired.stream()
                    .map(
                        w ->
                            t.fill(
                                "risks.warning",
                                Map.of(
                                    "trigger",
                                    t.get("warning." + w.key()),
                                    "customers",
                                    t.count(w.customers(), "customers"))))
                    .collect(Collectors.joining("; ")))));
  }

  private static List<String> roadmap(Texts t, FactSheet f) {
    FactSheet.Roadmap r = f.roadmap();
    List<String> out = new ArrayList<>();
    String sales =
        t.fill(
            "roadmap.sales",
            Map.of(
                "callList",
                t.count(r.callList(), "customers"),
                "high",
                t.number(r.highPriority()),
                "medium",
                t.number(r.mediumPriority()),
                "low",
                t.number(r.lowPriority()),
                "calls",
                t.count(count(r.channels(), "call"), "customers")));
    if (r.today() > 0) {
      sales +=
          " "
              + t.fill(
                  "roadmap.salesToday",
                  Map.of(
                      "today",
                      t.count(r.today(), "customers"),
                      "perDay",
                      t.number(r.callsPerDay())));
    }
    int noContact = count(r.channels(), Channel.NO_CONTACT.key());
    if (noContact > 0) {
      sales +=
          " " + t.fill("roadmap.noContact", Map.of("customers", t.count(noContact, "customers")));
    }
    out.add(sales);
    for (String segment : List.of("lost", "risk-zone")) {
      int email = inGroups(f, segment, Channel.EMAIL);
      int messenger = inGroups(f, segment, Channel.MESSENGER);
      int sms = inGroups(f, segment, Channel.SMS);
      if (email + messenger + sms == 0) {
        continue;
      }
      List<String> channels = new ArrayList<>();
      if (email > 0) {
        channels.add(t.get("roadmap.channel.email") + " — " + t.count(email, "customers"));
      }
      if (messenger > 0) {
        channels.add(t.get("roadmap.channel.messenger") + " — " + t.count(messenger, "customers"));
      }
      if (sms > 0) {
        channels.add(t.get("roadmap.channel.sms") + " — " + t.count(sms, "customers"));
      }
      String offer =
          f.growth().nextBestProducts().isEmpty()
              ? ""
              : t.fill(
                  "roadmap.marketingOffer",
                  Map.of("product", f.growth().nextBestProducts().get(0).name()));
      out.add(
          t.fill(
              "roadmap.marketing",
              Map.of(
                  "channels",
                  String.join(", ", channels),
                  "segment",
                  t.get("segment." + segment),
                  "customers",
                  t.count(count(r.segments(), segment), "customers"),
                  "offer",
                  offer)));
      break;
    }
    out.add(
        t.fill(
            "roadmap.segments",
            Map.of(
                "segments",
                r.segments().stream()
                    .map(
                        s ->
                            t.fill(
                                "roadmap.segment",
                                Map.of(
                                    "segment",
                                    t.get("segment." + s.key()),
                                    "customers",
                                    t.count(s.customers(), "customers"))))
                    .collect(Collectors.joining("; ")))));
    f.growth()
        .bestEntryProduct()
        .ifPresent(
            p ->
                out.add(
                    t.fill(
                        "roadmap.product",
                        Map.of(
                            "product",
                            p.name(),
                            "ltv",
                            t.money(p.averageLtv()),
                            "customers",
                            t.count(p.customers(), "customers")))));
    f.risks().drivers().stream()
        .filter(d -> d.feature().startsWith("product:"))
        .findFirst()
        .ifPresent(
            d ->
                out.add(
                    t.fill(
                        "roadmap.productDriver",
                        Map.of(
                            "product",
                            d.feature().substring("product:".length()),
                            "with",
                            t.percent(d.churnRateWith()),
                            "without",
                            t.percent(d.churnRateWithout())))));
    return out;
  }

  private static int inGroups(FactSheet f, String segment, Channel channel) {
    return f.groups().stream()
        .filter(g -> g.segment().equals(segment) && g.channel() == channel)
        .mapToInt(CallGroup::customers)
        .sum();
  }

  private static int count(List<FactSheet.Count> counts, String key) {
    return counts.stream()
        .filter(c -> c.key().equals(key))
        .mapToInt(FactSheet.Count::customers)
        .sum();
  }

  private static List<String> roi(Texts t, FactSheet f) {
    if (f.roi().isEmpty()) {
      return List.of(t.get("roi.none"));
    }
    FactSheet.Roi r = f.roi().get();
    List<String> out = new ArrayList<>();
    out.add(
        t.fill(
            "roi.forecast",
            Map.of(
                "touchBase",
                t.count(r.touchBase(), "customers"),
                "cost",
                t.money(r.costPerTouch()),
                "conversion",
                t.percent(r.conversion()),
                "converted",
                t.approximateCount(r.returningCustomers(), r.touchBase() > 0 && r.conversion() > 0),
                "check",
                t.money(r.averageCheck()))));
    String roi =
        r.roiPercent().isPresent()
            ? t.fill("roi.percent", Map.of("roi", t.percentValue(r.roiPercent().getAsDouble())))
            : "";
    out.add(
        t.fill(
            "roi.money",
            Map.of(
                "revenue",
                t.money(r.revenue()),
                "budget",
                t.money(r.touchBudget()),
                "net",
                t.money(r.netProfit()),
                "roi",
                roi)));
    if (r.savingsVsAcquisition() > 0) {
      out.add(t.fill("roi.savings", Map.of("savings", t.money(r.savingsVsAcquisition()))));
    }
    return out;
  }
}
