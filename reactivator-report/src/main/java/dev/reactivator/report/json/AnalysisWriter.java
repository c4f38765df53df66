package dev.reactivator.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.data.AnalysisDate;
import dev.reactivator.core.data.DataWarning;
import dev.reactivator.core.data.Field;
import dev.reactivator.core.data.IngestionReport;
import dev.reactivator.core.data.QuotaUsage;
import dev.reactivator.core.data.RowProblem;
import dev.reactivator.core.model.FitAttempt;
import dev.reactivator.core.model.FittedModels;
import dev.reactivator.core.model.ModelKind;
import dev.reactivator.core.model.NextPurchaseModel;
import dev.reactivator.core.model.ParameterEstimate;
import dev.reactivator.core.model.PurchaseModelFit;
import dev.reactivator.core.model.SpendModelFit;
import dev.reactivator.core.model.SupervisedLayer;
import dev.reactivator.core.model.SupervisedValidation;
import dev.reactivator.core.score.CustomerScore;
import dev.reactivator.core.score.DiscountProfile;
import dev.reactivator.core.score.Reason;
import dev.reactivator.core.score.ScoredBase;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.core.segment.CategoryViews;
import dev.reactivator.core.segment.abc.AbcGroup;
import dev.reactivator.core.segment.abc.VipChurn;
import dev.reactivator.core.segment.abc.VipChurnMonth;
import dev.reactivator.core.segment.analytics.ScoreAnalytics;
import dev.reactivator.core.segment.cohort.CohortRow;
import dev.reactivator.core.segment.cohort.CohortTable;
import dev.reactivator.core.segment.cohort.FunnelLink;
import dev.reactivator.core.segment.cohort.FunnelStage;
import dev.reactivator.core.segment.drivers.ConfidenceInterval;
import dev.reactivator.core.segment.drivers.IndependenceTest;
import dev.reactivator.core.segment.drivers.LtvComparison;
import dev.reactivator.core.segment.drivers.RetentionDriver;
import dev.reactivator.core.segment.finance.Finance;
import dev.reactivator.core.segment.finance.LtvCacCurve;
import dev.reactivator.core.segment.finance.RoiResult;
import dev.reactivator.core.segment.lifecycle.CustomerLifecycle;
import dev.reactivator.core.segment.lifecycle.EarlyWarning;
import dev.reactivator.core.segment.lifecycle.RevenueGrowth;
import dev.reactivator.core.segment.nbp.AssociationRule;
import dev.reactivator.core.segment.nbp.AssociationRules;
import dev.reactivator.core.segment.nbp.NextBestProduct;
import dev.reactivator.core.segment.nbp.NextPurchaseEvaluation;
import dev.reactivator.core.segment.nbp.ProductProposal;
import dev.reactivator.core.segment.nbp.ProductShare;
import dev.reactivator.core.segment.nbp.ProductTransitions;
import dev.reactivator.core.segment.nbp.ProposalRule;
import dev.reactivator.core.segment.nbp.RecommendationSource;
import dev.reactivator.core.segment.overview.ChurnScores;
import dev.reactivator.core.segment.overview.Overview;
import dev.reactivator.core.segment.rfm.RfmResult;
import dev.reactivator.core.segment.rfm.RfmSegment;
import dev.reactivator.core.segment.sales.CallListRow;
import dev.reactivator.core.segment.sales.SalesPlan;
import dev.reactivator.core.segment.whales.SleepingWhales;
import dev.reactivator.core.segment.widget.Absence;
import dev.reactivator.core.segment.widget.CustomerGroup;
import dev.reactivator.narrative.CustomerMessage;
import dev.reactivator.narrative.ExecutiveSummary;
import dev.reactivator.narrative.MessageChain;
import dev.reactivator.narrative.SummarySection;
import dev.reactivator.report.Segment;
import dev.reactivator.report.Segments;
import dev.reactivator.report.internal.SalesWords;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * Writes the {@code analysis.json} document token by token to a {@link JsonGenerator}: nothing but
 * the generator's buffer is held, so the memory used does not grow with the number of customers.
 * Every number goes through {@link #num}, which leaves a non-finite value out (an absent key, or
 * {@code null} inside a positional array), so the output is always valid JSON.
 */
final class AnalysisWriter {
  private final JsonGenerator g;
  private static final int NAMES = 1024;
  private final String[] nameKeys = new String[NAMES];
  private final SerializedString[] nameValues = new SerializedString[NAMES];
  private int namesUsed;
  private SalesWords words;
  private final Optional<CustomerChunks> parallel;

  AnalysisWriter(JsonGenerator g) {
    this(g, Optional.empty());
  }

  /**
   * A writer whose {@code customers[]} entries may be encoded by {@code parallel} on several
   * threads, in chunks that go straight to the generator's stream in order.
   */
  AnalysisWriter(JsonGenerator g, Optional<CustomerChunks> parallel) {
    this.g = g;
    this.parallel = parallel;
  }

  JsonGenerator generator() {
    return g;
  }

  // ---- documents ----

