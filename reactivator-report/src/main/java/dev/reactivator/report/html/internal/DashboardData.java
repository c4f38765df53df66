package dev.reactivator.report.html.internal;

import dev.reactivator.report.internal.SalesWords;
import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.base.CustomerProfile;
import dev.reactivator.core.score.ScoredBase;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.core.segment.abc.AbcGroup;
import dev.reactivator.core.segment.analytics.ScoreAnalytics;
import dev.reactivator.core.segment.cohort.CohortRow;
import dev.reactivator.core.segment.cohort.CohortTable;
import dev.reactivator.core.segment.cohort.FunnelLink;
import dev.reactivator.core.segment.cohort.FunnelStage;
import dev.reactivator.core.segment.drivers.RetentionDriver;
import dev.reactivator.core.segment.finance.Finance;
import dev.reactivator.core.segment.finance.LtvCacCurve;
import dev.reactivator.core.segment.finance.RoiResult;
import dev.reactivator.core.segment.nbp.AssociationRule;
import dev.reactivator.core.segment.nbp.ProductShare;
import dev.reactivator.core.segment.nbp.ProductTransitions;
import dev.reactivator.core.segment.overview.Overview;
import dev.reactivator.core.segment.rfm.RfmResult;
import dev.reactivator.core.segment.rfm.RfmSegment;
import dev.reactivator.core.segment.sales.CallListRow;
import dev.reactivator.core.segment.sales.Channel;
import dev.reactivator.core.segment.sales.Priority;
import dev.reactivator.core.segment.sales.ReturnForecast;
import dev.reactivator.core.segment.sales.SalesPlan;
import dev.reactivator.core.segment.sales.Tone;
import dev.reactivator.core.segment.whales.SleepingWhales;
import dev.reactivator.core.segment.widget.Absence;
import dev.reactivator.core.segment.widget.CustomerGroup;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reactivator.narrative.CustomerMessage;
import dev.reactivator.narrative.ExecutiveSummary;
import dev.reactivator.narrative.MessageChain;
import dev.reactivator.report.ReportInput;
import dev.reactivator.report.Segment;
import dev.reactivator.report.Segments;
import dev.reactivator.narrative.SummarySection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Turns an {@link Analysis} and its {@link ExecutiveSummary} into the dashboard's data: a JSON tree the
 * page's script draws from. Absent values become JSON {@code null}; every string is data, never markup
 * (the page sets it with {@code textContent}).
 */
public final class DashboardData {

  /** At most this many customers are drawn as RFM bubbles (the largest spenders); the CSVs hold all. */
  public static final int MAX_BUBBLES = 3000;
  /** At most this many call-list rows are put into the page; the priority CSVs hold all. */
  public static final int MAX_CALL_ROWS = 2000;
  /** At most this many rows in the VIP and whale tables. */
  public static final int MAX_GROUP_ROWS = 1000;

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private final ReportInput input;
  private final Analysis a;
  private final ScoredBase scored;
  private final CustomerBase base;
  private final Locale locale;
  private final SalesWords words;

  private DashboardData(ReportInput input) {
    this.input = input;
    this.a = input.analysis();
    this.scored = a.scored();
    this.base = a.base();
    this.locale = input.options().locale();
    this.words = SalesWords.of(locale);
  }

  /**
   * Builds the data tree of the dashboard.
   *
   * @param input the report input
   * @return the data as a JSON object
   */
  public static ObjectNode of(ReportInput input) {
    Objects.requireNonNull(input, "input");
    return new DashboardData(input).build();
  }

