package dev.reactivator.spark.internal;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.features.CustomerSummary;
import dev.reactivator.core.features.PeriodUnit;
import dev.reactivator.core.model.BgNbdParameters;
import dev.reactivator.core.model.FittedModels;
import dev.reactivator.core.model.GammaGammaParameters;
import dev.reactivator.core.model.ModelKind;
import dev.reactivator.core.model.NextPurchaseModel;
import dev.reactivator.core.model.PurchaseModel;
import dev.reactivator.core.model.PurchaseModelFit;
import dev.reactivator.core.model.SpendModelFit;
import dev.reactivator.core.score.CallValue;
import dev.reactivator.core.score.CustomerScorer;
import dev.reactivator.core.score.DiscountProfile;
import dev.reactivator.core.score.PurchaseTiming;
import dev.reactivator.core.score.RiskLevel;
import dev.reactivator.core.score.RiskThresholds;
import dev.reactivator.core.score.Scoring;
import dev.reactivator.core.score.ScoringOptions;
import dev.reactivator.core.score.SupportSpike;
import dev.reactivator.core.segment.nbp.NextBestFallbacks;
import dev.reactivator.core.segment.nbp.NextBestProduct;
import dev.reactivator.core.segment.nbp.NextBestProductOptions;
import dev.reactivator.core.segment.nbp.NextPurchaseProposer;
import dev.reactivator.core.segment.rfm.RfmMapSegment;
import dev.reactivator.core.segment.rfm.SeedRfmSegment;
import dev.reactivator.core.segment.sales.Channel;
import dev.reactivator.core.segment.sales.CustomerView;
import dev.reactivator.core.segment.sales.Priority;
import dev.reactivator.core.segment.sales.Rule;
import dev.reactivator.core.segment.sales.RuleTable;
import dev.reactivator.core.segment.sales.SalesCalculator;
import dev.reactivator.core.segment.sales.SalesOptions;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * Core's {@link CustomerScorer} over batches of customers: the fitted models travel as their
 * parameters (this object, broadcast) and are rebuilt once per partition; each batch of feature
 * rows becomes primitive columns, a {@link CustomerSummary}, and one scorer call.
 */
