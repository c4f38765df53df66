package dev.reactivator.core.segment;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.data.Field;
import dev.reactivator.core.model.FittedModels;
import dev.reactivator.core.score.DiscountProfile;
import dev.reactivator.core.score.ScoredBase;
import dev.reactivator.core.segment.abc.AbcResult;
import dev.reactivator.core.segment.abc.VipChurn;
import dev.reactivator.core.segment.analytics.AnalyticsCalculator;
import dev.reactivator.core.segment.analytics.ReasonShare;
import dev.reactivator.core.segment.analytics.ScoreAnalytics;
import dev.reactivator.core.segment.cohort.CohortTable;
import dev.reactivator.core.segment.cohort.RetentionFunnel;
import dev.reactivator.core.segment.drivers.ChurnDriver;
import dev.reactivator.core.segment.drivers.IndependenceTest;
import dev.reactivator.core.segment.drivers.LtvComparison;
import dev.reactivator.core.segment.drivers.RetentionDriver;
import dev.reactivator.core.segment.drivers.RetentionDrivers;
import dev.reactivator.core.segment.finance.Finance;
import dev.reactivator.core.segment.finance.FinanceCalculator;
import dev.reactivator.core.segment.finance.LtvCacCurve;
import dev.reactivator.core.segment.finance.RoiResult;
import dev.reactivator.core.segment.finance.RoiSimulator;
import dev.reactivator.core.segment.internal.ScoreColumns;
import dev.reactivator.core.segment.lifecycle.CustomerLifecycle;
import dev.reactivator.core.segment.nbp.AssociationRules;
import dev.reactivator.core.segment.nbp.NextBestProduct;
import dev.reactivator.core.segment.nbp.NextBestProducts;
import dev.reactivator.core.segment.overview.ChurnScores;
import dev.reactivator.core.segment.overview.Overview;
import dev.reactivator.core.segment.overview.OverviewCalculator;
import dev.reactivator.core.segment.rfm.RfmResult;
import dev.reactivator.core.segment.sales.CallGroup;
import dev.reactivator.core.segment.sales.SalesCalculator;
import dev.reactivator.core.segment.sales.SalesPlan;
import dev.reactivator.core.segment.whales.SleepingWhales;
import dev.reactivator.core.segment.whales.WhaleCalculator;
import dev.reactivator.core.segment.widget.Absence;
import dev.reactivator.core.segment.widget.CustomerGroup;
import dev.reactivator.core.segment.widget.IntList;
import dev.reactivator.core.spi.ProgressListener;
import dev.reactivator.core.spi.Stage;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * Everything the seed's six dashboard tabs show, for one scored base: the result of {@code
 * Reactivator.load(file).asOf(date).score().segment()}. Immutable; renderers and the narrator read
 * only this. Widgets whose optional input column is missing are absent (an empty {@link Optional},
 * or an absent part inside a widget), never zero-filled, and {@link #absences()} says which and
 * why. Every metric is defined in {@code docs/metrics.md}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param scored the scored base: per-customer scores, contacts and purchases
 * @param options the options the widgets were computed with
 * @param overview "Обзор": health index, risk shares, revenue at risk, top customers to save, NRR
 * @param finance "Финансы": the revenue waterfall and the discount-harm analyser
 * @param ltvVsCac "Финансы": cohort LTV against the CAC line with the payback month
 * @param roi "Финансы": the ROI simulator at the options' defaults over the customers at risk (HIGH
 *     and CRITICAL); absent when nobody is at risk
 * @param funnel "Аналитика": the retention funnel 1st → 2nd → 3+ purchase
 * @param scoreAnalytics "Аналитика": the churn-reasons radar and the T2NP distribution
 * @param cohorts "Аналитика": retention by month of first purchase
 * @param productCohorts "Аналитика": product-led retention, by first product
 * @param abc "Точки роста": ABC classes by revenue
 * @param vipAtRisk "Точки роста": the VIP monitor — ABC class A customers at HIGH or CRITICAL risk,
 *     highest churn probability first (key {@code vip-at-risk})
 * @param vipChurn "Точки роста": the VIP churn by month — for each of the last 12 calendar months,
 *     the class A customers whose pause passed twice their cycle in it and the money they carried;
 *     absent without purchase dates ({@code vip-churn} in {@link #absences()})
 * @param whales "Точки роста": sleeping whales, cooling and active top spenders
 * @param rfm "Точки роста": RFM scores, the seed's four segments and the eleven-segment map
 * @param nextBestProducts "Точки роста": the next-best-product matrix and per-customer products
 * @param associationRules "Точки роста": product pairs with support, confidence and lift
 * @param categories the by-category views of the product-led cohorts, the next-best-product matrix
 *     and the rules; absent (key {@code category}) when no product has a category
 * @param sales "Менеджеру продаж": channels, tones, forecast, priorities and the call list
 * @param drivers statistical tests of retention drivers
 * @param lifecycle "Аналитика"/"Точки роста": lifecycle stages, renewal shares, distinct products,
 *     ARPU and its growth, the upsell share of revenue and the early-warning triggers
 * @param absences every widget or part that is absent, and why
 */
public record Analysis(
    ScoredBase scored,
    SegmentOptions options,
    Overview overview,
    Finance finance,
    LtvCacCurve ltvVsCac,
    Optional<RoiResult> roi,
    RetentionFunnel funnel,
    ScoreAnalytics scoreAnalytics,
    CohortTable cohorts,
    CohortTable productCohorts,
    AbcResult abc,
    CustomerGroup vipAtRisk,
    Optional<VipChurn> vipChurn,
    SleepingWhales whales,
    RfmResult rfm,
    NextBestProducts nextBestProducts,
    AssociationRules associationRules,
    Optional<CategoryViews> categories,
    SalesPlan sales,
    List<RetentionDriver> drivers,
    CustomerLifecycle lifecycle,
    List<Absence> absences) {

  /**
   * Checks every component and copies the lists.
   *
   * @param scored the scored base: per-customer scores, contacts and purchases
   * @param options the options the widgets were computed with
   * @param overview "Обзор": health index, risk shares, revenue at risk, top customers to save, NRR
   * @param finance "Финансы": the revenue waterfall and the discount-harm analyser
   * @param ltvVsCac "Финансы": cohort LTV against the CAC line with the payback month
   * @param roi "Финансы": the ROI simulator at the options' defaults over the customers at risk
   *     (HIGH and CRITICAL); absent when nobody is at risk
   * @param funnel "Аналитика": the retention funnel 1st → 2nd → 3+ purchase
   * @param scoreAnalytics "Аналитика": the churn-reasons radar and the T2NP distribution
   * @param cohorts "Аналитика": retention by month of first purchase
   * @param productCohorts "Аналитика": product-led retention, by first product
   * @param abc "Точки роста": ABC classes by revenue
   * @param vipAtRisk "Точки роста": the VIP monitor — ABC class A customers at HIGH or CRITICAL
   *     risk, highest churn probability first (key {@code vip-at-risk})
   * @param vipChurn "Точки роста": the VIP churn by month — for each of the last 12 calendar
   *     months, the class A customers whose pause passed twice their cycle in it and the money they
   *     carried; absent without purchase dates ({@code vip-churn} in {@link #absences()})
   * @param whales "Точки роста": sleeping whales, cooling and active top spenders
   * @param rfm "Точки роста": RFM scores, the seed's four segments and the eleven-segment map
   * @param nextBestProducts "Точки роста": the next-best-product matrix and per-customer products
   * @param associationRules "Точки роста": product pairs with support, confidence and lift
   * @param categories the by-category views of the product-led cohorts, the next-best-product
   *     matrix and the rules; absent (key {@code category}) when no product has a category
   * @param sales "Менеджеру продаж": channels, tones, forecast, priorities and the call list
   * @param drivers statistical tests of retention drivers
   * @param lifecycle lifecycle stages, renewal shares, distinct products, ARPU and its growth, the
   *     upsell share of revenue and the early-warning triggers
   * @param absences every widget or part that is absent, and why
   */
  public Analysis {
    Objects.requireNonNull(scored, "scored");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(overview, "overview");
    Objects.requireNonNull(finance, "finance");
    Objects.requireNonNull(ltvVsCac, "ltvVsCac");
    Objects.requireNonNull(roi, "roi");
    Objects.requireNonNull(funnel, "funnel");
    Objects.requireNonNull(scoreAnalytics, "scoreAnalytics");
    Objects.requireNonNull(cohorts, "cohorts");
    Objects.requireNonNull(productCohorts, "productCohorts");
    Objects.requireNonNull(abc, "abc");
    Objects.requireNonNull(vipAtRisk, "vipAtRisk");
    Objects.requireNonNull(vipChurn, "vipChurn");
    Objects.requireNonNull(whales, "whales");
    Objects.requireNonNull(rfm, "rfm");
    Objects.requireNonNull(nextBestProducts, "nextBestProducts");
    Objects.requireNonNull(associationRules, "associationRules");
    Objects.requireNonNull(categories, "categories");
    Objects.requireNonNull(sales, "sales");
    drivers = List.copyOf(drivers);
    Objects.requireNonNull(lifecycle, "lifecycle");
    absences = List.copyOf(absences);
  }

  /**
   * The customer base the analysis is about.
   *
   * @return the customer base the analysis is about
   */
  public CustomerBase base() {
    return scored.base();
  }

  /**
   * Whether the widget or part with stable key {@code widget} is absent (see {@link
   * Absence#widget()}).
   *
   * @param widget the stable key of a widget or part, such as {@code cohorts}; unknown keys are not
   *     absent
   * @return whether the widget or part with stable key {@code widget} is absent (see {@link
   *     Absence#widget()})
   */
  public boolean isAbsent(String widget) {
    Objects.requireNonNull(widget, "widget");
    return absences.stream().anyMatch(a -> a.widget().equals(widget));
  }

  /**
   * The churn reasons' shares of the radar among the customers at risk, largest first.
   *
   * @return the shares ({@link ReasonShare#of})
   */
  public List<ReasonShare> reasonShares() {
    return ReasonShare.of(scoreAnalytics.radar(), scored);
  }

  /**
   * Every customer's Churn Score (churn probability, pause anomaly and value at stake on 0–100),
   * the one definition the final CSV, {@code analysis.json} and the dashboard show. Computed on
   * each call: keep the returned value.
   *
   * @return the scores ({@link ChurnScores#of})
   */
  public ChurnScores churnScores() {
    return ChurnScores.of(scored);
  }

  /**
   * The retention drivers that go with significantly more churn, largest gap first; absent drivers
   * ({@code driver:<key>} in {@link #absences()}) are left out.
   *
   * @return the significant churn drivers ({@link ChurnDriver#significant})
   */
  public List<ChurnDriver> churnDrivers() {
    return ChurnDriver.significant(drivers, d -> isAbsent("driver:" + d.key()));
  }

  /**
   * Every exportable group of customers, in a stable order: the widget keys are {@code risk} (churn
   * buckets), {@code structure} (risk structure), {@code vip} (VIP at risk), {@code abc}, {@code
   * whales}, {@code rfm} (four segments), {@code rfm-map} (eleven segments), {@code funnel}, {@code
   * t2np}, {@code cohort}, {@code product-cohort}, {@code channel}, {@code tone}, {@code forecast},
   * {@code priority}, and with the discounted-purchases column {@code discount} (the four discount
   * profiles: {@code sensitive}, {@code occasional}, {@code full-price}, {@code unknown}), with
   * purchase dates {@code lifecycle} (the five stages: {@code onboarding}, {@code adoption}, {@code
   * expansion}, {@code renewal}, {@code at-risk}), and {@code early-warning} (one group per trigger
   * whose data the input has: {@code pause-beyond-cycle}, {@code frequency-drop}, {@code
   * check-drop}, {@code complaints}, {@code support-spike}); empty groups included. The report's
   * segment files are these groups.
   *
   * @return every group, in that order
   */
  public List<SegmentGroup> segmentGroups() {
    return SegmentGroups.of(this);
  }

  /**
   * Every customer's result, with look-ups by CRM id, phone and e-mail and an iterator in call-list
   * order. Builds its look-up tables each time it is called: keep the returned value for many
   * look-ups.
   *
   * @return every customer's result
   */
  public CustomerResults customers() {
    return new CustomerResults(this);
  }

  /**
   * The customer whose CRM customer id is {@code crmId}: everything {@code analysis.json} has for
   * it. For many look-ups use {@link #customers()} once.
   *
   * @param crmId the CRM's customer id
   * @return the customer's result, or empty when no customer has that id
   */
  public Optional<CustomerResult> customer(String crmId) {
    Objects.requireNonNull(crmId, "crmId");
    String id = crmId.strip();
    CustomerBase base = base();
    for (int c = 0; c < base.size(); c++) {
      if (base.customerIds(c).contains(id)) {
        return Optional.of(customers().get(c));
      }
    }
    return Optional.empty();
  }

  /**
   * The call list grouped by (RFM seed segment, tone, first channel), largest first.
   *
   * @return the groups ({@link CallGroup#of})
   */
  public List<CallGroup> callGroups() {
    return CallGroup.of(sales.callList(), c -> rfm.seedSegment(c).key());
  }

  /** How many products, by number of buyers, get a retention-driver test. */
  static final int DRIVER_PRODUCTS = 5;

  /**
   * Computes every widget of {@code scored} with the default options, reporting no progress.
   *
   * @param scored the scored base
   * @return the analysis
   */
  public static Analysis of(ScoredBase scored) {
    return of(scored, SegmentOptions.defaults(), ProgressListener.none());
  }

  /**
   * Computes every widget of {@code scored} with {@code options}, reporting no progress.
   *
   * @param scored the scored base
   * @param options the widgets' options
   * @return the analysis
   */
  public static Analysis of(ScoredBase scored, SegmentOptions options) {
    return of(scored, options, ProgressListener.none());
  }

  /**
   * Computes every widget of {@code scored}. The fluent way is {@code
   * Reactivator.load(source).asOf(date).score().segment(options)}.
   *
   * @param scored the scored base
   * @param options the widgets' options
   * @param progress receives {@link Stage#SEGMENTING} progress, ending with 1.0
   * @return the analysis: every widget, each present or recorded as absent with its reason
   */
  public static Analysis of(ScoredBase scored, SegmentOptions options, ProgressListener progress) {
    Objects.requireNonNull(scored, "scored");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(progress, "progress");
    CustomerBase base = scored.base();
    List<Absence> absences = new ArrayList<>();
    progress.onProgress(Stage.SEGMENTING, 0.0);

    CustomerInsights insights = CustomerInsights.of(base, scored.features());
    // the score columns are read once and shared by the calculators (they only read them): the
    // column cache holds them weakly, this reference keeps them for the whole segmentation
    ScoreColumns columns = ScoreColumns.of(scored);
    Overview overview = OverviewCalculator.compute(scored, options.overview());
    Optional<RoiResult> roi =
        RoiSimulator.campaign(
            scored,
            options.roiCostPerTouch(),
            options.roiConversion(),
            options.roiOfferCost(),
            options.ltvCac().cac());
    Finance finance = FinanceCalculator.compute(scored, roi);
    absences.addAll(finance.absences());
    progress.onProgress(Stage.SEGMENTING, 0.15);

    LtvCacCurve ltvVsCac = insights.ltvVsCac(options.ltvCac());
    RetentionFunnel funnel = insights.retentionFunnel();
    ScoreAnalytics scoreAnalytics = AnalyticsCalculator.compute(scored, options.analytics());
    absences.addAll(scoreAnalytics.absences());
    CohortTable cohorts = insights.cohortsByFirstMonth(options.cohorts());
    CohortTable productCohorts = insights.cohortsByFirstProduct(options.cohorts());
    progress.onProgress(Stage.SEGMENTING, 0.35);

    AbcResult abc = insights.abc(options.abc());
    IntList classA = abc.groups().get(0).customers();
    CustomerGroup vipAtRisk = vipAtRisk(scored, classA);
    Optional<VipChurn> vipChurn = Optional.empty();
    if (base.has(Field.PURCHASE_DATE)) {
      vipChurn = Optional.of(VipChurn.of(scored, classA));
    } else {
      absences.add(Absence.of("vip-churn", Field.PURCHASE_DATE));
    }
    SleepingWhales whales = WhaleCalculator.compute(scored, options.whales());
    RfmResult rfm = insights.rfm();
    progress.onProgress(Stage.SEGMENTING, 0.5);

    NextBestProducts nbp =
        insights.nextBestProducts(
            options.nextBestProduct(), scored.model().flatMap(FittedModels::nextPurchase));
    AssociationRules rules = insights.associationRules(options.associationRules());
    Optional<CategoryViews> categories =
        insights.categories(
            options.cohorts(), options.nextBestProduct(), options.associationRules());
    if (categories.isEmpty()) {
      absences.add(
          new Absence(
              "category",
              Optional.of(Field.CATEGORY),
              "no product has a category: add a category column (Категория, Category) or a"
                  + " product;category map (--categories) for the by-category cohorts, matrix and"
                  + " rules"));
    }
    progress.onProgress(Stage.SEGMENTING, 0.7);

    boolean[] vip = new boolean[base.size()];
    for (int i = 0; i < classA.size(); i++) {
      vip[classA.getInt(i)] = true;
    }
    SalesPlan sales =
        SalesCalculator.compute(
            scored,
            options.sales(),
            Optional.of(c -> vip[c]),
            c -> nbp.recommendations().get(c).map(NextBestProduct::productName));
    absences.addAll(sales.absences());
    progress.onProgress(Stage.SEGMENTING, 0.85);

    if (roi.isEmpty()) {
      absences.add(
          new Absence(
              "roi",
              Optional.empty(),
              "no customer is at HIGH or CRITICAL risk, so there is nobody to reactivate"));
    }
    CustomerLifecycle lifecycle = CustomerLifecycle.of(scored);
    absences.addAll(lifecycle.absences());
    List<RetentionDriver> drivers = drivers(scored, lifecycle, absences);
    Reference.reachabilityFence(columns);
    progress.onProgress(Stage.SEGMENTING, 1.0);
    return new Analysis(
        scored,
        options,
        overview,
        finance,
        ltvVsCac,
        roi,
        funnel,
        scoreAnalytics,
        cohorts,
        productCohorts,
        abc,
        vipAtRisk,
        vipChurn,
        whales,
        rfm,
        nbp,
        rules,
        categories,
        sales,
        drivers,
        lifecycle,
        dedupe(absences));
  }

  private static CustomerGroup vipAtRisk(ScoredBase scored, IntList classA) {
    int[] members =
        classA
            .intStream()
            .filter(c -> scored.riskLevel(c).atLeastHigh())
            .boxed()
            .sorted(
                (x, y) -> {
                  int byChurn =
                      Double.compare(scored.churnProbability(y), scored.churnProbability(x));
                  return byChurn != 0 ? byChurn : Integer.compare(x, y);
                })
            .mapToInt(Integer::intValue)
            .toArray();
    return new CustomerGroup("vip-at-risk", IntStream.of(members).boxed().toList());
  }

  private static List<RetentionDriver> drivers(
      ScoredBase scored, CustomerLifecycle lifecycle, List<Absence> absences) {
    CustomerBase base = scored.base();
    // the outcome and the values compared are the same for every driver: computed once
    boolean[] churned = new boolean[base.size()];
    double[] spent = new double[base.size()];
    for (int c = 0; c < churned.length; c++) {
      churned[c] = scored.riskLevel(c).atLeastHigh();
      spent[c] = scored.features().totalSpent(c);
    }
    List<RetentionDriver> out = new ArrayList<>();
    if (base.has(Field.COMPLAINTS)) {
      out.add(driver(scored, "complaints", c -> base.complaints(c).orElse(0) > 0, churned, spent));
    } else {
      absences.add(Absence.of("driver:complaints", Field.COMPLAINTS));
    }
    if (base.has(Field.TICKETS)) {
      out.add(
          driver(scored, "support-tickets", c -> base.tickets(c).orElse(0) > 0, churned, spent));
    } else {
      absences.add(Absence.of("driver:support-tickets", Field.TICKETS));
    }
    if (base.has(Field.DISCOUNTED_PURCHASES)) {
      out.add(
          driver(
              scored,
              "discount-sensitive",
              c -> scored.discountProfile(c).kind() == DiscountProfile.Kind.SENSITIVE,
              churned,
              spent));
    } else {
      absences.add(Absence.of("driver:discount-sensitive", Field.DISCOUNTED_PURCHASES));
    }
    // without purchase dates the lifecycle records the absence of driver:renewal-share
    if (lifecycle.hasStages()) {
      out.add(driver(scored, "renewal-share", lifecycle::renews, churned, spent));
    }
    out.add(
        driver(
            scored, "distinct-products", c -> lifecycle.distinctProducts(c) >= 2, churned, spent));
    if (base.productCount() >= 2) {
      int[] buyers = new int[base.productCount()];
      boolean[] seen = new boolean[base.productCount()];
      for (int c = 0; c < base.size(); c++) {
        int k = base.lineCount(c);
        for (int i = 0; i < k; i++) {
          int p = base.lineProduct(c, i);
          if (!seen[p]) {
            seen[p] = true;
            buyers[p]++;
          }
        }
        for (int i = 0; i < k; i++) {
          seen[base.lineProduct(c, i)] = false;
        }
      }
      IntStream.range(0, buyers.length)
          .boxed()
          .sorted(
              (x, y) ->
                  buyers[x] != buyers[y]
                      ? Integer.compare(buyers[y], buyers[x])
                      : base.productName(x).compareTo(base.productName(y)))
          .limit(DRIVER_PRODUCTS)
          .forEach(
              p ->
                  out.add(
                      driver(
                          scored,
                          "product:" + base.productName(p),
                          RetentionDrivers.boughtProduct(base, p),
                          churned,
                          spent)));
    }
    return out;
  }

  private static RetentionDriver driver(
      ScoredBase scored, String key, IntPredicate feature, boolean[] churned, double[] spent) {
    // the feature is evaluated once per customer into flags; the group is an int-backed list
    int n = scored.base().size();
    boolean[] flags = new boolean[n];
    IntList.Builder members = new IntList.Builder();
    for (int c = 0; c < n; c++) {
      if (feature.test(c)) {
        flags[c] = true;
        members.add(c);
      }
    }
    List<Absence> why = new ArrayList<>(2);
    Optional<LtvComparison> ltv =
        RetentionDrivers.compare(
            spent, flags, reason -> why.add(untested(RetentionDriver.widget(key, "ltv"), reason)));
    Optional<IndependenceTest> churn =
        RetentionDrivers.independence(
            flags,
            churned,
            reason -> why.add(untested(RetentionDriver.widget(key, "churn"), reason)));
    return new RetentionDriver(key, new CustomerGroup(key, members.build()), ltv, churn, why);
  }

  private static Absence untested(String widget, String reason) {
    return new Absence(widget, Optional.empty(), reason);
  }

  private static List<Absence> dedupe(List<Absence> absences) {
    List<Absence> out = new ArrayList<>();
    for (Absence a : absences) {
      if (out.stream().noneMatch(b -> b.widget().equals(a.widget()))) {
        out.add(a);
      }
    }
    return out;
  }
}