  /**
   * Serialises {@code node} as JSON that is safe inside an HTML {@code <script>} element: {@code <},
   * {@code >}, {@code &}, U+2028 and U+2029 are written as {@code \}{@code uXXXX} escapes (they can occur
   * only inside JSON strings, where the escapes mean the same characters).
   *
   * @param node the JSON tree
   * @return the escaped JSON text
   */
  public static String scriptSafeJson(ObjectNode node) {
    Objects.requireNonNull(node, "node");
    finiteOnly(node);
    String json;
    try {
      json = new ObjectMapper().writeValueAsString(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise the dashboard data", e);
    }
    StringBuilder b = new StringBuilder(json.length() + 64);
    for (int i = 0; i < json.length(); i++) {
      char ch = json.charAt(i);
      switch (ch) {
        case '<' -> b.append("\\u003c");
        case '>' -> b.append("\\u003e");
        case '&' -> b.append("\\u0026");
        case '\u2028' -> b.append("\\u2028");
        case '\u2029' -> b.append("\\u2029");
        default -> b.append(ch);
      }
    }
    return b.toString();
  }

  private ObjectNode build() {
    ObjectNode root = F.objectNode();
    root.set("meta", meta());
    root.set("segments", segments());
    root.set("absences", absences());
    root.set("overview", overview());
    root.set("finance", finance());
    root.set("analytics", analytics());
    root.set("growth", growth());
    root.set("sales", sales());
    root.set("summary", summary());
    return root;
  }

  private ObjectNode meta() {
    ObjectNode m = F.objectNode();
    m.put("locale", locale.getLanguage());
    m.put("asOf", base.asOf().toString());
    m.put("customers", base.size());
    m.put("purchases", base.purchaseCount());
    m.put("products", base.productCount());
    return m;
  }

  private ObjectNode segments() {
    ObjectNode s = F.objectNode();
    for (Segment seg : Segments.of(a)) {
      ObjectNode o = F.objectNode();
      o.put("file", seg.fileName());
      o.put("count", seg.customers().size());
      s.set(seg.key(), o);
    }
    return s;
  }

  private ArrayNode absences() {
    ArrayNode arr = F.arrayNode();
    for (Absence ab : a.absences()) {
      ObjectNode o = F.objectNode();
      o.put("widget", ab.widget());
      o.put("missing", ab.missing().map(Enum::name).orElse(null));
      o.put("reason", ab.reason());
      arr.add(o);
    }
    return arr;
  }

  // ---------------------------------------------------------------- Обзор

  private ObjectNode overview() {
    Overview o = a.overview();
    ObjectNode n = F.objectNode();
    n.put("transactions", o.transactions());
    n.put("customers", o.uniqueCustomers());
    ObjectNode h = n.putObject("health");
    h.put("score", o.health().score());
    h.put("activity", o.health().activity());
    h.put("repeatRate", o.health().repeatRate());
    h.put("retention", o.health().retention());
    h.put("alarm", o.health().alarm());
    n.set("atRisk", share(o.atRisk()));
    n.set("critical", share(o.criticalChurn()));
    ObjectNode r = n.putObject("revenueAtRisk");
    r.put("total", o.revenueAtRisk().total());
    r.put("allBuckets", o.revenueAtRisk().allBuckets());
    ArrayNode buckets = r.putArray("buckets");
    for (Overview.RiskBucket b : o.revenueAtRisk().buckets()) {
      ObjectNode x = buckets.addObject();
      x.put("level", b.level().name());
      x.put("count", b.count());
      x.put("revenueBase", b.revenueBase());
      x.put("revenueAtRisk", b.revenueAtRisk());
      x.put("segment", "risk/" + b.group().key());
    }
    ArrayNode top = n.putArray("topToSave");
    for (Overview.SaveCandidate c : o.topToSave()) {
      ObjectNode x = top.addObject();
      x.put("name", c.displayName());
      x.put("lastPurchase", c.lastPurchase().toString());
      x.put("daysIdle", c.daysIdle());
      x.put("risk", c.riskPercent());
      x.put("ltv", c.ltv());
    }
    ObjectNode nrr = n.putObject("nrr");
    nrr.put("currentBase", o.nrr().currentBase());
    nrr.put("estimated", o.nrr().currentBaseEstimated());
    nrr.put("trend", o.nrr().trend());
    nrr.put("churnRisk", o.nrr().churnRisk());
    nrr.put("projected", o.nrr().projected());
    putOpt(nrr, "percent", o.nrr().nrrPercent());
    ArrayNode st = n.putArray("structure");
    for (Overview.StructureBar b : o.riskStructure()) {
      ObjectNode x = st.addObject();
      x.put("key", b.group().key());
      x.put("count", b.count());
      x.put("revenue", b.revenue());
      x.put("segment", "structure/" + b.group().key());
    }
    return n;
  }

  private ObjectNode share(Overview.Share s) {
    ObjectNode x = F.objectNode();
    x.put("count", s.count());
    x.put("share", s.share());
    return x;
  }

  // ---------------------------------------------------------------- Финансы

  private ObjectNode finance() {
    ObjectNode n = F.objectNode();
    Finance.RevenueWaterfall w = a.finance().waterfall();
    ObjectNode wf = n.putObject("waterfall");
    wf.put("basePotential", w.basePotential());
    wf.put("revenueAtRisk", w.revenueAtRisk());
    wf.put("savedRevenue", w.savedRevenue());
    wf.put("retentionForecast", w.retentionForecast());
    wf.put("saveRate", w.saveRate());
    n.set("ltvCac", ltvCac(a.ltvVsCac()));
    n.set("roi", a.roi().map(this::roi).orElse(null));
    n.set("discountHarm", a.finance().discountHarm().map(DashboardData::discountHarm).orElse(null));
    return n;
  }

  private static ArrayNode discountHarm(Finance.DiscountHarm d) {
    ArrayNode arr = F.arrayNode();
    for (Finance.DiscountGroup g : d.groups()) {
      ObjectNode x = arr.addObject();
      x.put("kind", g.kind().name());
      x.put("count", g.count());
      putOpt(x, "averageLtv", g.averageLtv());
      putOpt(x, "averagePurchases", g.averagePurchases());
      putOpt(x, "repeatRate", g.repeatRate());
      putOpt(x, "churn", g.meanChurnProbability());
    }
    return arr;
  }

  private ObjectNode ltvCac(LtvCacCurve c) {
    ObjectNode x = F.objectNode();
    x.put("cac", c.cac());
    x.put("mode", c.mode().name());
    ArrayNode ltv = x.putArray("ltv");
    c.cumulativeLtv().forEach(v -> {
      if (v.isPresent()) {
        ltv.add(v.getAsDouble());
      } else {
        ltv.addNull();
      }
    });
    ArrayNode obs = x.putArray("observed");
    c.observedCustomers().forEach(obs::add);
    putOpt(x, "payback", c.paybackMonth());
    return x;
  }

  private ObjectNode roi(RoiResult r) {
    ObjectNode x = F.objectNode();
    ObjectNode in = x.putObject("inputs");
    in.put("touchBase", r.inputs().touchBase());
    in.put("costPerTouch", r.inputs().costPerTouch());
    in.put("conversion", r.inputs().conversion());
    in.put("offerCost", r.inputs().offerCost());
    in.put("averageCheck", r.inputs().averageCheck());
    in.put("cac", r.inputs().cac());
    x.put("converted", r.convertedClients());
    x.put("budget", r.touchBudget());
    x.put("discounts", r.discounts());
    x.put("revenue", r.revenue());
    x.put("net", r.netProfit());
    putOpt(x, "roi", r.roiPercent());
    x.put("acquisition", r.acquisitionCost());
    x.put("savings", r.savingsVsAcquisition());
    return x;
  }

  // ---------------------------------------------------------------- Аналитика

  private ObjectNode analytics() {
    ObjectNode n = F.objectNode();
    ObjectNode funnel = n.putObject("funnel");
    ArrayNode nodes = funnel.putArray("nodes");
    for (FunnelStage s : a.funnel().nodes()) {
      ObjectNode x = nodes.addObject();
      x.put("key", s.key());
      x.put("count", s.count());
      x.put("segment", "funnel/" + s.key());
    }
    ArrayNode links = funnel.putArray("links");
    for (FunnelLink l : a.funnel().links()) {
      ObjectNode x = links.addObject();
      x.put("source", l.source());
      x.put("target", l.target());
      x.put("value", l.value());
    }
    ScoreAnalytics sa = a.scoreAnalytics();
    ObjectNode radar = n.putObject("radar");
    radar.put("atRisk", sa.radar().atRiskCustomers());
    radar.put("supportData", sa.radar().supportDataPresent());
    ArrayNode axes = radar.putArray("axes");
    for (ScoreAnalytics.RadarAxis ax : sa.radar().axes()) {
      ObjectNode x = axes.addObject();
      x.put("code", ax.code().name());
      x.put("count", ax.group().size());
      x.put("mean", ax.meanStrength());
      x.put("meanAtRisk", ax.meanStrengthAtRisk());
      x.put("total", ax.totalContribution());
      x.put("totalAtRisk", ax.totalContributionAtRisk());
    }
    ScoreAnalytics.T2npDistribution t = sa.t2np();
    ObjectNode t2np = n.putObject("t2np");
    ArrayNode statuses = t2np.putArray("statuses");
    for (CustomerGroup g : List.of(t.expected(), t.now(), t.late(), t.notEnoughData())) {
      ObjectNode x = statuses.addObject();
      x.put("key", g.key());
      x.put("count", g.size());
      x.put("segment", "t2np/" + g.key());
    }
    ArrayNode bins = t2np.putArray("overdue");
    for (ScoreAnalytics.OverdueBin b : t.overdue()) {
      ObjectNode x = bins.addObject();
      x.put("from", b.fromDays());
      putOpt(x, "to", b.toDays());
      x.put("count", b.count());
    }
    n.set("cohorts", cohorts(a.cohorts(), "cohort/"));
    n.set("productCohorts", cohorts(a.productCohorts(), "product-cohort/"));
    ArrayNode drivers = n.putArray("drivers");
    for (RetentionDriver d : a.drivers()) {
      ObjectNode x = drivers.addObject();
      x.put("key", d.key());
      x.put("count", d.feature().size());
      if (d.ltv().value().isPresent()) {
        var l = d.ltv().value().get();
        x.put("ltvWith", l.meanWith());
        x.put("ltvWithout", l.meanWithout());
        x.put("ltvP", l.p());
      } else {
        x.put("ltvReason", d.ltv().reason().orElse(""));
      }
      if (d.churn().value().isPresent()) {
        var c = d.churn().value().get();
        x.put("churnWith", c.outcomeRateWith());
        x.put("churnWithout", c.outcomeRateWithout());
        x.put("churnP", c.p());
      } else {
        x.put("churnReason", d.churn().reason().orElse(""));
      }
    }
    return n;
  }

  private ObjectNode cohorts(CohortTable t, String segmentPrefix) {
    ObjectNode x = F.objectNode();
    x.put("months", t.months());
    ArrayNode rows = x.putArray("rows");
    for (CohortRow r : t.rows()) {
      ObjectNode o = rows.addObject();
      o.put("key", r.key());
      o.put("clients", r.clients());
      o.put("avgLtv", r.averageLtv());
      o.put("segment", segmentPrefix + r.key());
      ArrayNode ret = o.putArray("retention");
      for (OptionalDouble v : r.retention()) {
        if (v.isPresent()) {
          ret.add(v.getAsDouble());
        } else {
          ret.addNull();
        }
      }
    }
    return x;
  }

  // ---------------------------------------------------------------- Точки роста

  private ObjectNode growth() {
    ObjectNode n = F.objectNode();
    ObjectNode abc = n.putObject("abc");
    abc.put("total", a.abc().totalRevenue());
    ArrayNode groups = abc.putArray("groups");
    for (AbcGroup g : a.abc().groups()) {
      ObjectNode x = groups.addObject();
      x.put("key", g.key());
      x.put("count", g.customers().size());
      x.put("revenue", g.revenue());
      x.put("revenueShare", g.revenueShare());
      x.put("customerShare", g.customerShare());
      x.put("segment", "abc/" + g.key());
    }
    ObjectNode vip = n.putObject("vip");
    vip.put("segment", "vip/" + a.vipAtRisk().key());
    vip.put("count", a.vipAtRisk().size());
    vip.set("rows", customers(a.vipAtRisk().customers(), "vip"));
    SleepingWhales w = a.whales();
    ObjectNode wh = n.putObject("whales");
    wh.put("threshold", w.ltvThreshold());
    ArrayNode segs = wh.putArray("groups");
    ArrayNode whaleRows = F.arrayNode();
    for (SleepingWhales.Segment s : List.of(w.whales(), w.cooling(), w.active())) {
      ObjectNode x = segs.addObject();
      x.put("key", s.group().key());
      x.put("count", s.count());
      x.put("totalLtv", s.totalLtv());
      x.put("segment", "whales/" + s.group().key());
      for (ObjectNode row : rows(customers(s.group().customers(), s.group().key()))) {
        whaleRows.add(row);
      }
    }
    wh.set("rows", whaleRows);
    n.set("rfm", rfm());
    n.set("nbp", nbp());
    ArrayNode rules = n.putArray("rules");
    for (AssociationRule r : a.associationRules().rules()) {
      ObjectNode x = rules.addObject();
      x.put("from", r.antecedentName());
      x.put("to", r.consequentName());
      x.put("customers", r.bothCustomers());
      x.put("support", r.support());
      x.put("confidence", r.confidence());
      x.put("lift", r.lift());
    }
    return n;
  }

  private static List<ObjectNode> rows(ArrayNode arr) {
    List<ObjectNode> out = new java.util.ArrayList<>();
    arr.forEach(j -> out.add((ObjectNode) j));
    return out;
  }

  private ArrayNode customers(List<Integer> members, String group) {
    ArrayNode arr = F.arrayNode();
    int n = Math.min(members.size(), MAX_GROUP_ROWS);
    for (int i = 0; i < n; i++) {
      int c = members.get(i);
      CustomerProfile p = base.customer(c);
      ObjectNode x = arr.addObject();
      x.put("group", group);
      x.put("name", p.displayName());
      x.put("contact", contact(p));
      x.put("ltv", base.totalSpent(c));
      x.put("purchases", base.purchaseCount(c));
      x.put("lastPurchase", p.lastPurchase().toString());
      x.put("daysIdle", scored.daysSinceLast(c));
      x.put("churn", scored.churnProbability(c));
      x.put("risk", scored.riskLevel(c).name());
      x.put("returnProbability", scored.returnProbability(c));
      x.put("clv", scored.clv(c));
    }
    return arr;
  }

  private static String contact(CustomerProfile p) {
    List<String> parts = new java.util.ArrayList<>(p.phones());
    parts.addAll(p.emails());
    return String.join(", ", parts);
  }

  private ObjectNode rfm() {
    RfmResult r = a.rfm();
    ObjectNode x = F.objectNode();
    ArrayNode seed = x.putArray("seed");
    for (RfmSegment s : r.seedSegments()) {
      seed.add(rfmSegment(s, "rfm/"));
    }
    ArrayNode map = x.putArray("map");
    for (RfmSegment s : r.mapSegments()) {
      map.add(rfmSegment(s, "rfm-map/"));
    }
    Integer[] order = new Integer[base.size()];
    for (int c = 0; c < order.length; c++) {
      order[c] = c;
    }
    java.util.Arrays.sort(order, (p, q) -> Double.compare(base.totalSpent(q), base.totalSpent(p)));
    ArrayNode bubbles = x.putArray("bubbles");
    for (int i = 0; i < Math.min(order.length, MAX_BUBBLES); i++) {
      int c = order[i];
      ArrayNode b = bubbles.addArray();
      b.add(r.recencyDays().getInt(c));
      b.add(base.purchaseCount(c));
      b.add(base.totalSpent(c));
      b.add(base.customer(c).displayName());
      b.add(r.seedSegment(c).key());
      b.add(r.code(c));
    }
    x.put("bubblesShown", Math.min(order.length, MAX_BUBBLES));
    return x;
  }

  private ObjectNode rfmSegment(RfmSegment s, String prefix) {
    ObjectNode o = F.objectNode();
    o.put("key", s.key());
    o.put("count", s.count());
    o.put("revenue", s.revenue());
    putOpt(o, "recency", s.averageRecencyDays());
    putOpt(o, "frequency", s.averageFrequency());
    putOpt(o, "monetary", s.averageMonetary());
    o.put("segment", prefix + s.key());
    return o;
  }

  private ObjectNode nbp() {
    ObjectNode x = F.objectNode();
    x.put("mode", a.nextBestProducts().mode().name());
    ArrayNode m = x.putArray("matrix");
    for (ProductTransitions t : a.nextBestProducts().matrix()) {
      ObjectNode o = m.addObject();
      o.put("product", base.productName(t.product()));
      o.put("total", t.total());
      ArrayNode next = o.putArray("next");
      for (ProductShare s : t.next()) {
        ObjectNode q = next.addObject();
        q.put("product", s.productName());
        q.put("count", s.count());
        q.put("share", s.share());
      }
    }
    return x;
  }

  // ---------------------------------------------------------------- Менеджеру продаж

  private ObjectNode sales() {
    SalesPlan s = a.sales();
    ObjectNode n = F.objectNode();
    n.set("channels", groups(s.channels(), "channel/", k -> words.label(Channel.valueOf(upper(k)))));
    n.set("tones", groups(s.tones(), "tone/", k -> words.label(Tone.valueOf(upper(k)))));
    n.set("forecast", groups(s.forecast(), "forecast/", k -> words.label(ReturnForecast.valueOf(upper(k)))));
    n.set("priorities", groups(s.priorities(), "priority/", k -> words.label(Priority.valueOf(upper(k)))));
    ArrayNode rows = n.putArray("callList");
    n.put("callListTotal", s.callList().size());
    ExecutiveSummary summary = input.summary();
    int limit = Math.min(s.callList().size(), MAX_CALL_ROWS);
    for (int i = 0; i < limit; i++) {
      CallListRow r = s.callList().get(i);
      CustomerProfile p = base.customer(r.index());
      ObjectNode x = rows.addObject();
      x.put("rank", r.rank());
      x.put("name", r.displayName());
      x.put("contact", contact(p));
      x.put("ltv", r.ltv());
      x.put("purchases", r.purchases());
      x.put("timing", words.timing(r));
      x.put("overdue", r.timing().enoughData() ? r.timing().daysOverdue() : Integer.MIN_VALUE);
      x.put("priority", words.label(r.priority()));
      x.put("priorityKey", r.priority().key());
      x.put("priorityScore", r.priorityScore());
      x.put("returnProbability", r.returnProbability());
      x.put("channel", words.label(r.primary()));
      x.put("secondChannel", words.label(r.secondary()));
      x.put("tone", words.label(r.tone()));
      x.put("discount", words.discount(r));
      x.put("forecast", words.label(r.forecast()));
      x.put("deadline", words.deadline(r));
      x.put("why", words.explanation(r));
      x.put("product", r.nextBestProduct().orElse(""));
      Optional<CustomerMessage> msg = CustomerMessage.of(a, summary, r);
      x.put("message", msg.map(CustomerMessage::firstMessage).orElse(""));
      x.put("followUp", msg.map(CustomerMessage::secondMessage).orElse(""));
    }
    return n;
  }

  private static String upper(String key) {
    return key.toUpperCase(Locale.ROOT).replace('-', '_');
  }

  private ArrayNode groups(List<CustomerGroup> groups, String prefix, java.util.function.Function<String, String> label) {
    ArrayNode arr = F.arrayNode();
    for (CustomerGroup g : groups) {
      ObjectNode x = arr.addObject();
      x.put("key", g.key());
      String l;
      try {
        l = label.apply(g.key());
      } catch (IllegalArgumentException unknownKey) {
        l = g.key();
      }
      x.put("label", l);
      x.put("count", g.size());
      x.put("segment", prefix + g.key());
    }
    return arr;
  }

  // ---------------------------------------------------------------- Итоги анализа

  private ObjectNode summary() {
    ExecutiveSummary s = input.summary();
    ObjectNode n = F.objectNode();
    n.put("writer", s.writer());
    n.put("fallbackReason", s.fallbackReason().orElse(null));
    ArrayNode sections = n.putArray("sections");
    for (SummarySection sec : s.sections()) {
      ObjectNode x = sections.addObject();
      x.put("kind", sec.kind().key());
      x.put("title", sec.title());
      ArrayNode ps = x.putArray("paragraphs");
      sec.paragraphs().forEach(ps::add);
    }
    ArrayNode chains = n.putArray("chains");
    for (MessageChain c : s.chains()) {
      ObjectNode x = chains.addObject();
      x.put("segment", c.segment());
      x.put("tone", words.label(c.tone()));
      x.put("channel", words.label(c.channel()));
      x.put("secondChannel", words.label(c.secondChannel()));
      x.put("first", c.firstTouch());
      x.put("second", c.secondTouch());
    }
    return n;
  }

  // ---------------------------------------------------------------- helpers

  private static void putOpt(ObjectNode x, String field, OptionalDouble v) {
    if (v.isPresent() && Double.isFinite(v.getAsDouble())) {
      x.put(field, v.getAsDouble());
    } else {
      x.putNull(field);
    }
  }

  private static void putOpt(ObjectNode x, String field, OptionalInt v) {
    if (v.isPresent()) {
      x.put(field, v.getAsInt());
    } else {
      x.putNull(field);
    }
  }

  /** Replaces every non-finite number in {@code node} by null, so the JSON stays valid. */
  private static void finiteOnly(JsonNode node) {
    if (node instanceof ObjectNode o) {
      for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getValue().isNumber() && !Double.isFinite(e.getValue().asDouble())) {
          e.setValue(F.nullNode());
        } else {
          finiteOnly(e.getValue());
        }
      }
    } else if (node instanceof ArrayNode arr) {
      for (int i = 0; i < arr.size(); i++) {
        if (arr.get(i).isNumber() && !Double.isFinite(arr.get(i).asDouble())) {
          arr.set(i, F.nullNode());
        } else {
          finiteOnly(arr.get(i));
        }
      }
    }
  }
}
