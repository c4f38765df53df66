package dev.reactivator.report.json;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.base.CustomerProfile;
import dev.reactivator.core.model.FittedModels;
import dev.reactivator.core.model.ParameterEstimate;
import dev.reactivator.core.model.PurchaseModelFit;
import dev.reactivator.core.model.SpendModelFit;
import dev.reactivator.core.score.CustomerScore;
import dev.reactivator.core.score.Reason;
import dev.reactivator.core.score.ScoredBase;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.core.segment.abc.AbcGroup;
import dev.reactivator.core.segment.analytics.ScoreAnalytics;
import dev.reactivator.core.segment.cohort.CohortRow;
import dev.reactivator.core.segment.cohort.CohortTable;
import dev.reactivator.core.segment.cohort.FunnelLink;
import dev.reactivator.core.segment.cohort.FunnelStage;
import dev.reactivator.core.segment.drivers.IndependenceTest;
import dev.reactivator.core.segment.drivers.LtvComparison;
import dev.reactivator.core.segment.drivers.RetentionDriver;
import dev.reactivator.core.segment.finance.Finance;
import dev.reactivator.core.segment.finance.LtvCacCurve;
import dev.reactivator.core.segment.finance.RoiResult;
import dev.reactivator.core.segment.nbp.AssociationRule;
import dev.reactivator.core.segment.nbp.NextBestProduct;
import dev.reactivator.core.segment.nbp.ProductShare;
import dev.reactivator.core.segment.nbp.ProductTransitions;
import dev.reactivator.core.segment.nbp.RecommendationSource;
import dev.reactivator.core.segment.overview.Overview;
import dev.reactivator.core.segment.rfm.RfmResult;
import dev.reactivator.core.segment.rfm.RfmSegment;
import dev.reactivator.core.segment.sales.CallListRow;
import dev.reactivator.core.segment.sales.SalesPlan;
import dev.reactivator.core.segment.whales.SleepingWhales;
import dev.reactivator.core.segment.widget.Absence;
import dev.reactivator.core.segment.widget.CustomerGroup;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reactivator.narrative.CustomerMessage;
import dev.reactivator.narrative.ExecutiveSummary;
import dev.reactivator.narrative.MessageChain;
import dev.reactivator.report.Segment;
import dev.reactivator.report.Segments;
import dev.reactivator.narrative.SummarySection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Builds the full {@code analysis.json} tree of an {@link Analysis} and its executive summary.
 * Every number goes through {@link #num}, which leaves a non-finite value out (an absent key, or
 * {@code null} inside a positional array), so the output is always valid JSON.
 */
final class AnalysisDocument {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private final Analysis a;
  private final ExecutiveSummary summary;
  private final ScoredBase scored;
  private final CustomerBase base;

  private AnalysisDocument(Analysis a, ExecutiveSummary summary) {
    this.a = a;
    this.summary = summary;
    this.scored = a.scored();
    this.base = a.base();
  }

  static void fill(ObjectNode root, Analysis a, ExecutiveSummary summary) {
    new AnalysisDocument(a, summary).fill(root);
  }

  private void fill(ObjectNode root) {
    scored.model().ifPresent(m -> root.set("model", model(m)));
    root.set("overview", overview(a.overview()));
    root.set("finance", finance(a.finance()));
    root.set("ltvVsCac", ltvVsCac(a.ltvVsCac()));
    a.roi().ifPresent(r -> root.set("roi", roi(r)));
    root.set("funnel", funnel());
    root.set("scoreAnalytics", scoreAnalytics(a.scoreAnalytics()));
    root.set("cohorts", cohorts(a.cohorts()));
    root.set("productCohorts", cohorts(a.productCohorts()));
    root.set("abc", abc());
    root.set("vipAtRisk", indices(a.vipAtRisk().customers()));
    root.set("whales", whales(a.whales()));
    root.set("rfm", rfm(a.rfm()));
    root.set("nextBestProducts", nextBestProducts());
    root.set("associationRules", associationRules());
    root.set("sales", sales(a.sales()));
    root.set("drivers", drivers());
    root.set("absences", absences());
    root.set("segments", segments());
    root.set("executiveSummary", executiveSummary());
    root.set("customers", customers());
  }