public final class Scorer implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Customers per scorer call. */
  static final int BATCH = 4096;

  /**
   * The pseudonym, the customer's features and RFM scores ({@link Population#SCHEMA}), the scores,
   * the purchase timing, the RFM segments, the next best product, and the call list's figures with
   * the channel-and-tone rule (value at stake, expected money saved, first tier, rule, channels,
   * tone).
   */
  public static final StructType SCHEMA =
      withScores(new StructType().add("pseudonym", DataTypes.StringType, false));

  private static StructType withScores(StructType head) {
    StructType s = head;
    for (var f : Population.SCHEMA.fields()) {
      s = s.add(f);
    }
    return s.add("probability_alive", DataTypes.DoubleType, false)
        .add("churn_probability", DataTypes.DoubleType, false)
        .add("risk_level", DataTypes.StringType, false)
        .add("return_probability", DataTypes.DoubleType, false)
        .add("expected_purchases", DataTypes.DoubleType, false)
        .add("expected_average_order", DataTypes.DoubleType, false)
        .add("clv", DataTypes.DoubleType, false)
        .add("cycle_days", DataTypes.DoubleType, false)
        .add("expected_next_purchase", DataTypes.DateType, false)
        .add("days_overdue", DataTypes.IntegerType, false)
        .add("timing_status", DataTypes.StringType, false)
        .add("rfm_segment", DataTypes.StringType, false)
        .add("rfm_map_segment", DataTypes.StringType, false)
        .add("next_best_product", DataTypes.StringType)
        .add("next_best_source", DataTypes.StringType)
        .add("next_best_confidence", DataTypes.DoubleType)
        .add("value_at_stake", DataTypes.DoubleType, false)
        .add("money_saved", DataTypes.DoubleType, false)
        .add("first_tier", DataTypes.BooleanType, false)
        .add("sales_rule", DataTypes.StringType, false)
        .add("channel", DataTypes.StringType, false)
        .add("second_channel", DataTypes.StringType, false)
        .add("tone", DataTypes.StringType, false);
  }

  /** The columns {@link #partition} appends after the input's. */
  private static final int APPENDED = 23;

  /**
   * {@link #SCHEMA} with the columns that need every customer's score first ({@link #plan}): the
   * priority, its score and the contact deadline in days.
   */
  public static final StructType PLANNED =
      SCHEMA
          .add("priority", DataTypes.StringType, false)
          .add("priority_score", DataTypes.IntegerType, false)
          .add("deadline_days", DataTypes.IntegerType, false);

  private final ModelKind kind;
  private final PeriodUnit unit;
  private final double r;
  private final double alpha;
  private final double a;
  private final double b;
  private final double p;
  private final double q;
  private final double v;
  private final double spendLogLikelihood;
  private final boolean spendConverged;
  private final dev.reactivator.core.model.FitQuality spendQuality;
  private final String spendReason;
  private final int spendCustomers;
  private final double populationMean;
  private final int horizon;
  private final int months;
  private final double discount;
  private final double margin;
  private final double riskLow;
  private final double riskMedium;
  private final double riskHigh;
  private final double timingWindowFraction;
  private final int timingMinWindowDays;
  private final LocalDate asOf;
  private final double populationCycle;
  private final boolean excludeOwned;
  private final String[] nextProducts;
  private final double nextAlpha;
  private final int[] nextFrom;
  private final int[] nextTo;
  private final int[] nextCount;
  private final int[] nextOrders;
  private final Population.SalesFigures sales;
  private final Fallbacks fallbacks;

  /**
   * The scorer of fitted models.
   *
   * @param models the fitted models
   * @param options the scoring options (horizon, CLV, risk thresholds, timing window)
   * @param asOf the analysis date
   * @param populationCycle the population's cycle in days ({@link Population#cycle})
   * @param nextPurchase the population's product transitions, empty without purchase dates
   * @param nextBest the next-best-product options (whether owned products are excluded)
   * @param sales the sales plan's population figures ({@link Population#sales})
   * @param fallbacks the next best product's fallback counts, empty without a product column
   */
  public Scorer(
      FittedModels models,
      ScoringOptions options,
      LocalDate asOf,
      double populationCycle,
      Optional<NextPurchaseModel> nextPurchase,
      NextBestProductOptions nextBest,
      Population.SalesFigures sales,
      Optional<Fallbacks> fallbacks) {
    this.sales = sales;
    this.fallbacks = fallbacks.orElse(null);
    PurchaseModelFit pf = models.purchases();
    SpendModelFit sf = models.spend();
    kind = pf.kind();
    unit = pf.unit();
    r = pf.parameters().r();
    alpha = pf.parameters().alpha();
    a = pf.parameters().a();
    b = pf.parameters().b();
    p = sf.parameters().p();
    q = sf.parameters().q();
    v = sf.parameters().v();
    spendLogLikelihood = sf.logLikelihood();
    spendConverged = sf.converged();
    spendQuality = sf.quality();
    spendReason = sf.reason();
    spendCustomers = sf.customers();
    populationMean = sf.populationMean();
    horizon = options.horizonDays();
    months = options.clvMonths();
    discount = options.monthlyDiscountRate();
    margin = options.margin();
    riskLow = options.riskThresholds().low();
    riskMedium = options.riskThresholds().medium();
    riskHigh = options.riskThresholds().high();
    timingWindowFraction = options.timingWindowFraction();
    timingMinWindowDays = options.timingMinWindowDays();
    this.asOf = asOf;
    this.populationCycle = populationCycle;
    excludeOwned = nextBest.excludeOwned();
    if (nextPurchase.isPresent() && nextPurchase.get().hasTransitions()) {
      NextPurchaseModel m = nextPurchase.get();
      nextProducts = m.products().toArray(new String[0]);
      nextAlpha = m.alpha();
      List<NextPurchaseModel.Transition> ts = m.transitions();
      nextFrom = new int[ts.size()];
      nextTo = new int[ts.size()];
      nextCount = new int[ts.size()];
      for (int i = 0; i < ts.size(); i++) {
        nextFrom[i] = ts.get(i).from();
        nextTo[i] = ts.get(i).to();
        nextCount[i] = ts.get(i).count();
      }
      nextOrders = m.nextOrders().stream().mapToInt(Integer::intValue).toArray();
    } else {
      nextProducts = null;
      nextAlpha = 0;
      nextFrom = null;
      nextTo = null;
      nextCount = null;
      nextOrders = null;
    }
  }

  /** The proposer of the broadcast transitions, once per partition; null without transitions. */
  private NextPurchaseProposer proposer() {
    if (nextProducts == null) {
      return null;
    }
    List<NextPurchaseModel.Transition> ts = new ArrayList<>(nextFrom.length);
    for (int i = 0; i < nextFrom.length; i++) {
      ts.add(new NextPurchaseModel.Transition(nextFrom[i], nextTo[i], nextCount[i]));
    }
    List<Integer> next = new ArrayList<>(nextOrders.length);
    for (int m : nextOrders) {
      next.add(m);
    }
    return new NextPurchaseProposer(
        NextPurchaseModel.of(List.of(nextProducts), nextAlpha, ts, next));
  }

  private CustomerScorer scorer() {
    PurchaseModel model = PurchaseModel.of(kind, new BgNbdParameters(r, alpha, a, b), unit);
    SpendModelFit spend =
        new SpendModelFit(
            new GammaGammaParameters(p, q, v),
            List.of(),
            spendLogLikelihood,
            0,
            spendConverged,
            spendQuality,
            spendReason,
            spendCustomers,
            populationMean);
    return new CustomerScorer(
        model, spend.model(), horizon, months, Scoring.MONTH_DAYS, discount, margin);
  }

  /**
   * Scores one partition of (feature row, customer index) pairs.
   *
   * @param rows the partition, each customer with its index in the base's order
   * @return one row of {@link #SCHEMA} per customer, in order
   */
  public Iterator<Row> partition(Iterator<Tuple2<Row, Long>> rows) {
    CustomerScorer scorer = scorer();
    RiskThresholds risk = new RiskThresholds(riskLow, riskMedium, riskHigh);
    NextPurchaseProposer proposer = proposer();
    RuleTable rules = SalesOptions.defaults().rules(); // the library's segment options
    NextBestFallbacks fallback =
        fallbacks == null ? null : fallbacks.build(NextBestProductOptions.defaults());
    return new Iterator<>() {
      private final List<Row> batch = new ArrayList<>(BATCH);
      private final List<Long> index = new ArrayList<>(BATCH);
      private Iterator<Row> out = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        return out.hasNext() || rows.hasNext();
      }

      @Override
      public Row next() {
        if (!out.hasNext()) {
          batch.clear();
          index.clear();
          while (rows.hasNext() && batch.size() < BATCH) {
            Tuple2<Row, Long> t = rows.next();
            batch.add(t._1());
            index.add(t._2());
          }
          out = score(scorer, risk, proposer, fallback, rules, batch, index).iterator();
        }
        return out.next();
      }
    };
  }

  private List<Row> score(
      CustomerScorer scorer,
      RiskThresholds risk,
      NextPurchaseProposer proposer,
      NextBestFallbacks fallback,
      RuleTable rules,
      List<Row> batch,
      List<Long> index) {
    int n = batch.size();
    int ix = CustomerStage.SCHEMA.fieldIndex("x");
    int itx = CustomerStage.SCHEMA.fieldIndex("t_x");
    int iT = CustomerStage.SCHEMA.fieldIndex("T");
    int iSpend = CustomerStage.SCHEMA.fieldIndex("repeat_spend");
    int iMean = CustomerStage.SCHEMA.fieldIndex("mean_order");
    int iCycle = Population.SCHEMA.fieldIndex("personal_cycle");
    int iSince = Population.SCHEMA.fieldIndex("days_since_last");
    int iR = Population.SCHEMA.fieldIndex("r_score");
    int iF = Population.SCHEMA.fieldIndex("f_score");
    int iProducts = Population.SCHEMA.fieldIndex("products");
    int iLast = Population.SCHEMA.fieldIndex("last_order");
    int iLastProduct = Population.SCHEMA.fieldIndex("last_product");
    int iLabel = Population.SCHEMA.fieldIndex("customer");
    int iPurchases = Population.SCHEMA.fieldIndex("purchases");
    int iTotal = Population.SCHEMA.fieldIndex("total_spent");
    int iComplaints = Population.SCHEMA.fieldIndex("complaints");
    int iTickets = Population.SCHEMA.fieldIndex("tickets");
    int iDiscounted = Population.SCHEMA.fieldIndex("discounted");
    int iPhones = Population.SCHEMA.fieldIndex("phones");
    int iEmails = Population.SCHEMA.fieldIndex("emails");
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] age = new double[n];
    double[] spend = new double[n];
    double[] mean = new double[n];
    for (int i = 0; i < n; i++) {
      Row row = batch.get(i);
      x[i] = row.getInt(ix);
      tx[i] = row.getDouble(itx);
      age[i] = row.getDouble(iT);
      spend[i] = row.getDouble(iSpend);
      mean[i] = row.getDouble(iMean);
    }
    CustomerSummary s = CustomerSummary.of(x, tx, age, spend, mean, PeriodUnit.DAYS);
    double[] alive = new double[n];
    double[] ret = new double[n];
    double[] purchases = new double[n];
    double[] aov = new double[n];
    double[] clv = new double[n];
    scorer.score(s, 0, n, alive, ret, purchases, aov, clv);
    List<Row> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Row row = batch.get(i);
      Object[] values = new Object[1 + row.size() + APPENDED];
      values[0] = CustomerBase.pseudonymOf(index.get(i));
      for (int k = 0; k < row.size(); k++) {
        values[1 + k] = row.get(k);
      }
      int k = 1 + row.size();
      double churn = 1.0 - alive[i];
      RiskLevel level = risk.levelOf(churn);
      values[k++] = alive[i];
      values[k++] = churn;
      values[k++] = level.name();
      values[k++] = ret[i];
      values[k++] = purchases[i];
      values[k++] = aov[i];
      values[k++] = clv[i];
      PurchaseTiming t = timing(row, iCycle, iSince);
      values[k++] = t.cycleDays();
      values[k++] = java.sql.Date.valueOf(t.expectedNext());
      values[k++] = t.daysOverdue();
      values[k++] = t.status().name();
      int r = row.getInt(iR);
      int f = row.getInt(iF);
      values[k++] = SeedRfmSegment.of(r, f).key();
      values[k++] = RfmMapSegment.of(r, f).key();
      Optional<NextBestProduct> nbp =
          proposer == null
              ? Optional.empty()
              : proposer
                  .propose(row.<String>getList(iProducts), row.<String>getList(iLast))
                  .nextBest(excludeOwned);
      if (nbp.isEmpty() && fallback != null) {
        // the library's fallbacks: successors of the last product, rules, popularity
        nbp =
            fallback.recommend(
                row.<String>getList(iProducts), Optional.of(row.getString(iLastProduct)));
      }
      values[k++] = nbp.map(NextBestProduct::productName).orElse(null);
      values[k++] = nbp.map(p -> p.source().name()).orElse(null);
      values[k++] = nbp.isPresent() ? nbp.get().confidence() : null;
      // the call list's figures and the channel-and-tone rule, as SalesCalculator computes them
      int since = row.getInt(iSince);
      double retained = CallValue.retained(alive[i], purchases[i], aov[i], t.cycleDays(), horizon);
      double stake = CallValue.stake(retained, churn);
      double saved =
          CallValue.saved(ret[i], stake, CallValue.urgency(t.status(), since, t.cycleDays()));
      int bought = row.getInt(iPurchases);
      double ltv = row.getDouble(iTotal);
      CustomerView view =
          new CustomerView(
              Math.toIntExact(index.get(i)),
              level,
              churn,
              ret[i],
              sales.vip(ltv, row.getString(iLabel)),
              row.isNullAt(iComplaints)
                  ? OptionalInt.empty()
                  : OptionalInt.of(row.getInt(iComplaints)),
              !row.isNullAt(iTickets)
                  && SupportSpike.strength(row.getInt(iTickets), bought, sales.supportReference())
                      > 0,
              row.isNullAt(iDiscounted)
                  ? DiscountProfile.Kind.UNKNOWN
                  : DiscountProfile.of(bought, row.getInt(iDiscounted)).kind(),
              t.status(),
              bought >= 2,
              ltv,
              since / t.cycleDays(),
              SalesCalculator.averageCheck(ltv, bought) <= sales.lowCheck());
      Rule rule = rules.firstMatch(view);
      List<Channel> channels =
          SalesCalculator.channels(
              rule, !row.getList(iPhones).isEmpty(), !row.getList(iEmails).isEmpty());
      values[k++] = stake;
      values[k++] = saved;
      values[k++] = CallValue.firstTier(t.status(), level);
      values[k++] = rule.key();
      values[k++] = channels.get(0).name();
      values[k++] = channels.get(1).name();
      values[k] = rule.tone().name();
      out.add(RowFactory.create(values));
    }
    return out;
  }

  /**
   * Adds the columns that need the whole population's scores ({@link #PLANNED}) to one partition of
   * scored rows: the priority from the first tier's levels, the priority score on the largest
   * expected money saved, and the contact deadline, by core's {@link SalesCalculator}.
   *
   * @param rows scored rows of {@link #SCHEMA}
   * @param levels the first tier's priority levels ({@link Population#priorities})
   * @return rows of {@link #PLANNED}, in order
   */
  public Iterator<Row> plan(Iterator<Row> rows, Population.PriorityLevels levels) {
    SalesOptions o = SalesOptions.defaults();
    int iFirst = SCHEMA.fieldIndex("first_tier");
    int iSaved = SCHEMA.fieldIndex("money_saved");
    int iCycle = SCHEMA.fieldIndex("personal_cycle");
    int iSince = SCHEMA.fieldIndex("days_since_last");
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        Row row = rows.next();
        boolean first = row.getBoolean(iFirst);
        double saved = row.getDouble(iSaved);
        Priority p = levels.of(first, saved);
        PurchaseTiming t = timing(row, iCycle, iSince);
        double window = Math.max(timingMinWindowDays, timingWindowFraction * t.cycleDays());
        Object[] values = new Object[row.size() + 3];
        for (int k = 0; k < row.size(); k++) {
          values[k] = row.get(k);
        }
        values[row.size()] = p.name();
        values[row.size() + 1] = SalesCalculator.priorityScore(saved, levels.largestSaved());
        values[row.size() + 2] = SalesCalculator.deadlineDays(o.deadlineDays(p), t, first, window);
        return RowFactory.create(values);
      }
    };
  }

  /**
   * The purchase timing of a customer row: its personal cycle (null for a one-time buyer) and
   * pause.
   */
  private PurchaseTiming timing(Row row, int iCycle, int iSince) {
    return PurchaseTiming.of(
        row.isNullAt(iCycle) ? OptionalDouble.empty() : OptionalDouble.of(row.getDouble(iCycle)),
        populationCycle,
        row.getInt(iSince),
        asOf,
        timingWindowFraction,
        timingMinWindowDays);
  }
}
