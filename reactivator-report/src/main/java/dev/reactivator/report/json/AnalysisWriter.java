package dev.reactivator.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.base.CustomerProfile;
import dev.reactivator.core.data.Field;
import dev.reactivator.core.data.IngestionReport;
import dev.reactivator.core.data.RowProblem;
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
import dev.reactivator.report.CustomerMessage;
import dev.reactivator.report.ExecutiveSummary;
import dev.reactivator.report.MessageChain;
import dev.reactivator.report.Segment;
import dev.reactivator.report.Segments;
import dev.reactivator.report.SummarySection;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.IntPredicate;

/**
 * Writes the {@code analysis.json} document token by token to a {@link JsonGenerator}: nothing but
 * the generator's buffer is held, so the memory used does not grow with the number of customers.
 * Every number goes through {@link #num}, which leaves a non-finite value out (an absent key, or
 * {@code null} inside a positional array), so the output is always valid JSON.
 */
final class AnalysisWriter {
  private final JsonGenerator g;

  AnalysisWriter(JsonGenerator g) {
    this.g = g;
  }

  JsonGenerator generator() {
    return g;
  }

  // ---- documents ----

  /** The three keys of a loaded base, as the fields of the current object. */
  void baseFields(CustomerBase base) throws IOException {
    g.writeNumberField("schemaVersion", AnalysisJson.SCHEMA_VERSION);
    g.writeStringField("asOf", base.asOf().toString());
    g.writeFieldName("ingestion");
    ingestion(base.report(), base.purchaseCount());
  }

  /**
   * The whole document as one object.
   *
   * @param shown which customers' {@code customers[]} entries and {@code segments[].customers}
   *     members are written; everyone for the file
   */
  void document(Analysis a, ExecutiveSummary summary, IntPredicate shown) throws IOException {
    g.writeStartObject();
    baseFields(a.base());
    analysisFields(a, summary, shown);
    g.writeEndObject();
  }