  // ---- numbers ----

  static void num(ObjectNode o, String key, double v) {
    if (Double.isFinite(v)) {
      o.put(key, v);
    }
  }

  static void num(ObjectNode o, String key, OptionalDouble v) {
    if (v.isPresent()) {
      num(o, key, v.getAsDouble());
    }
  }

  static void num(ArrayNode arr, OptionalDouble v) {
    if (v.isPresent() && Double.isFinite(v.getAsDouble())) {
      arr.add(v.getAsDouble());
    } else {
      arr.addNull();
    }
  }

  static String key(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static ArrayNode indices(List<Integer> customers) {
    ArrayNode arr = F.arrayNode(customers.size());
    customers.forEach(arr::add);
    return arr;
  }

  private static ObjectNode group(CustomerGroup g) {
    ObjectNode o = F.objectNode();
    o.put("key", g.key());
    o.put("customers", g.size());
    return o;
  }

  private static ArrayNode groups(List<CustomerGroup> gs) {
    ArrayNode arr = F.arrayNode();
    gs.forEach(g -> arr.add(group(g)));
    return arr;
  }

  // ---- model ----

  private static ObjectNode model(FittedModels m) {
    ObjectNode o = F.objectNode();
    o.put("quality", key(m.quality()));
    o.put("limitedData", m.limitedData());
    PurchaseModelFit p = m.purchases();
    ObjectNode pn = o.putObject("purchaseModel");
    pn.put("kind", key(p.kind()));
    pn.put("unit", key(p.unit()));
    ObjectNode pp = pn.putObject("parameters");
    num(pp, "r", p.parameters().r());
    num(pp, "alpha", p.parameters().alpha());
    num(pp, "a", p.parameters().a());
    num(pp, "b", p.parameters().b());
    pn.set("estimates", estimates(p.estimates()));
    num(pn, "logLikelihood", p.logLikelihood());
    pn.put("iterations", p.iterations());
    pn.put("converged", p.converged());
    pn.put("quality", key(p.quality()));
    pn.put("reason", p.reason());
    pn.put("customers", p.customers());
    pn.put("repeatCustomers", p.repeatCustomers());
    SpendModelFit s = m.spend();
    ObjectNode sn = o.putObject("spendModel");
    ObjectNode sp = sn.putObject("parameters");
    num(sp, "p", s.parameters().p());
    num(sp, "q", s.parameters().q());
    num(sp, "v", s.parameters().v());
    sn.set("estimates", estimates(s.estimates()));
    num(sn, "logLikelihood", s.logLikelihood());
    sn.put("iterations", s.iterations());
    sn.put("converged", s.converged());
    sn.put("quality", key(s.quality()));
    sn.put("reason", s.reason());
    sn.put("customers", s.customers());
    num(sn, "populationMean", s.populationMean());
    return o;
  }

  private static ArrayNode estimates(List<ParameterEstimate> list) {
    ArrayNode arr = F.arrayNode();
    for (ParameterEstimate e : list) {
      ObjectNode o = arr.addObject();
      o.put("name", e.name());
      num(o, "value", e.value());
      num(o, "standardError", e.standardError());
      num(o, "lower95", e.lower95());
      num(o, "upper95", e.upper95());
    }
    return arr;
  }

  // ---- widgets ----

  private ObjectNode overview(Overview ov) {
    ObjectNode o = F.objectNode();
    o.put("transactions", ov.transactions());
    o.put("uniqueCustomers", ov.uniqueCustomers());
    ObjectNode h = o.putObject("health");
    num(h, "score", ov.health().score());
    num(h, "activity", ov.health().activity());
    num(h, "repeatRate", ov.health().repeatRate());
    num(h, "retention", ov.health().retention());
    h.put("alarm", ov.health().alarm());
    o.set("atRisk", share(ov.atRisk()));
    o.set("criticalChurn", share(ov.criticalChurn()));
    ObjectNode r = o.putObject("revenueAtRisk");
    num(r, "total", ov.revenueAtRisk().total());
    num(r, "allBuckets", ov.revenueAtRisk().allBuckets());
    ArrayNode buckets = r.putArray("buckets");
    for (Overview.RiskBucket b : ov.revenueAtRisk().buckets()) {
      ObjectNode bn = buckets.addObject();
      bn.put("level", key(b.level()));
      bn.put("customers", b.count());
      num(bn, "revenueBase", b.revenueBase());
      num(bn, "revenueAtRisk", b.revenueAtRisk());
    }
    ArrayNode top = o.putArray("topToSave");
    for (Overview.SaveCandidate s : ov.topToSave()) {
      ObjectNode sn = top.addObject();
      sn.put("customer", s.index());
      sn.put("pseudonym", base.pseudonym(s.index()));
      sn.put("lastPurchase", s.lastPurchase().toString());
      sn.put("daysIdle", s.daysIdle());
      num(sn, "riskPercent", s.riskPercent());
      num(sn, "ltv", s.ltv());
    }
    Overview.NrrWaterfall n = ov.nrr();
    ObjectNode nn = o.putObject("nrr");
    num(nn, "currentBase", n.currentBase());
    nn.put("currentBaseEstimated", n.currentBaseEstimated());
    num(nn, "trend", n.trend());
    num(nn, "churnRisk", n.churnRisk());
    num(nn, "projected", n.projected());
    num(nn, "nrrPercent", n.nrrPercent());
    ArrayNode structure = o.putArray("riskStructure");
    for (Overview.StructureBar b : ov.riskStructure()) {
      ObjectNode bn = structure.addObject();
      bn.put("key", b.group().key());
      bn.put("customers", b.count());
      num(bn, "revenue", b.revenue());
    }
    return o;
  }

  private static ObjectNode share(Overview.Share s) {
    ObjectNode o = F.objectNode();
    o.put("customers", s.count());
    num(o, "share", s.share());
    return o;
  }

  private static ObjectNode finance(Finance f) {
    ObjectNode o = F.objectNode();
    Finance.RevenueWaterfall w = f.waterfall();
    ObjectNode wn = o.putObject("waterfall");
    num(wn, "basePotential", w.basePotential());
    num(wn, "revenueAtRisk", w.revenueAtRisk());
    num(wn, "savedRevenue", w.savedRevenue());
    num(wn, "retentionForecast", w.retentionForecast());
    num(wn, "saveRate", w.saveRate());
    f.discountHarm().ifPresent(d -> {
      ArrayNode arr = o.putArray("discountHarm");
      for (Finance.DiscountGroup g : d.groups()) {
        ObjectNode gn = arr.addObject();
        gn.put("profile", key(g.kind()));
        gn.put("customers", g.count());
        num(gn, "averageLtv", g.averageLtv());
        num(gn, "averagePurchases", g.averagePurchases());
        num(gn, "repeatRate", g.repeatRate());
        num(gn, "meanChurnProbability", g.meanChurnProbability());
      }
    });
    return o;
  }

  private static ObjectNode ltvVsCac(LtvCacCurve c) {
    ObjectNode o = F.objectNode();
    o.put("mode", key(c.mode()));
    num(o, "cac", c.cac());
    if (c.paybackMonth().isPresent()) {
      o.put("paybackMonth", c.paybackMonth().getAsInt());
    }
    ArrayNode ltv = o.putArray("cumulativeLtv");
    c.cumulativeLtv().forEach(v -> num(ltv, v));
    ArrayNode obs = o.putArray("observedCustomers");
    c.observedCustomers().forEach(obs::add);
    return o;
  }

  private static ObjectNode roi(RoiResult r) {
    ObjectNode o = F.objectNode();
    ObjectNode in = o.putObject("inputs");
    in.put("touchBase", r.inputs().touchBase());
    num(in, "costPerTouch", r.inputs().costPerTouch());
    num(in, "conversion", r.inputs().conversion());
    num(in, "offerCost", r.inputs().offerCost());
    num(in, "averageCheck", r.inputs().averageCheck());
    num(in, "cac", r.inputs().cac());
    num(o, "convertedClients", r.convertedClients());
    num(o, "touchBudget", r.touchBudget());
    num(o, "discounts", r.discounts());
    num(o, "revenue", r.revenue());
    num(o, "netProfit", r.netProfit());
    num(o, "roiPercent", r.roiPercent());
    num(o, "acquisitionCost", r.acquisitionCost());
    num(o, "savingsVsAcquisition", r.savingsVsAcquisition());
    return o;
  }

  private ObjectNode funnel() {
    ObjectNode o = F.objectNode();
    ArrayNode nodes = o.putArray("nodes");
    for (FunnelStage s : a.funnel().nodes()) {
      ObjectNode n = nodes.addObject();
      n.put("key", s.key());
      n.put("customers", s.count());
    }
    ArrayNode links = o.putArray("links");
    for (FunnelLink l : a.funnel().links()) {
      ObjectNode n = links.addObject();
      n.put("source", l.source());
      n.put("target", l.target());
      n.put("value", l.value());
    }
    num(o, "secondPurchaseRate", a.funnel().secondPurchaseRate());
    num(o, "thirdPurchaseRate", a.funnel().thirdPurchaseRate());
    return o;
  }

  private static ObjectNode scoreAnalytics(ScoreAnalytics s) {
    ObjectNode o = F.objectNode();
    ObjectNode radar = o.putObject("radar");
    radar.put("atRiskCustomers", s.radar().atRiskCustomers());
    radar.put("supportDataPresent", s.radar().supportDataPresent());
    ArrayNode axes = radar.putArray("axes");
    for (ScoreAnalytics.RadarAxis x : s.radar().axes()) {
      ObjectNode n = axes.addObject();
      n.put("reason", key(x.code()));
      n.put("customers", x.group().size());
      num(n, "meanStrength", x.meanStrength());
      num(n, "totalContribution", x.totalContribution());
      num(n, "meanStrengthAtRisk", x.meanStrengthAtRisk());
      num(n, "totalContributionAtRisk", x.totalContributionAtRisk());
    }
    ScoreAnalytics.T2npDistribution t = s.t2np();
    ObjectNode tn = o.putObject("t2np");
    tn.put("expected", t.expected().size());
    tn.put("now", t.now().size());
    tn.put("late", t.late().size());
    tn.put("notEnoughData", t.notEnoughData().size());
    ArrayNode bins = tn.putArray("overdue");
    for (ScoreAnalytics.OverdueBin b : t.overdue()) {
      ObjectNode n = bins.addObject();
      n.put("key", b.group().key());
      n.put("fromDays", b.fromDays());
      if (b.toDays().isPresent()) {
        n.put("toDays", b.toDays().getAsInt());
      }
      n.put("customers", b.count());
    }
    return o;
  }

  private static ObjectNode cohorts(CohortTable t) {
    ObjectNode o = F.objectNode();
    o.put("mode", key(t.mode()));
    o.put("months", t.months());
    ArrayNode rows = o.putArray("rows");
    for (CohortRow r : t.rows()) {
      ObjectNode n = rows.addObject();
      n.put("key", r.key());
      n.put("customers", r.clients());
      num(n, "averageLtv", r.averageLtv());
      ArrayNode ret = n.putArray("retention");
      r.retention().forEach(v -> num(ret, v));
    }
    return o;
  }

  private ObjectNode abc() {
    ObjectNode o = F.objectNode();
    num(o, "totalRevenue", a.abc().totalRevenue());
    ArrayNode arr = o.putArray("groups");
    for (AbcGroup g : a.abc().groups()) {
      ObjectNode n = arr.addObject();
      n.put("key", g.key());
      n.put("customers", g.customers().size());
      num(n, "revenue", g.revenue());
      num(n, "revenueShare", g.revenueShare());
      num(n, "customerShare", g.customerShare());
    }
    return o;
  }

  private static ObjectNode whales(SleepingWhales w) {
    ObjectNode o = F.objectNode();
    num(o, "ltvThreshold", w.ltvThreshold());
    o.put("topSpenders", w.topSpenders());
    for (SleepingWhales.Segment s : List.of(w.whales(), w.cooling(), w.active())) {
      ObjectNode n = o.putObject(s == w.whales() ? "sleepingWhales" : s == w.cooling() ? "cooling" : "active");
      n.put("customers", s.count());
      num(n, "totalLtv", s.totalLtv());
    }
    return o;
  }

  private static ObjectNode rfm(RfmResult r) {
    ObjectNode o = F.objectNode();
    o.set("seedSegments", rfmSegments(r.seedSegments()));
    o.set("mapSegments", rfmSegments(r.mapSegments()));
    return o;
  }

  private static ArrayNode rfmSegments(List<RfmSegment> list) {
    ArrayNode arr = F.arrayNode();
    for (RfmSegment s : list) {
      ObjectNode n = arr.addObject();
      n.put("key", s.key());
      n.put("customers", s.count());
      num(n, "revenue", s.revenue());
      num(n, "averageRecencyDays", s.averageRecencyDays());
      num(n, "averageFrequency", s.averageFrequency());
      num(n, "averageMonetary", s.averageMonetary());
    }
    return arr;
  }

  private ObjectNode nextBestProducts() {
    ObjectNode o = F.objectNode();
    o.put("mode", key(a.nextBestProducts().mode()));
    ArrayNode matrix = o.putArray("matrix");
    for (ProductTransitions t : a.nextBestProducts().matrix()) {
      ObjectNode n = matrix.addObject();
      n.put("product", t.key());
      n.put("total", t.total());
      n.put("customers", t.customers().size());
      ArrayNode next = n.putArray("next");
      for (ProductShare s : t.next()) {
        ObjectNode sn = next.addObject();
        sn.put("product", s.productName());
        sn.put("count", s.count());
        num(sn, "share", s.share());
      }
    }
    ObjectNode bySource = o.putObject("recommendationsBySource");
    for (RecommendationSource s : RecommendationSource.values()) {
      bySource.put(key(s), a.nextBestProducts().recommendations().count(s));
    }
    return o;
  }

  private ObjectNode associationRules() {
    ObjectNode o = F.objectNode();
    o.put("customers", a.associationRules().customers());
    ArrayNode arr = o.putArray("rules");
    for (AssociationRule r : a.associationRules().rules()) {
      ObjectNode n = arr.addObject();
      n.put("key", r.key());
      n.put("antecedent", r.antecedentName());
      n.put("consequent", r.consequentName());
      n.put("bothCustomers", r.bothCustomers());
      num(n, "support", r.support());
      num(n, "confidence", r.confidence());
      num(n, "lift", r.lift());
      n.put("targets", r.customers().size());
    }
    return o;
  }

  private static ObjectNode sales(SalesPlan s) {
    ObjectNode o = F.objectNode();
    o.set("channels", groups(s.channels()));
    o.set("tones", groups(s.tones()));
    o.set("rules", groups(s.rules()));
    o.set("forecast", groups(s.forecast()));
    o.set("priorities", groups(s.priorities()));
    o.put("callListRows", s.callList().size());
    return o;
  }

  private ArrayNode drivers() {
    ArrayNode arr = F.arrayNode();
    for (RetentionDriver d : a.drivers()) {
      ObjectNode n = arr.addObject();
      n.put("key", d.key());
      n.put("customers", d.feature().size());
      if (d.ltv().value().isPresent()) {
        LtvComparison l = d.ltv().value().get();
        ObjectNode ln = n.putObject("ltv");
        ln.put("withFeature", l.withFeature());
        ln.put("withoutFeature", l.withoutFeature());
        num(ln, "meanWith", l.meanWith());
        num(ln, "meanWithout", l.meanWithout());
        num(ln, "t", l.t());
        num(ln, "degreesOfFreedom", l.degreesOfFreedom());
        num(ln, "p", l.p());
        num(ln, "cohensD", l.cohensD());
      } else {
        n.put("ltvUnavailable", d.ltv().reason().orElse(""));
      }
      if (d.churn().value().isPresent()) {
        IndependenceTest t = d.churn().value().get();
        ObjectNode tn = n.putObject("churn");
        tn.put("featureAndOutcome", t.featureAndOutcome());
        tn.put("featureOnly", t.featureOnly());
        tn.put("outcomeOnly", t.outcomeOnly());
        tn.put("neither", t.neither());
        num(tn, "chiSquare", t.statistic());
        num(tn, "p", t.p());
        num(tn, "churnRateWith", t.outcomeRateWith());
        num(tn, "churnRateWithout", t.outcomeRateWithout());
        tn.put("smallExpectedCounts", t.smallExpectedCounts());
      } else {
        n.put("churnUnavailable", d.churn().reason().orElse(""));
      }
    }
    return arr;
  }

  private ArrayNode absences() {
    ArrayNode arr = F.arrayNode();
    for (Absence x : a.absences()) {
      ObjectNode n = arr.addObject();
      n.put("widget", x.widget());
      x.missing().ifPresent(f -> n.put("missingColumn", f.englishHeader()));
      n.put("reason", x.reason());
    }
    return arr;
  }

  private ArrayNode segments() {
    ArrayNode arr = F.arrayNode();
    for (Segment s : Segments.of(a)) {
      ObjectNode n = arr.addObject();
      n.put("key", s.key());
      n.put("widget", s.widget());
      n.put("group", s.group());
      if (!s.isEmpty()) {
        n.put("file", s.fileName());
      }
      n.set("customers", indices(s.customers()));
    }
    return arr;
  }

  private ObjectNode executiveSummary() {
    ObjectNode o = F.objectNode();
    o.put("locale", summary.locale().toLanguageTag());
    o.put("writer", summary.writer());
    summary.fallbackReason().ifPresent(r -> o.put("fallbackReason", r));
    ArrayNode sections = o.putArray("sections");
    for (SummarySection s : summary.sections()) {
      ObjectNode n = sections.addObject();
      n.put("kind", s.kind().key());
      n.put("title", s.title());
      ArrayNode p = n.putArray("paragraphs");
      s.paragraphs().forEach(p::add);
    }
    ArrayNode chains = o.putArray("chains");
    for (MessageChain c : summary.chains()) {
      ObjectNode n = chains.addObject();
      n.put("key", c.key());
      n.put("segment", c.segment());
      n.put("tone", c.tone().key());
      n.put("channel", c.channel().key());
      n.put("secondChannel", c.secondChannel().key());
      n.put("firstTouch", c.firstTouch());
      n.put("secondTouch", c.secondTouch());
    }
    return o;
  }

  // ---- customers ----

  private ArrayNode customers() {
    int n = base.size();
    CallListRow[] rowOf = new CallListRow[n];
    for (CallListRow r : a.sales().callList()) {
      if (rowOf[r.index()] == null) {
        rowOf[r.index()] = r;
      }
    }
    String[] abcOf = new String[n];
    for (AbcGroup g : a.abc().groups()) {
      for (int i = 0; i < g.customers().size(); i++) {
        abcOf[g.customers().getInt(i)] = g.key();
      }
    }
    Locale locale = summary.locale();
    ArrayNode arr = F.arrayNode(n);
    for (int c = 0; c < n; c++) {
      CustomerProfile p = base.customer(c);
      CustomerScore s = scored.score(c);
      ObjectNode o = arr.addObject();
      o.put("index", c);
      o.put("pseudonym", p.pseudonym());
      p.name().ifPresent(v -> o.put("name", v));
      strings(o.putArray("phones"), p.phones());
      strings(o.putArray("emails"), p.emails());
      strings(o.putArray("customerIds"), p.customerIds());
      o.put("firstPurchase", p.firstPurchase().toString());
      o.put("lastPurchase", p.lastPurchase().toString());
      o.put("purchases", s.purchases());
      optionalInt(o, "complaints", p.complaints());
      optionalInt(o, "tickets", p.tickets());
      optionalInt(o, "discountedPurchases", p.discountedPurchases());
      num(o, "historicalLtv", s.historicalLtv());
      num(o, "averageCheck", s.averageCheck());
      num(o, "probabilityAlive", s.probabilityAlive());
      num(o, "churnProbability", s.churnProbability());
      o.put("churnScore", Math.round(100 * s.churnProbability()));
      o.put("riskLevel", key(s.riskLevel()));
      num(o, "returnProbability", s.returnProbability());
      num(o, "expectedPurchases", s.expectedPurchases());
      num(o, "expectedAverageOrder", s.expectedAverageOrder());
      num(o, "clv", s.clv());
      ObjectNode t = o.putObject("timing");
      num(t, "personalCycleDays", s.timing().personalCycleDays());
      num(t, "cycleDays", s.timing().cycleDays());
      t.put("daysSinceLast", s.timing().daysSinceLast());
      t.put("expectedNext", s.timing().expectedNext().toString());
      t.put("daysOverdue", s.timing().daysOverdue());
      t.put("status", s.timing().enoughData() ? key(s.timing().status()) : "not-enough-data");
      ObjectNode an = o.putObject("anomaly");
      num(an, "pauseRatio", s.anomaly().pauseRatio());
      an.put("score", s.anomaly().score());
      an.put("level", key(s.anomaly().level()));
      an.put("againstPopulation", s.anomaly().againstPopulation());
      ObjectNode d = o.putObject("discountProfile");
      d.put("kind", key(s.discountProfile().kind()));
      num(d, "discountedShare", s.discountProfile().discountedShare());
      ArrayNode reasons = o.putArray("reasons");
      for (Reason r : s.reasons()) {
        ObjectNode rn = reasons.addObject();
        rn.put("code", key(r.code()));
        num(rn, "strength", r.strength());
        num(rn, "contribution", r.contribution());
      }
      ObjectNode rfm = o.putObject("rfm");
      rfm.put("recencyDays", a.rfm().recencyDays().getInt(c));
      rfm.put("r", a.rfm().recencyScores().getInt(c));
      rfm.put("f", a.rfm().frequencyScores().getInt(c));
      rfm.put("m", a.rfm().monetaryScores().getInt(c));
      rfm.put("code", a.rfm().code(c));
      rfm.put("segment", a.rfm().seedSegment(c).key());
      rfm.put("mapSegment", a.rfm().mapSegment(c).key());
      if (abcOf[c] != null) {
        o.put("abcClass", abcOf[c]);
      }
      Optional<NextBestProduct> nbp = a.nextBestProducts().recommendations().get(c);
      nbp.ifPresent(x -> {
        ObjectNode nn = o.putObject("nextBestProduct");
        nn.put("product", x.productName());
        nn.put("source", key(x.source()));
        num(nn, "confidence", x.confidence());
      });
      CallListRow row = rowOf[c];
      if (row != null) {
        ObjectNode sn = o.putObject("sales");
        sn.put("rank", row.rank());
        sn.put("priorityScore", row.priorityScore());
        sn.put("priority", row.priority().key());
        sn.put("primaryChannel", row.primary().key());
        sn.put("secondaryChannel", row.secondary().key());
        sn.put("tone", row.tone().key());
        sn.put("forecast", row.forecast().key());
        sn.put("deadlineDays", row.deadlineDays());
        sn.put("rule", row.ruleKey());
        sn.put("explanation", row.explanation(locale));
        CustomerMessage.of(a, summary, row).ifPresent(m -> {
          ObjectNode mn = o.putObject("messages");
          mn.put("firstChannel", m.firstChannel().key());
          mn.put("firstMessage", m.firstMessage());
          mn.put("secondChannel", m.secondChannel().key());
          mn.put("secondMessage", m.secondMessage());
        });
      }
    }
    return arr;
  }

  private static void strings(ArrayNode arr, List<String> values) {
    values.forEach(arr::add);
  }

  private static void optionalInt(ObjectNode o, String key, OptionalInt v) {
    if (v.isPresent()) {
      o.put(key, v.getAsInt());
    }
  }
}