  /** The three keys of a loaded base, as the fields of the current object. */
  void baseFields(CustomerBase base) throws IOException {
    number("schemaVersion", AnalysisJson.SCHEMA_VERSION);
    str("asOf", base.asOf().toString());
    AnalysisDate date = base.analysisDate();
    str("currency", base.currency().getCurrencyCode());
    str("asOfBasis", date.basis().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    str("lastPurchase", date.lastPurchase().toString());
    number("daysAfterLastPurchase", date.daysAfterLastPurchase());
    array("warnings");
    for (DataWarning w : base.warnings()) {
      g.writeStartObject();
      str("code", w.code().name());
      str("message", w.message());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeFieldName(name("ingestion"));
    ingestion(base.report(), base.purchaseCount());
    if (base.quota().isPresent()) {
      QuotaUsage q = base.quota().get();
      object("quota");
      number("charged", q.charged());
      if (q.left().isPresent()) {
        number("left", q.left().getAsLong());
      }
      g.writeEndObject();
    }
  }

  /**
   * The whole document as one object.
   *
   * @param shown which customers' {@code customers[]} entries and {@code segments[].customers}
   *     members are written; everyone for the file
   */
  void document(Analysis a, ExecutiveSummary summary, IntPredicate shown) throws IOException {
    page(
        a,
        summary,
        c -> shown.test(c) ? CustomerDetail.FULL : CustomerDetail.OMITTED,
        Integer.MAX_VALUE,
        false);
  }

  /**
   * The whole document, its customers at the detail {@code detail} gives each ({@link
   * CustomerDetail#OMITTED}: no entry), every index list ({@code vipAtRisk}, {@code
   * segments[].customers}) kept to its first {@code listRows} members that have an entry.
   *
   * @param sizes whether each {@code segments[]} entry also gets {@code size}, its member count
   *     before any cut (the page's form)
   */
  void page(
      Analysis a,
      ExecutiveSummary summary,
      IntFunction<CustomerDetail> detail,
      int listRows,
      boolean sizes)
      throws IOException {
    g.writeStartObject();
    baseFields(a.base());
    analysisFields(a, summary, detail, listRows, sizes);
    g.writeEndObject();
  }

  void ingestion(IngestionReport r, int purchases) throws IOException {
    g.writeStartObject();
    str("source", r.source());
    number("rowsRead", r.rowsRead());
    number("rowsAccepted", r.rowsAccepted());
    number("refunds", r.refunds());
    num("refundAmount", r.refundAmount());
    number("rowsRejected", r.rowsRejected());
    number("purchases", purchases);
    number("uniqueCustomers", r.uniqueCustomers());
    array("columns");
    for (Field f : Field.values()) {
      if (r.has(f)) {
        g.writeString(f.englishHeader());
      }
    }
    g.writeEndArray();
    array("optionalColumnsMissing");
    for (Field f : Field.values()) {
      if (f.isOptionalFeature() && !r.has(f)) {
        g.writeString(f.englishHeader());
      }
    }
    g.writeEndArray();
    object("details");
    for (var e : new TreeMap<>(r.details()).entrySet()) {
      g.writeStringField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
    problems("rejected", r.rejected());
    problems("warnings", r.warnings());
    g.writeEndObject();
  }

  private void problems(String name, List<RowProblem> list) throws IOException {
    array(name);
    for (RowProblem p : list) {
      g.writeStartObject();
      number("line", p.line());
      if (p.column().isPresent()) {
        str("column", p.column().get());
      }
      if (p.value().isPresent()) {
        str("value", p.value().get());
      }
      str("code", p.code().name());
      str("message", p.message());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void analysisFields(
      Analysis a,
      ExecutiveSummary summary,
      IntFunction<CustomerDetail> detail,
      int listRows,
      boolean sizes)
      throws IOException {
    IntPredicate shown = c -> detail.apply(c) != CustomerDetail.OMITTED;
    number("horizonDays", a.scored().options().horizonDays());
    if (a.scored().model().isPresent()) {
      g.writeFieldName(name("model"));
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
    g.writeFieldName(name("vipAtRisk"));
    indices(a.vipAtRisk().customers(), listRows, shown);
    if (a.vipChurn().isPresent()) {
      vipChurn(a.vipChurn().get());
    }
    whales(a.whales());
    rfm(a.rfm());
    nextBestProducts(a);
    associationRules(a);
    categories(a);
    sales(a.sales(), a.options().sales().callsPerDay());
    drivers(a);
    lifecycle(a.lifecycle());
    absences(a);
    segments(a, listRows, shown, sizes);
    executiveSummary(summary);
    texts(a, summary);
    customers(a, summary, detail);
  }

  // ---- numbers ----

  private void num(String key, double v) throws IOException {
    if (Double.isFinite(v)) {
      g.writeFieldName(name(key));
      g.writeNumber(v);
    }
  }

  private void num(String key, OptionalDouble v) throws IOException {
    if (v.isPresent()) {
      num(key, v.getAsDouble());
    }
  }

  private void num(String key, OptionalInt v) throws IOException {
    if (v.isPresent()) {
      number(key, v.getAsInt());
    }
  }

  private void numOrNull(OptionalDouble v) throws IOException {
    if (v.isPresent() && Double.isFinite(v.getAsDouble())) {
      g.writeNumber(v.getAsDouble());
    } else {
      g.writeNull();
    }
  }

  /**
   * The JSON value of an enum constant: its name in lower case with {@code -}; computed once per
   * enum.
   */
  static String key(Enum<?> e) {
    return KEYS.get(e.getDeclaringClass())[e.ordinal()];
  }

  private static final ClassValue<String[]> KEYS =
      new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
          Object[] constants = type.getEnumConstants();
          String[] keys = new String[constants.length];
          for (int i = 0; i < keys.length; i++) {
            keys[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT).replace('_', '-');
          }
          return keys;
        }
      };

  /** The call list's words in the summary's language, looked up once. */
  private SalesWords words(ExecutiveSummary summary) {
    if (words == null) {
      words = SalesWords.of(summary.locale());
    }
    return words;
  }

  // ---- fields: names are encoded once and reused ----

  /**
   * The encoded name: a small open-addressing table over the keys' cached hash codes, which the
   * literal keys of this class hit by identity.
   */
  private SerializedString name(String key) {
    int i = key.hashCode() & (NAMES - 1);
    while (true) {
      String k = nameKeys[i];
      if (k == null) {
        SerializedString encoded = new SerializedString(key);
        if (namesUsed < NAMES / 2) {
          nameKeys[i] = key;
          nameValues[i] = encoded;
          namesUsed++;
        }
        return encoded;
      }
      if (k == key || k.equals(key)) {
        return nameValues[i];
      }
      i = (i + 1) & (NAMES - 1);
    }
  }

  private void str(String key, String value) throws IOException {
    g.writeFieldName(name(key));
    g.writeString(value);
  }

  private void number(String key, int value) throws IOException {
    g.writeFieldName(name(key));
    g.writeNumber(value);
  }

  private void number(String key, long value) throws IOException {
    g.writeFieldName(name(key));
    g.writeNumber(value);
  }

  private void bool(String key, boolean value) throws IOException {
    g.writeFieldName(name(key));
    g.writeBoolean(value);
  }

  private void array(String key) throws IOException {
    g.writeFieldName(name(key));
    g.writeStartArray();
  }

  private void object(String key) throws IOException {
    g.writeFieldName(name(key));
    g.writeStartObject();
  }

  /** The members among the first {@code limit} of {@code customers} that {@code shown} accepts. */
  private void indices(List<Integer> customers, int limit, IntPredicate shown) throws IOException {
    g.writeStartArray();
    int end = Math.min(customers.size(), limit);
    for (int i = 0; i < end; i++) {
      int c = customers.get(i);
      if (shown.test(c)) {
        g.writeNumber(c);
      }
    }
    g.writeEndArray();
  }

  private void strings(String name, List<String> values) throws IOException {
    array(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private void groups(String name, List<CustomerGroup> gs) throws IOException {
    array(name);
    for (CustomerGroup c : gs) {
      g.writeStartObject();
      str("key", c.key());
      number("customers", c.size());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  // ---- model ----

  private void model(FittedModels m) throws IOException {
    g.writeStartObject();
    str("quality", key(m.quality()));
    bool("limitedData", m.limitedData());
    PurchaseModelFit p = m.purchases();
    object("purchaseModel");
    str("kind", key(p.kind()));
    str("unit", key(p.unit()));
    object("parameters");
    num("r", p.parameters().r());
    num("alpha", p.parameters().alpha());
    boolean pareto = p.kind() == ModelKind.PARETO_NBD;
    num(pareto ? "s" : "a", p.parameters().a());
    num(pareto ? "beta" : "b", p.parameters().b());
    g.writeEndObject();
    fitFields(
        p.estimates(),
        p.logLikelihood(),
        p.iterations(),
        p.converged(),
        key(p.quality()),
        p.reason(),
        p.customers());
    number("repeatCustomers", p.repeatCustomers());
    array("attempts");
    for (FitAttempt a : p.attempts()) {
      g.writeStartObject();
      str("kind", key(a.kind()));
      num("penalty", a.penalty());
      num("logLikelihood", a.logLikelihood());
      str("quality", key(a.quality()));
      str("reason", a.reason());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    SpendModelFit s = m.spend();
    object("spendModel");
    object("parameters");
    num("p", s.parameters().p());
    num("q", s.parameters().q());
    num("v", s.parameters().v());
    g.writeEndObject();
    fitFields(
        s.estimates(),
        s.logLikelihood(),
        s.iterations(),
        s.converged(),
        key(s.quality()),
        s.reason(),
        s.customers());
    num("populationMean", s.populationMean());
    g.writeEndObject();
    str("returnModel", m.usesSupervised() ? "supervised" : "btyd");
    supervised(m);
    g.writeEndObject();
  }

  private void supervised(FittedModels m) throws IOException {
    object("supervised");
    bool("trained", m.supervised().isPresent());
    bool("chosen", m.usesSupervised());
    str("note", m.supervisedNote());
    if (m.supervised().isPresent()) {
      SupervisedLayer layer = m.supervised().get();
      SupervisedValidation v = layer.validation();
      str("cutoff", LocalDate.ofEpochDay(v.cutoffDay()).toString());
      number("windowDays", v.windowDays());
      number("trainingCustomers", v.trainingCustomers());
      number("validationCustomers", v.validationCustomers());
      num("penalty", v.penalty());
      object("validation");
      validationFigures("btyd", v.btydLogLoss(), v.btydAuc(), v.btydCalibrationError());
      validationFigures(
          "supervised", v.supervisedLogLoss(), v.supervisedAuc(), v.supervisedCalibrationError());
      g.writeEndObject();
      num("intercept", layer.weights().get(0));
      array("weights");
      for (int j = 0; j < layer.features().size(); j++) {
        g.writeStartObject();
        str("feature", layer.features().get(j));
        num("weight", layer.weights().get(j + 1));
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private void validationFigures(String key, double logLoss, double auc, double calibration)
      throws IOException {
    object(key);
    num("logLoss", logLoss);
    num("auc", auc);
    num("calibrationError", calibration);
    g.writeEndObject();
  }

  private void fitFields(
      List<ParameterEstimate> estimates,
      double logLikelihood,
      int iterations,
      boolean converged,
      String quality,
      String reason,
      int customers)
      throws IOException {
    array("estimates");
    for (ParameterEstimate e : estimates) {
      g.writeStartObject();
      str("name", e.name());
      num("value", e.value());
      num("standardError", e.standardError());
      num("lower95", e.lower95());
      num("upper95", e.upper95());
      g.writeEndObject();
    }
    g.writeEndArray();
    num("logLikelihood", logLikelihood);
    number("iterations", iterations);
    bool("converged", converged);
    str("quality", quality);
    str("reason", reason);
    number("customers", customers);
  }

  // ---- widgets ----

  private void overview(Overview ov, CustomerBase base) throws IOException {
    object("overview");
    number("transactions", ov.transactions());
    number("uniqueCustomers", ov.uniqueCustomers());
    object("health");
    num("score", ov.health().score());
    num("activity", ov.health().activity());
    num("repeatRate", ov.health().repeatRate());
    num("retention", ov.health().retention());
    bool("alarm", ov.health().alarm());
    g.writeEndObject();
    share("atRisk", ov.atRisk());
    share("criticalChurn", ov.criticalChurn());
    object("revenueAtRisk");
    num("total", ov.revenueAtRisk().total());
    num("allBuckets", ov.revenueAtRisk().allBuckets());
    array("buckets");
    for (Overview.RiskBucket b : ov.revenueAtRisk().buckets()) {
      g.writeStartObject();
      str("level", key(b.level()));
      number("customers", b.count());
      num("revenueBase", b.revenueBase());
      num("revenueAtRisk", b.revenueAtRisk());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    array("topToSave");
    for (Overview.SaveCandidate s : ov.topToSave()) {
      g.writeStartObject();
      number("customer", s.index());
      str("pseudonym", base.pseudonym(s.index()));
      str("lastPurchase", s.lastPurchase().toString());
      number("daysIdle", s.daysIdle());
      num("riskPercent", s.riskPercent());
      num("ltv", s.ltv());
      g.writeEndObject();
    }
    g.writeEndArray();
    Overview.NrrWaterfall n = ov.nrr();
    object("nrr");
    num("currentBase", n.currentBase());
    bool("currentBaseEstimated", n.currentBaseEstimated());
    num("expansion", n.expansion());
    num("contraction", n.contraction());
    num("churn", n.churn());
    num("projected", n.projected());
    num("nrrPercent", n.nrrPercent());
    g.writeEndObject();
    array("riskStructure");
    for (Overview.StructureBar b : ov.riskStructure()) {
      g.writeStartObject();
      str("key", b.group().key());
      number("customers", b.count());
      num("revenue", b.revenue());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void share(String name, Overview.Share s) throws IOException {
    object(name);
    number("customers", s.count());
    num("share", s.share());
    g.writeEndObject();
  }

  private void finance(Finance f) throws IOException {
    object("finance");
    Finance.RevenueWaterfall w = f.waterfall();
    object("waterfall");
    num("basePotential", w.basePotential());
    num("revenueAtRisk", w.revenueAtRisk());
    num("savedRevenue", w.savedRevenue());
    num("retentionForecast", w.retentionForecast());
    g.writeEndObject();
    if (f.discountHarm().isPresent()) {
      array("discountHarm");
      for (Finance.DiscountGroup d : f.discountHarm().get().groups()) {
        g.writeStartObject();
        str("profile", key(d.kind()));
        number("customers", d.count());
        num("averageLtv", d.averageLtv());
        num("averagePurchases", d.averagePurchases());
        num("repeatRate", d.repeatRate());
        num("meanChurnProbability", d.meanChurnProbability());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (f.discountHarm().isPresent()) {
      Finance.DiscountHarm h = f.discountHarm().get();
      object("discountElasticity");
      number("sensitiveCustomers", h.group(DiscountProfile.Kind.SENSITIVE).count());
      num("level", ConfidenceInterval.DEFAULT_LEVEL);
      array("effects");
      for (Finance.DiscountEffect e : h.effects()) {
        g.writeStartObject();
        str("metric", e.metric());
        num("sensitive", e.sensitive());
        num("others", e.others());
        num("difference", e.difference());
        num("low", e.interval().low());
        num("high", e.interval().high());
        num("p", e.p());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private void ltvVsCac(LtvCacCurve c) throws IOException {
    object("ltvVsCac");
    str("mode", key(c.mode()));
    num("cac", c.cac());
    num("paybackMonth", c.paybackMonth());
    array("cumulativeLtv");
    for (OptionalDouble v : c.cumulativeLtv()) {
      numOrNull(v);
    }
    g.writeEndArray();
    array("observedCustomers");
    for (int v : c.observedCustomers()) {
      g.writeNumber(v);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void roi(RoiResult r) throws IOException {
    object("roi");
    object("inputs");
    number("touchBase", r.inputs().touchBase());
    num("costPerTouch", r.inputs().costPerTouch());
    num("conversion", r.inputs().conversion());
    num("offerCost", r.inputs().offerCost());
    num("averageCheck", r.inputs().averageCheck());
    num("cac", r.inputs().cac());
    g.writeEndObject();
    num("convertedClients", r.convertedClients());
    number("returningCustomers", r.returningCustomers());
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
    object("funnel");
    array("nodes");
    for (FunnelStage s : a.funnel().nodes()) {
      g.writeStartObject();
      str("key", s.key());
      number("customers", s.count());
      g.writeEndObject();
    }
    g.writeEndArray();
    array("links");
    for (FunnelLink l : a.funnel().links()) {
      g.writeStartObject();
      str("source", l.source());
      str("target", l.target());
      number("value", l.value());
      g.writeEndObject();
    }
    g.writeEndArray();
    num("secondPurchaseRate", a.funnel().secondPurchaseRate());
    num("thirdPurchaseRate", a.funnel().thirdPurchaseRate());
    g.writeEndObject();
  }

  private void scoreAnalytics(ScoreAnalytics s) throws IOException {
    object("scoreAnalytics");
    object("radar");
    number("atRiskCustomers", s.radar().atRiskCustomers());
    bool("supportDataPresent", s.radar().supportDataPresent());
    array("axes");
    for (ScoreAnalytics.RadarAxis x : s.radar().axes()) {
      g.writeStartObject();
      str("reason", key(x.code()));
      number("customers", x.group().size());
      num("meanStrength", x.meanStrength());
      num("totalContribution", x.totalContribution());
      num("meanStrengthAtRisk", x.meanStrengthAtRisk());
      num("totalContributionAtRisk", x.totalContributionAtRisk());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    ScoreAnalytics.T2npDistribution t = s.t2np();
    object("t2np");
    number("expected", t.expected().size());
    number("now", t.now().size());
    number("late", t.late().size());
    number("notEnoughData", t.notEnoughData().size());
    array("overdue");
    for (ScoreAnalytics.OverdueBin b : t.overdue()) {
      g.writeStartObject();
      str("key", b.group().key());
      number("fromDays", b.fromDays());
      num("toDays", b.toDays());
      number("customers", b.count());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  private void cohorts(String name, CohortTable t) throws IOException {
    object(name);
    str("mode", key(t.mode()));
    number("months", t.months());
    array("rows");
    for (CohortRow r : t.rows()) {
      g.writeStartObject();
      str("key", r.key());
      number("customers", r.clients());
      num("averageLtv", r.averageLtv());
      array("retention");
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
    object("abc");
    num("totalRevenue", a.abc().totalRevenue());
    array("groups");
    for (AbcGroup x : a.abc().groups()) {
      g.writeStartObject();
      str("key", x.key());
      number("customers", x.customers().size());
      num("revenue", x.revenue());
      num("revenueShare", x.revenueShare());
      num("customerShare", x.customerShare());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void vipChurn(VipChurn v) throws IOException {
    object("vipChurn");
    num("riskMultiple", VipChurn.RISK_MULTIPLE);
    number("customers", v.count());
    num("ltv", v.ltv());
    num("annualRevenue", v.annualRevenue());
    number("earlier", v.earlier().size());
    num("earlierLtv", v.earlierLtv());
    number("notCrossed", v.notCrossed());
    array("months");
    for (VipChurnMonth m : v.months()) {
      g.writeStartObject();
      str("month", m.month().toString());
      number("customers", m.count());
      num("ltv", m.ltv());
      num("annualRevenue", m.annualRevenue());
      number("atRiskNow", m.atRiskNow());
      bool("partial", m.partial());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void whales(SleepingWhales w) throws IOException {
    object("whales");
    num("ltvThreshold", w.ltvThreshold());
    number("topSpenders", w.topSpenders());
    whaleSegment("sleepingWhales", w.whales());
    whaleSegment("cooling", w.cooling());
    whaleSegment("active", w.active());
    g.writeEndObject();
  }

  private void whaleSegment(String name, SleepingWhales.Segment s) throws IOException {
    object(name);
    number("customers", s.count());
    num("totalLtv", s.totalLtv());
    g.writeEndObject();
  }

  private void rfm(RfmResult r) throws IOException {
    object("rfm");
    rfmSegments("seedSegments", r.seedSegments());
    rfmSegments("mapSegments", r.mapSegments());
    g.writeEndObject();
  }

  private void rfmSegments(String name, List<RfmSegment> list) throws IOException {
    array(name);
    for (RfmSegment s : list) {
      g.writeStartObject();
      str("key", s.key());
      number("customers", s.count());
      num("revenue", s.revenue());
      num("averageRecencyDays", s.averageRecencyDays());
      num("averageFrequency", s.averageFrequency());
      num("averageMonetary", s.averageMonetary());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void nextBestProducts(Analysis a) throws IOException {
    object("nextBestProducts");
    str("mode", key(a.nextBestProducts().mode()));
    matrix("product", a.nextBestProducts().matrix());
    object("recommendationsBySource");
    for (RecommendationSource s : RecommendationSource.values()) {
      number(key(s), a.nextBestProducts().recommendations().count(s));
    }
    g.writeEndObject();
    if (a.nextBestProducts().nextPurchaseModel().isPresent()) {
      NextPurchaseModel m = a.nextBestProducts().nextPurchaseModel().get();
      object("nextPurchaseModel");
      num("alpha", m.alpha());
      number("transitions", m.transitions().size());
      number("nextOrders", m.nextOrders().stream().mapToInt(Integer::intValue).sum());
      object("customersByRule");
      for (ProposalRule r : ProposalRule.values()) {
        number(key(r), a.nextBestProducts().recommendations().nextPurchaseCount(r));
      }
      g.writeEndObject();
      if (a.nextBestProducts().holdout().isPresent()) {
        NextPurchaseEvaluation e = a.nextBestProducts().holdout().get();
        object("holdout");
        str("split", e.split().toString());
        number("trainingCustomers", e.trainingCustomers());
        number("evaluatedCustomers", e.evaluatedCustomers());
        hitRates("nextPurchase", e.nextPurchase());
        hitRates("crossSell", e.crossSell());
        hitRates("previousRecommender", e.previousRecommender());
        hitRates("popularity", e.popularity());
        hitRates("repeatLast", e.repeatLast());
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /** The matrix rows; {@code label} names the row's and the successors' key (product, category). */
  private void matrix(String label, List<ProductTransitions> rows) throws IOException {
    array("matrix");
    for (ProductTransitions t : rows) {
      g.writeStartObject();
      str(label, t.key());
      number("total", t.total());
      number("customers", t.customers().size());
      array("next");
      for (ProductShare s : t.next()) {
        g.writeStartObject();
        str(label, s.productName());
        number("count", s.count());
        num("share", s.share());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void hitRates(String name, NextPurchaseEvaluation.HitRates h) throws IOException {
    object(name);
    num("at1", h.at1());
    num("at3", h.at3());
    g.writeEndObject();
  }

  private void proposal(String name, Optional<ProductProposal> p, boolean full) throws IOException {
    if (p.isEmpty()) {
      return;
    }
    object(name);
    str("product", p.get().productName());
    num("probability", p.get().probability());
    if (full) {
      str("rule", key(p.get().rule()));
      if (p.get().after().isPresent()) {
        str("after", p.get().after().get());
      }
      number("evidence", p.get().evidence());
      bool("owned", p.get().owned());
    }
    g.writeEndObject();
  }

  /** The by-category views, present only with categories (else the {@code category} absence). */
  private void categories(Analysis a) throws IOException {
    if (a.categories().isEmpty()) {
      return;
    }
    CategoryViews v = a.categories().get();
    object("categories");
    array("names");
    for (String c : v.categories()) {
      g.writeString(c);
    }
    g.writeEndArray();
    cohorts("cohorts", v.cohorts());
    object("nextBestCategories");
    str("mode", key(v.matrix().mode()));
    matrix("category", v.matrix().rows());
    g.writeEndObject();
    associationRules("associationRules", v.rules());
    g.writeEndObject();
  }

  private void associationRules(Analysis a) throws IOException {
    associationRules("associationRules", a.associationRules());
  }

  private void associationRules(String name, AssociationRules rules) throws IOException {
    object(name);
    number("customers", rules.customers());
    array("rules");
    for (AssociationRule r : rules.rules()) {
      g.writeStartObject();
      str("key", r.key());
      str("antecedent", r.antecedentName());
      str("consequent", r.consequentName());
      number("bothCustomers", r.bothCustomers());
      num("support", r.support());
      num("confidence", r.confidence());
      num("lift", r.lift());
      number("targets", r.customers().size());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void sales(SalesPlan s, int callsPerDay) throws IOException {
    object("sales");
    groups("channels", s.channels());
    groups("tones", s.tones());
    groups("rules", s.rules());
    groups("forecast", s.forecast());
    groups("priorities", s.priorities());
    number("callListRows", s.callList().size());
    number("callsPerDay", callsPerDay);
    // today's rows are a prefix of at most callsPerDay rows: only those are read
    List<CallListRow> head = s.callList().subList(0, Math.min(callsPerDay, s.callList().size()));
    number("today", (int) head.stream().filter(CallListRow::today).count());
    g.writeEndObject();
  }

  private void drivers(Analysis a) throws IOException {
    array("drivers");
    for (RetentionDriver d : a.drivers()) {
      g.writeStartObject();
      str("key", d.key());
      number("customers", d.feature().size());
      if (d.ltv().isPresent()) {
        LtvComparison l = d.ltv().get();
        object("ltv");
        number("withFeature", l.withFeature());
        number("withoutFeature", l.withoutFeature());
        num("meanWith", l.meanWith());
        num("meanWithout", l.meanWithout());
        num("t", l.t());
        num("degreesOfFreedom", l.degreesOfFreedom());
        num("p", l.p());
        num("cohensD", l.cohensD());
        g.writeEndObject();
      } else {
        str("ltvUnavailable", d.ltvAbsence().map(Absence::reason).orElse(""));
      }
      if (d.churn().isPresent()) {
        IndependenceTest t = d.churn().get();
        object("churn");
        number("featureAndOutcome", t.featureAndOutcome());
        number("featureOnly", t.featureOnly());
        number("outcomeOnly", t.outcomeOnly());
        number("neither", t.neither());
        num("chiSquare", t.statistic());
        num("p", t.p());
        num("churnRateWith", t.outcomeRateWith());
        num("churnRateWithout", t.outcomeRateWithout());
        bool("smallExpectedCounts", t.smallExpectedCounts());
        g.writeEndObject();
      } else {
        str("churnUnavailable", d.churnAbsence().map(Absence::reason).orElse(""));
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void lifecycle(CustomerLifecycle l) throws IOException {
    object("lifecycle");
    if (l.hasStages()) {
      groups("stages", l.stages());
    }
    if (l.growth().isPresent()) {
      RevenueGrowth r = l.growth().get();
      number("activeCustomers", r.activeCustomers());
      num("revenue", r.revenue());
      num("arpu", r.arpu());
      number("existingCustomers", r.existingCustomers());
      num("arpuNow", r.arpuNow());
      num("arpuBefore", r.arpuBefore());
      num("arpuGrowth", r.arpuGrowth());
      num("upsellRevenue", r.upsellRevenue());
      num("upsellShare", r.upsellShare());
    }
    array("earlyWarnings");
    for (EarlyWarning w : l.earlyWarnings()) {
      g.writeStartObject();
      str("key", w.key());
      str("reason", key(w.code()));
      number("customers", w.customers().size());
      g.writeEndObject();
    }
    g.writeEndArray();
    number("warnedCustomers", l.warned().size());
    g.writeEndObject();
  }

  private void absences(Analysis a) throws IOException {
    array("absences");
    for (Absence x : a.absences()) {
      g.writeStartObject();
      str("widget", x.widget());
      if (x.missing().isPresent()) {
        str("missingColumn", x.missing().get().englishHeader());
      }
      str("reason", x.reason());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void segments(Analysis a, int listRows, IntPredicate shown, boolean sizes)
      throws IOException {
    array("segments");
    for (Segment s : Segments.of(a)) {
      g.writeStartObject();
      str("key", s.key());
      str("widget", s.widget());
      str("group", s.group());
      if (!s.isEmpty()) {
        str("file", s.fileName());
      }
      if (sizes) {
        number("size", s.customers().size());
      }
      g.writeFieldName(name("customers"));
      indices(s.customers(), listRows, shown);
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void executiveSummary(ExecutiveSummary summary) throws IOException {
    object("executiveSummary");
    str("locale", summary.locale().toLanguageTag());
    str("writer", summary.writer());
    if (summary.fallbackReason().isPresent()) {
      str("fallbackReason", summary.fallbackReason().get());
    }
    array("sections");
    for (SummarySection s : summary.sections()) {
      g.writeStartObject();
      str("kind", s.kind().key());
      str("title", s.title());
      strings("paragraphs", s.paragraphs());
      g.writeEndObject();
    }
    g.writeEndArray();
    array("chains");
    for (MessageChain c : summary.chains()) {
      g.writeStartObject();
      str("key", c.key());
      str("segment", c.segment());
      str("tone", key(c.tone()));
      str("channel", key(c.channel()));
      str("secondChannel", key(c.secondChannel()));
      str("firstTouch", c.firstTouch());
      str("secondTouch", c.secondTouch());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  // ---- customers ----

  private void customers(Analysis a, ExecutiveSummary summary, IntFunction<CustomerDetail> detail)
      throws IOException {
    CustomerBase base = a.base();
    int n = base.size();
    // the first call-list row of each customer, as a position in the call list (-1: none)
    List<CallListRow> callList = a.sales().callList();
    int[] rowOf = new int[n];
    Arrays.fill(rowOf, -1);
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
    ChurnScores churnScores = a.churnScores();
    array("customers");
    CustomerRange range =
        (w, from, to) -> {
          int written = 0;
          for (int c = from; c < to; c++) {
            CustomerDetail d = detail.apply(c);
            if (d != CustomerDetail.OMITTED) {
              w.customer(
                  a,
                  summary,
                  churnScores.score(c),
                  c,
                  abcOf[c] == 0 ? null : abcGroups.get(abcOf[c] - 1).key(),
                  rowOf[c] < 0 ? null : callList.get(rowOf[c]),
                  d);
              written++;
            }
          }
          return written;
        };
    if (parallel.isPresent() && parallel.get().worthIt(n)) {
      parallel.get().write(g, n, range);
    } else {
      range.write(this, 0, n);
    }
    g.writeEndArray();
  }

  /** Writes the {@code customers[]} entries of the customers {@code from} (incl.) to {@code to}. */
  interface CustomerRange {
    /**
     * Writes the entries through {@code w}, each an element of the enclosing array.
     *
     * @return how many entries were written
     */
    int write(AnalysisWriter w, int from, int to) throws IOException;
  }

  /**
   * One {@code customers[]} entry with the keys of {@code d} (not {@link CustomerDetail#OMITTED}).
   */
  void customer(
      Analysis a,
      ExecutiveSummary summary,
      int churnScore,
      int c,
      String abcClass,
      CallListRow row,
      CustomerDetail d)
      throws IOException {
    ScoredBase scored = a.scored();
    CustomerBase base = a.base();
    CustomerScore s = scored.score(c);
    boolean full = d == CustomerDetail.FULL;
    boolean tableRow = d.includes(CustomerDetail.TABLE_ROW);
    boolean callRow = d.includes(CustomerDetail.CALL_ROW);
    g.writeStartObject();
    number("index", c);
    str("pseudonym", base.pseudonym(c));
    Optional<String> name = base.name(c);
    if (name.isPresent()) {
      str("name", name.get());
    }
    strings("phones", base.phones(c));
    strings("emails", base.emails(c));
    strings("customerIds", base.customerIds(c));
    if (full) {
      str("firstPurchase", LocalDate.ofEpochDay(base.firstPurchaseDay(c)).toString());
    }
    if (tableRow) {
      str("lastPurchase", LocalDate.ofEpochDay(base.lastPurchaseDay(c)).toString());
    }
    number("purchases", s.purchases());
    if (full) {
      num("complaints", base.complaints(c));
      num("tickets", base.tickets(c));
      num("discountedPurchases", base.discountedPurchases(c));
    }
    num("historicalLtv", s.historicalLtv());
    if (full) {
      num("averageCheck", s.averageCheck());
      number("refunds", a.base().refunds(c));
      num("refundAmount", a.base().refundAmount(c));
      num("probabilityAlive", s.probabilityAlive());
    }
    if (tableRow) {
      num("churnProbability", s.churnProbability());
    }
    if (full) {
      number("churnScore", churnScore);
      str("riskLevel", key(s.riskLevel()));
    }
    if (tableRow) {
      num("returnProbability", s.returnProbability());
    }
    if (full) {
      num("expectedPurchases", s.expectedPurchases());
      num("expectedAverageOrder", s.expectedAverageOrder());
      num("clv", s.clv());
    }
    if (tableRow) {
      object("timing");
      if (full) {
        num("personalCycleDays", s.timing().personalCycleDays());
        num("cycleDays", s.timing().cycleDays());
      }
      number("daysSinceLast", s.timing().daysSinceLast());
      if (full) {
        str("expectedNext", s.timing().expectedNext().toString());
      }
      if (callRow) {
        number("daysOverdue", s.timing().daysOverdue());
        str("status", s.timing().enoughData() ? key(s.timing().status()) : "not-enough-data");
      }
      g.writeEndObject();
    }
    if (full) {
      object("anomaly");
      num("pauseRatio", s.anomaly().pauseRatio());
      number("score", s.anomaly().score());
      str("level", key(s.anomaly().level()));
      bool("againstPopulation", s.anomaly().againstPopulation());
      g.writeEndObject();
      object("discountProfile");
      str("kind", key(s.discountProfile().kind()));
      num("discountedShare", s.discountProfile().discountedShare());
      g.writeEndObject();
      array("reasons");
      for (Reason r : s.reasons()) {
        g.writeStartObject();
        str("code", key(r.code()));
        num("strength", r.strength());
        num("contribution", r.contribution());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    RfmResult rfm = a.rfm();
    object("rfm");
    number("recencyDays", rfm.recencyDays().getInt(c));
    if (full) {
      number("r", rfm.recencyScores().getInt(c));
      number("f", rfm.frequencyScores().getInt(c));
      number("m", rfm.monetaryScores().getInt(c));
    }
    str("code", rfm.code(c));
    str("segment", rfm.seedSegment(c).key());
    if (full) {
      str("mapSegment", rfm.mapSegment(c).key());
    }
    g.writeEndObject();
    if (full && abcClass != null) {
      str("abcClass", abcClass);
    }
    if (!callRow) {
      g.writeEndObject();
      return;
    }
    Optional<NextBestProduct> nbp = a.nextBestProducts().recommendations().get(c);
    if (nbp.isPresent()) {
      object("nextBestProduct");
      str("product", nbp.get().productName());
      if (full) {
        str("source", key(nbp.get().source()));
        num("confidence", nbp.get().confidence());
      }
      g.writeEndObject();
    }
    if (full) {
      CustomerLifecycle l = a.lifecycle();
      object("lifecycle");
      if (l.hasStages()) {
        str("stage", l.stage(c).orElseThrow().key());
        num("renewalShare", l.renewalShare(c));
      }
      number("distinctProducts", l.distinctProducts(c));
      strings("earlyWarnings", l.earlyWarnings(c));
      g.writeEndObject();
    }
    proposal("nextPurchase", a.nextBestProducts().recommendations().nextPurchase(c), full);
    if (full) {
      proposal("crossSell", a.nextBestProducts().recommendations().crossSell(c), true);
    }
    if (row != null) {
      sales(a, summary, row, full);
    }
    g.writeEndObject();
  }

  private void sales(Analysis a, ExecutiveSummary summary, CallListRow row, boolean full)
      throws IOException {
    object("sales");
    number("rank", row.rank());
    if (full) {
      number("priorityScore", row.priorityScore());
    }
    str("priority", key(row.priority()));
    bool("today", row.today());
    if (full) {
      num("valueAtStake", row.valueAtStake());
      num("expectedSaved", row.expectedSaved());
    }
    str("primaryChannel", key(row.primary()));
    str("secondaryChannel", key(row.secondary()));
    str("tone", key(row.tone()));
    if (full) {
      str("forecast", key(row.forecast()));
      number("deadlineDays", row.deadlineDays());
      str("rule", row.ruleKey());
    }
    str("explanationKey", row.explanationKey());
    g.writeEndObject();
    Optional<MessageChain> chain = CustomerMessage.chainOf(a, summary, row);
    if (chain.isPresent()) {
      object("messages");
      str("chain", chain.get().key());
      str("product", CustomerMessage.productOf(a, row));
      g.writeEndObject();
    }
  }

  /**
   * The texts that customers share, written once and referred to by key from {@code customers[]}:
   * {@code explanations} (the call list's explanation of each rule choice, by {@code
   * sales.explanationKey}). The message templates are the {@code executiveSummary.chains}.
   */
  private void texts(Analysis a, ExecutiveSummary summary) throws IOException {
    TreeMap<String, String> explanations = new TreeMap<>();
    for (CallListRow row : a.sales().callList()) {
      explanations.computeIfAbsent(row.explanationKey(), k -> words(summary).explanation(k));
    }
    object("texts");
    object("explanations");
    for (var e : explanations.entrySet()) {
      str(e.getKey(), e.getValue());
    }
    g.writeEndObject();
    g.writeEndObject();
  }
}