  void ingestion(IngestionReport r, int purchases) throws IOException {
    g.writeStartObject();
    g.writeStringField("source", r.source());
    g.writeNumberField("rowsRead", r.rowsRead());
    g.writeNumberField("rowsAccepted", r.rowsAccepted());
    g.writeNumberField("refunds", r.refunds());
    num("refundAmount", r.refundAmount());
    g.writeNumberField("rowsRejected", r.rowsRejected());
    g.writeNumberField("purchases", purchases);
    g.writeNumberField("uniqueCustomers", r.uniqueCustomers());
    g.writeArrayFieldStart("columns");
    for (Field f : Field.values()) {
      if (r.has(f)) {
        g.writeString(f.englishHeader());
      }
    }
    g.writeEndArray();
    g.writeArrayFieldStart("optionalColumnsMissing");
    for (Field f : Field.values()) {
      if (f.isOptionalFeature() && !r.has(f)) {
        g.writeString(f.englishHeader());
      }
    }
    g.writeEndArray();
    g.writeObjectFieldStart("details");
    for (var e : new TreeMap<>(r.details()).entrySet()) {
      g.writeStringField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
    problems("rejected", r.rejected());
    problems("warnings", r.warnings());
    g.writeEndObject();
  }

  private void problems(String name, List<RowProblem> list) throws IOException {
    g.writeArrayFieldStart(name);
    for (RowProblem p : list) {
      g.writeStartObject();
      g.writeNumberField("line", p.line());
      if (p.column().isPresent()) {
        g.writeStringField("column", p.column().get());
      }
      if (p.value().isPresent()) {
        g.writeStringField("value", p.value().get());
      }
      g.writeStringField("code", p.code().name());
      g.writeStringField("message", p.message());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void analysisFields(Analysis a, ExecutiveSummary summary, IntPredicate shown) throws IOException {
    if (a.scored().model().isPresent()) {
      g.writeFieldName("model");
      model(a.scored().model().get());
    }
    overview(a.overview(), a.base());
    finance(a.finance());
    ltvVsCac(a.ltvVsCac());
    if (a.roi().isPresent()) {
      roi(a.roi().get());
    }
    funnel(a);
    scoreAnalytics(a.scoreAnalytics());
    cohorts("cohorts", a.cohorts());
    cohorts("productCohorts", a.productCohorts());
    abc(a);
    g.writeFieldName("vipAtRisk");
    indices(a.vipAtRisk().customers(), i -> true);
    whales(a.whales());
    rfm(a.rfm());
    nextBestProducts(a);
    associationRules(a);
    sales(a.sales());
    drivers(a);
    absences(a);
    segments(a, shown);
    executiveSummary(summary);
    customers(a, summary, shown);
  }

  // ---- numbers ----

  private void num(String key, double v) throws IOException {
    if (Double.isFinite(v)) {
      g.writeNumberField(key, v);
    }
  }

  private void num(String key, OptionalDouble v) throws IOException {
    if (v.isPresent()) {
      num(key, v.getAsDouble());
    }
  }

  private void num(String key, OptionalInt v) throws IOException {
    if (v.isPresent()) {
      g.writeNumberField(key, v.getAsInt());
    }
  }

  private void numOrNull(OptionalDouble v) throws IOException {
    if (v.isPresent() && Double.isFinite(v.getAsDouble())) {
      g.writeNumber(v.getAsDouble());
    } else {
      g.writeNull();
    }
  }

  static String key(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private void indices(List<Integer> customers, IntPredicate shown) throws IOException {
    g.writeStartArray();
    for (int c : customers) {
      if (shown.test(c)) {
        g.writeNumber(c);
      }
    }
    g.writeEndArray();
  }

  private void strings(String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private void groups(String name, List<CustomerGroup> gs) throws IOException {
    g.writeArrayFieldStart(name);
    for (CustomerGroup c : gs) {
      g.writeStartObject();
      g.writeStringField("key", c.key());
      g.writeNumberField("customers", c.size());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  // ---- model ----

  private void model(FittedModels m) throws IOException {
    g.writeStartObject();
    g.writeStringField("quality", key(m.quality()));
    g.writeBooleanField("limitedData", m.limitedData());
    PurchaseModelFit p = m.purchases();
    g.writeObjectFieldStart("purchaseModel");
    g.writeStringField("kind", key(p.kind()));
    g.writeStringField("unit", key(p.unit()));
    g.writeObjectFieldStart("parameters");
    num("r", p.parameters().r());
    num("alpha", p.parameters().alpha());
    num("a", p.parameters().a());
    num("b", p.parameters().b());
    g.writeEndObject();
    fitFields(p.estimates(), p.logLikelihood(), p.iterations(), p.converged(), key(p.quality()), p.reason(),
        p.customers());
    g.writeNumberField("repeatCustomers", p.repeatCustomers());
    g.writeEndObject();
    SpendModelFit s = m.spend();
    g.writeObjectFieldStart("spendModel");
    g.writeObjectFieldStart("parameters");
    num("p", s.parameters().p());
    num("q", s.parameters().q());
    num("v", s.parameters().v());
    g.writeEndObject();
    fitFields(s.estimates(), s.logLikelihood(), s.iterations(), s.converged(), key(s.quality()), s.reason(),
        s.customers());
    num("populationMean", s.populationMean());
    g.writeEndObject();
    g.writeEndObject();
  }

  private void fitFields(List<ParameterEstimate> estimates, double logLikelihood, int iterations, boolean converged,
      String quality, String reason, int customers) throws IOException {
    g.writeArrayFieldStart("estimates");
    for (ParameterEstimate e : estimates) {
      g.writeStartObject();
      g.writeStringField("name", e.name());
      num("value", e.value());
      num("standardError", e.standardError());
      num("lower95", e.lower95());
      num("upper95", e.upper95());
      g.writeEndObject();
    }
    g.writeEndArray();
    num("logLikelihood", logLikelihood);
    g.writeNumberField("iterations", iterations);
    g.writeBooleanField("converged", converged);
    g.writeStringField("quality", quality);
    g.writeStringField("reason", reason);
    g.writeNumberField("customers", customers);
  }

  // ---- widgets ----

  private void overview(Overview ov, CustomerBase base) throws IOException {
    g.writeObjectFieldStart("overview");
    g.writeNumberField("transactions", ov.transactions());
    g.writeNumberField("uniqueCustomers", ov.uniqueCustomers());
    g.writeObjectFieldStart("health");
    num("score", ov.health().score());
    num("activity", ov.health().activity());
    num("repeatRate", ov.health().repeatRate());
    num("retention", ov.health().retention());
    g.writeBooleanField("alarm", ov.health().alarm());
    g.writeEndObject();
    share("atRisk", ov.atRisk());
    share("criticalChurn", ov.criticalChurn());
    g.writeObjectFieldStart("revenueAtRisk");
    num("total", ov.revenueAtRisk().total());
    num("allBuckets", ov.revenueAtRisk().allBuckets());
    g.writeArrayFieldStart("buckets");
    for (Overview.RiskBucket b : ov.revenueAtRisk().buckets()) {
      g.writeStartObject();
      g.writeStringField("level", key(b.level()));
      g.writeNumberField("customers", b.count());
      num("revenueBase", b.revenueBase());
      num("revenueAtRisk", b.revenueAtRisk());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeArrayFieldStart("topToSave");
    for (Overview.SaveCandidate s : ov.topToSave()) {
      g.writeStartObject();
      g.writeNumberField("customer", s.index());
      g.writeStringField("pseudonym", base.pseudonym(s.index()));
      g.writeStringField("lastPurchase", s.lastPurchase().toString());
      g.writeNumberField("daysIdle", s.daysIdle());
      num("riskPercent", s.riskPercent());
      num("ltv", s.ltv());
      g.writeEndObject();
    }
    g.writeEndArray();
    Overview.NrrWaterfall n = ov.nrr();
    g.writeObjectFieldStart("nrr");
    num("currentBase", n.currentBase());
    g.writeBooleanField("currentBaseEstimated", n.currentBaseEstimated());
    num("trend", n.trend());
    num("churnRisk", n.churnRisk());
    num("projected", n.projected());
    num("nrrPercent", n.nrrPercent());
    g.writeEndObject();
    g.writeArrayFieldStart("riskStructure");
    for (Overview.StructureBar b : ov.riskStructure()) {
      g.writeStartObject();
      g.writeStringField("key", b.group().key());
      g.writeNumberField("customers", b.count());
      num("revenue", b.revenue());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void share(String name, Overview.Share s) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeNumberField("customers", s.count());
    num("share", s.share());
    g.writeEndObject();
  }

  private void finance(Finance f) throws IOException {
    g.writeObjectFieldStart("finance");
    Finance.RevenueWaterfall w = f.waterfall();
    g.writeObjectFieldStart("waterfall");
    num("basePotential", w.basePotential());
    num("revenueAtRisk", w.revenueAtRisk());
    num("savedRevenue", w.savedRevenue());
    num("retentionForecast", w.retentionForecast());
    num("saveRate", w.saveRate());
    g.writeEndObject();
    if (f.discountHarm().isPresent()) {
      g.writeArrayFieldStart("discountHarm");
      for (Finance.DiscountGroup d : f.discountHarm().get().groups()) {
        g.writeStartObject();
        g.writeStringField("profile", key(d.kind()));
        g.writeNumberField("customers", d.count());
        num("averageLtv", d.averageLtv());
        num("averagePurchases", d.averagePurchases());
        num("repeatRate", d.repeatRate());
        num("meanChurnProbability", d.meanChurnProbability());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private void ltvVsCac(LtvCacCurve c) throws IOException {
    g.writeObjectFieldStart("ltvVsCac");
    g.writeStringField("mode", key(c.mode()));
    num("cac", c.cac());
    num("paybackMonth", c.paybackMonth());
    g.writeArrayFieldStart("cumulativeLtv");
    for (OptionalDouble v : c.cumulativeLtv()) {
      numOrNull(v);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("observedCustomers");
    for (int v : c.observedCustomers()) {
      g.writeNumber(v);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void roi(RoiResult r) throws IOException {
    g.writeObjectFieldStart("roi");
    g.writeObjectFieldStart("inputs");
    g.writeNumberField("touchBase", r.inputs().touchBase());
    num("costPerTouch", r.inputs().costPerTouch());
    num("conversion", r.inputs().conversion());
    num("offerCost", r.inputs().offerCost());
    num("averageCheck", r.inputs().averageCheck());
    num("cac", r.inputs().cac());
    g.writeEndObject();
    num("convertedClients", r.convertedClients());
    num("touchBudget", r.touchBudget());
    num("discounts", r.discounts());
    num("revenue", r.revenue());
    num("netProfit", r.netProfit());
    num("roiPercent", r.roiPercent());
    num("acquisitionCost", r.acquisitionCost());
    num("savingsVsAcquisition", r.savingsVsAcquisition());
    g.writeEndObject();
  }

  private void funnel(Analysis a) throws IOException {
    g.writeObjectFieldStart("funnel");
    g.writeArrayFieldStart("nodes");
    for (FunnelStage s : a.funnel().nodes()) {
      g.writeStartObject();
      g.writeStringField("key", s.key());
      g.writeNumberField("customers", s.count());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("links");
    for (FunnelLink l : a.funnel().links()) {
      g.writeStartObject();
      g.writeStringField("source", l.source());
      g.writeStringField("target", l.target());
      g.writeNumberField("value", l.value());
      g.writeEndObject();
    }
    g.writeEndArray();
    num("secondPurchaseRate", a.funnel().secondPurchaseRate());
    num("thirdPurchaseRate", a.funnel().thirdPurchaseRate());
    g.writeEndObject();
  }

  private void scoreAnalytics(ScoreAnalytics s) throws IOException {
    g.writeObjectFieldStart("scoreAnalytics");
    g.writeObjectFieldStart("radar");
    g.writeNumberField("atRiskCustomers", s.radar().atRiskCustomers());
    g.writeBooleanField("supportDataPresent", s.radar().supportDataPresent());
    g.writeArrayFieldStart("axes");
    for (ScoreAnalytics.RadarAxis x : s.radar().axes()) {
      g.writeStartObject();
      g.writeStringField("reason", key(x.code()));
      g.writeNumberField("customers", x.group().size());
      num("meanStrength", x.meanStrength());
      num("totalContribution", x.totalContribution());
      num("meanStrengthAtRisk", x.meanStrengthAtRisk());
      num("totalContributionAtRisk", x.totalContributionAtRisk());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    ScoreAnalytics.T2npDistribution t = s.t2np();
    g.writeObjectFieldStart("t2np");
    g.writeNumberField("expected", t.expected().size());
    g.writeNumberField("now", t.now().size());
    g.writeNumberField("late", t.late().size());
    g.writeNumberField("notEnoughData", t.notEnoughData().size());
    g.writeArrayFieldStart("overdue");
    for (ScoreAnalytics.OverdueBin b : t.overdue()) {
      g.writeStartObject();
      g.writeStringField("key", b.group().key());
      g.writeNumberField("fromDays", b.fromDays());
      num("toDays", b.toDays());
      g.writeNumberField("customers", b.count());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  private void cohorts(String name, CohortTable t) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeStringField("mode", key(t.mode()));
    g.writeNumberField("months", t.months());
    g.writeArrayFieldStart("rows");
    for (CohortRow r : t.rows()) {
      g.writeStartObject();
      g.writeStringField("key", r.key());
      g.writeNumberField("customers", r.clients());
      num("averageLtv", r.averageLtv());
      g.writeArrayFieldStart("retention");
      for (OptionalDouble v : r.retention()) {
        numOrNull(v);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void abc(Analysis a) throws IOException {
    g.writeObjectFieldStart("abc");
    num("totalRevenue", a.abc().totalRevenue());
    g.writeArrayFieldStart("groups");
    for (AbcGroup x : a.abc().groups()) {
      g.writeStartObject();
      g.writeStringField("key", x.key());
      g.writeNumberField("customers", x.customers().size());
      num("revenue", x.revenue());
      num("revenueShare", x.revenueShare());
      num("customerShare", x.customerShare());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void whales(SleepingWhales w) throws IOException {
    g.writeObjectFieldStart("whales");
    num("ltvThreshold", w.ltvThreshold());
    g.writeNumberField("topSpenders", w.topSpenders());
    whaleSegment("sleepingWhales", w.whales());
    whaleSegment("cooling", w.cooling());
    whaleSegment("active", w.active());
    g.writeEndObject();
  }

  private void whaleSegment(String name, SleepingWhales.Segment s) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeNumberField("customers", s.count());
    num("totalLtv", s.totalLtv());
    g.writeEndObject();
  }

  private void rfm(RfmResult r) throws IOException {
    g.writeObjectFieldStart("rfm");
    rfmSegments("seedSegments", r.seedSegments());
    rfmSegments("mapSegments", r.mapSegments());
    g.writeEndObject();
  }

  private void rfmSegments(String name, List<RfmSegment> list) throws IOException {
    g.writeArrayFieldStart(name);
    for (RfmSegment s : list) {
      g.writeStartObject();
      g.writeStringField("key", s.key());
      g.writeNumberField("customers", s.count());
      num("revenue", s.revenue());
      num("averageRecencyDays", s.averageRecencyDays());
      num("averageFrequency", s.averageFrequency());
      num("averageMonetary", s.averageMonetary());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void nextBestProducts(Analysis a) throws IOException {
    g.writeObjectFieldStart("nextBestProducts");
    g.writeStringField("mode", key(a.nextBestProducts().mode()));
    g.writeArrayFieldStart("matrix");
    for (ProductTransitions t : a.nextBestProducts().matrix()) {
      g.writeStartObject();
      g.writeStringField("product", t.key());
      g.writeNumberField("total", t.total());
      g.writeNumberField("customers", t.customers().size());
      g.writeArrayFieldStart("next");
      for (ProductShare s : t.next()) {
        g.writeStartObject();
        g.writeStringField("product", s.productName());
        g.writeNumberField("count", s.count());
        num("share", s.share());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("recommendationsBySource");
    for (RecommendationSource s : RecommendationSource.values()) {
      g.writeNumberField(key(s), a.nextBestProducts().recommendations().count(s));
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private void associationRules(Analysis a) throws IOException {
    g.writeObjectFieldStart("associationRules");
    g.writeNumberField("customers", a.associationRules().customers());
    g.writeArrayFieldStart("rules");
    for (AssociationRule r : a.associationRules().rules()) {
      g.writeStartObject();
      g.writeStringField("key", r.key());
      g.writeStringField("antecedent", r.antecedentName());
      g.writeStringField("consequent", r.consequentName());
      g.writeNumberField("bothCustomers", r.bothCustomers());
      num("support", r.support());
      num("confidence", r.confidence());
      num("lift", r.lift());
      g.writeNumberField("targets", r.customers().size());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void sales(SalesPlan s) throws IOException {
    g.writeObjectFieldStart("sales");
    groups("channels", s.channels());
    groups("tones", s.tones());
    groups("rules", s.rules());
    groups("forecast", s.forecast());
    groups("priorities", s.priorities());
    g.writeNumberField("callListRows", s.callList().size());
    g.writeEndObject();
  }

  private void drivers(Analysis a) throws IOException {
    g.writeArrayFieldStart("drivers");
    for (RetentionDriver d : a.drivers()) {
      g.writeStartObject();
      g.writeStringField("key", d.key());
      g.writeNumberField("customers", d.feature().size());
      if (d.ltv().value().isPresent()) {
        LtvComparison l = d.ltv().value().get();
        g.writeObjectFieldStart("ltv");
        g.writeNumberField("withFeature", l.withFeature());
        g.writeNumberField("withoutFeature", l.withoutFeature());
        num("meanWith", l.meanWith());
        num("meanWithout", l.meanWithout());
        num("t", l.t());
        num("degreesOfFreedom", l.degreesOfFreedom());
        num("p", l.p());
        num("cohensD", l.cohensD());
        g.writeEndObject();
      } else {
        g.writeStringField("ltvUnavailable", d.ltv().reason().orElse(""));
      }
      if (d.churn().value().isPresent()) {
        IndependenceTest t = d.churn().value().get();
        g.writeObjectFieldStart("churn");
        g.writeNumberField("featureAndOutcome", t.featureAndOutcome());
        g.writeNumberField("featureOnly", t.featureOnly());
        g.writeNumberField("outcomeOnly", t.outcomeOnly());
        g.writeNumberField("neither", t.neither());
        num("chiSquare", t.statistic());
        num("p", t.p());
        num("churnRateWith", t.outcomeRateWith());
        num("churnRateWithout", t.outcomeRateWithout());
        g.writeBooleanField("smallExpectedCounts", t.smallExpectedCounts());
        g.writeEndObject();
      } else {
        g.writeStringField("churnUnavailable", d.churn().reason().orElse(""));
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void absences(Analysis a) throws IOException {
    g.writeArrayFieldStart("absences");
    for (Absence x : a.absences()) {
      g.writeStartObject();
      g.writeStringField("widget", x.widget());
      if (x.missing().isPresent()) {
        g.writeStringField("missingColumn", x.missing().get().englishHeader());
      }
      g.writeStringField("reason", x.reason());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void segments(Analysis a, IntPredicate shown) throws IOException {
    g.writeArrayFieldStart("segments");
    for (Segment s : Segments.of(a)) {
      g.writeStartObject();
      g.writeStringField("key", s.key());
      g.writeStringField("widget", s.widget());
      g.writeStringField("group", s.group());
      if (!s.isEmpty()) {
        g.writeStringField("file", s.fileName());
      }
      g.writeFieldName("customers");
      indices(s.customers(), shown);
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void executiveSummary(ExecutiveSummary summary) throws IOException {
    g.writeObjectFieldStart("executiveSummary");
    g.writeStringField("locale", summary.locale().toLanguageTag());
    g.writeStringField("writer", summary.writer());
    if (summary.fallbackReason().isPresent()) {
      g.writeStringField("fallbackReason", summary.fallbackReason().get());
    }
    g.writeArrayFieldStart("sections");
    for (SummarySection s : summary.sections()) {
      g.writeStartObject();
      g.writeStringField("kind", s.kind().key());
      g.writeStringField("title", s.title());
      strings("paragraphs", s.paragraphs());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("chains");
    for (MessageChain c : summary.chains()) {
      g.writeStartObject();
      g.writeStringField("key", c.key());
      g.writeStringField("segment", c.segment());
      g.writeStringField("tone", c.tone().key());
      g.writeStringField("channel", c.channel().key());
      g.writeStringField("secondChannel", c.secondChannel().key());
      g.writeStringField("firstTouch", c.firstTouch());
      g.writeStringField("secondTouch", c.secondTouch());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  // ---- customers ----

  private void customers(Analysis a, ExecutiveSummary summary, IntPredicate shown) throws IOException {
    CustomerBase base = a.base();
    int n = base.size();
    // the first call-list row of each customer, as a position in the call list (-1: none)
    List<CallListRow> callList = a.sales().callList();
    int[] rowOf = new int[n];
    java.util.Arrays.fill(rowOf, -1);
    for (int i = 0; i < callList.size(); i++) {
      int c = callList.get(i).index();
      if (rowOf[c] < 0) {
        rowOf[c] = i;
      }
    }
    byte[] abcOf = new byte[n];
    List<AbcGroup> abcGroups = a.abc().groups();
    for (int k = 0; k < abcGroups.size(); k++) {
      var members = abcGroups.get(k).customers();
      for (int i = 0; i < members.size(); i++) {
        abcOf[members.getInt(i)] = (byte) (k + 1);
      }
    }
    g.writeArrayFieldStart("customers");
    for (int c = 0; c < n; c++) {
      if (shown.test(c)) {
        customer(a, summary, c, abcOf[c] == 0 ? null : abcGroups.get(abcOf[c] - 1).key(),
            rowOf[c] < 0 ? null : callList.get(rowOf[c]));
      }
    }
    g.writeEndArray();
  }

  private void customer(Analysis a, ExecutiveSummary summary, int c, String abcClass, CallListRow row)
      throws IOException {
    ScoredBase scored = a.scored();
    CustomerProfile p = a.base().customer(c);
    CustomerScore s = scored.score(c);
    g.writeStartObject();
    g.writeNumberField("index", c);
    g.writeStringField("pseudonym", p.pseudonym());
    if (p.name().isPresent()) {
      g.writeStringField("name", p.name().get());
    }
    strings("phones", p.phones());
    strings("emails", p.emails());
    strings("customerIds", p.customerIds());
    g.writeStringField("firstPurchase", p.firstPurchase().toString());
    g.writeStringField("lastPurchase", p.lastPurchase().toString());
    g.writeNumberField("purchases", s.purchases());
    num("complaints", p.complaints());
    num("tickets", p.tickets());
    num("discountedPurchases", p.discountedPurchases());
    num("historicalLtv", s.historicalLtv());
    num("averageCheck", s.averageCheck());
    num("probabilityAlive", s.probabilityAlive());
    num("churnProbability", s.churnProbability());
    g.writeNumberField("churnScore", Math.round(100 * s.churnProbability()));
    g.writeStringField("riskLevel", key(s.riskLevel()));
    num("returnProbability", s.returnProbability());
    num("expectedPurchases", s.expectedPurchases());
    num("expectedAverageOrder", s.expectedAverageOrder());
    num("clv", s.clv());
    g.writeObjectFieldStart("timing");
    num("personalCycleDays", s.timing().personalCycleDays());
    num("cycleDays", s.timing().cycleDays());
    g.writeNumberField("daysSinceLast", s.timing().daysSinceLast());
    g.writeStringField("expectedNext", s.timing().expectedNext().toString());
    g.writeNumberField("daysOverdue", s.timing().daysOverdue());
    g.writeStringField("status", s.timing().enoughData() ? key(s.timing().status()) : "not-enough-data");
    g.writeEndObject();
    g.writeObjectFieldStart("anomaly");
    num("pauseRatio", s.anomaly().pauseRatio());
    g.writeNumberField("score", s.anomaly().score());
    g.writeStringField("level", key(s.anomaly().level()));
    g.writeBooleanField("againstPopulation", s.anomaly().againstPopulation());
    g.writeEndObject();
    g.writeObjectFieldStart("discountProfile");
    g.writeStringField("kind", key(s.discountProfile().kind()));
    num("discountedShare", s.discountProfile().discountedShare());
    g.writeEndObject();
    g.writeArrayFieldStart("reasons");
    for (Reason r : s.reasons()) {
      g.writeStartObject();
      g.writeStringField("code", key(r.code()));
      num("strength", r.strength());
      num("contribution", r.contribution());
      g.writeEndObject();
    }
    g.writeEndArray();
    RfmResult rfm = a.rfm();
    g.writeObjectFieldStart("rfm");
    g.writeNumberField("recencyDays", rfm.recencyDays().getInt(c));
    g.writeNumberField("r", rfm.recencyScores().getInt(c));
    g.writeNumberField("f", rfm.frequencyScores().getInt(c));
    g.writeNumberField("m", rfm.monetaryScores().getInt(c));
    g.writeStringField("code", rfm.code(c));
    g.writeStringField("segment", rfm.seedSegment(c).key());
    g.writeStringField("mapSegment", rfm.mapSegment(c).key());
    g.writeEndObject();
    if (abcClass != null) {
      g.writeStringField("abcClass", abcClass);
    }
    Optional<NextBestProduct> nbp = a.nextBestProducts().recommendations().get(c);
    if (nbp.isPresent()) {
      g.writeObjectFieldStart("nextBestProduct");
      g.writeStringField("product", nbp.get().productName());
      g.writeStringField("source", key(nbp.get().source()));
      num("confidence", nbp.get().confidence());
      g.writeEndObject();
    }
    if (row != null) {
      sales(a, summary, row);
    }
    g.writeEndObject();
  }

  private void sales(Analysis a, ExecutiveSummary summary, CallListRow row) throws IOException {
    g.writeObjectFieldStart("sales");
    g.writeNumberField("rank", row.rank());
    g.writeNumberField("priorityScore", row.priorityScore());
    g.writeStringField("priority", row.priority().key());
    g.writeStringField("primaryChannel", row.primary().key());
    g.writeStringField("secondaryChannel", row.secondary().key());
    g.writeStringField("tone", row.tone().key());
    g.writeStringField("forecast", row.forecast().key());
    g.writeNumberField("deadlineDays", row.deadlineDays());
    g.writeStringField("rule", row.ruleKey());
    g.writeStringField("explanation", row.explanation(summary.locale()));
    g.writeEndObject();
    Optional<CustomerMessage> m = CustomerMessage.of(a, summary, row);
    if (m.isPresent()) {
      g.writeObjectFieldStart("messages");
      g.writeStringField("firstChannel", m.get().firstChannel().key());
      g.writeStringField("firstMessage", m.get().firstMessage());
      g.writeStringField("secondChannel", m.get().secondChannel().key());
      g.writeStringField("secondMessage", m.get().secondMessage());
      g.writeEndObject();
    }
  }
}
