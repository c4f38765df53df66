package dev.reactivator.core.segment;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.features.CustomerFeatures;
import dev.reactivator.core.model.NextPurchaseModel;
import dev.reactivator.core.segment.abc.AbcAnalysis;
import dev.reactivator.core.segment.abc.AbcOptions;
import dev.reactivator.core.segment.abc.AbcResult;
import dev.reactivator.core.segment.cohort.CohortAnalysis;
import dev.reactivator.core.segment.cohort.CohortOptions;
import dev.reactivator.core.segment.cohort.CohortTable;
import dev.reactivator.core.segment.cohort.RetentionFunnel;
import dev.reactivator.core.segment.cohort.RetentionFunnelAnalysis;
import dev.reactivator.core.segment.finance.LtvCacAnalysis;
import dev.reactivator.core.segment.finance.LtvCacCurve;
import dev.reactivator.core.segment.finance.LtvCacOptions;
import dev.reactivator.core.segment.internal.CategoryColumns;
import dev.reactivator.core.segment.internal.PurchaseColumns;
import dev.reactivator.core.segment.nbp.AssociationRuleMiner;
import dev.reactivator.core.segment.nbp.AssociationRuleOptions;
import dev.reactivator.core.segment.nbp.AssociationRules;
import dev.reactivator.core.segment.nbp.NextBestProductAnalysis;
import dev.reactivator.core.segment.nbp.NextBestProductOptions;
import dev.reactivator.core.segment.nbp.NextBestProducts;
import dev.reactivator.core.segment.rfm.RfmAnalysis;
import dev.reactivator.core.segment.rfm.RfmResult;
import java.util.Objects;
import java.util.Optional;

/**
 * Every base-only insight of one {@link CustomerBase}, sharing the primitive columns read from the
 * base once (the static calculators such as {@link RfmAnalysis#compute(CustomerBase)} read them on
 * each call). Immutable and thread-safe; each method computes its widget on call.
 *
 * <pre>{@code
 * CustomerInsights insights = CustomerInsights.of(base);
 * RfmResult rfm = insights.rfm();
 * CohortTable cohorts = insights.cohortsByFirstMonth(CohortOptions.defaults());
 * }</pre>
 */
public final class CustomerInsights {
  private final CustomerBase base;
  // held so that every widget below reads this one copy (the column cache holds it weakly)
  private final PurchaseColumns columns;

  private CustomerInsights(CustomerBase base, PurchaseColumns columns) {
    this.base = base;
    this.columns = columns;
  }

  /**
   * Reads the columns of {@code base} once.
   *
   * @param base the loaded customer base
   * @return the insights of the base
   */
  public static CustomerInsights of(CustomerBase base) {
    Objects.requireNonNull(base, "base");
    return of(base, CustomerFeatures.of(base));
  }

  /**
   * Reads the purchases of {@code base} once, with the per-customer figures of its feature table.
   *
   * @param base the loaded customer base
   * @param features the features of {@code base}, computed once by the score stage
   * @return the insights of the base
   */
  public static CustomerInsights of(CustomerBase base, CustomerFeatures features) {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(features, "features");
    return new CustomerInsights(base, PurchaseColumns.of(base, features));
  }

  /**
   * The number of customers.
   *
   * @return the number of customers
   */
  public int size() {
    return columns.n;
  }

  /**
   * RFM scores and segments; see {@link RfmAnalysis}.
   *
   * @return every customer's RFM scores, code and segments
   */
  public RfmResult rfm() {
    return RfmAnalysis.compute(base);
  }

  /**
   * ABC classes; see {@link AbcAnalysis}.
   *
   * @param options the class thresholds, as cumulative revenue shares
   * @return every customer's ABC class by historical revenue
   */
  public AbcResult abc(AbcOptions options) {
    return AbcAnalysis.compute(base, Objects.requireNonNull(options, "options"));
  }

  /**
   * The retention funnel; see {@link RetentionFunnelAnalysis}.
   *
   * @return the retention funnel; see {@link RetentionFunnelAnalysis}
   */
  public RetentionFunnel retentionFunnel() {
    return RetentionFunnelAnalysis.compute(base);
  }

  /**
   * Cohort retention by month of first purchase; see {@link CohortAnalysis}.
   *
   * @param options the months to follow (M0 … Mn)
   * @return one row per month of first purchase, with the retained share by month since then
   */
  public CohortTable cohortsByFirstMonth(CohortOptions options) {
    return CohortAnalysis.byFirstMonth(base, Objects.requireNonNull(options, "options"));
  }

  /**
   * Product-led retention; see {@link CohortAnalysis}.
   *
   * @param options the months to follow (M0 … Mn)
   * @return one row per first product, with the retained share by month since the first purchase
   */
  public CohortTable cohortsByFirstProduct(CohortOptions options) {
    return CohortAnalysis.byFirstProduct(base, Objects.requireNonNull(options, "options"));
  }

  /**
   * Cohort LTV vs CAC; see {@link LtvCacAnalysis}.
   *
   * @param options the acquisition cost and the months to follow
   * @return the cumulative LTV per customer by month against CAC
   */
  public LtvCacCurve ltvVsCac(LtvCacOptions options) {
    return LtvCacAnalysis.compute(base, Objects.requireNonNull(options, "options"));
  }

  /**
   * Association rules; see {@link AssociationRuleMiner}.
   *
   * @param options the support, confidence, customer-count and rule-count thresholds
   * @return the rules that pass the thresholds, strongest first
   */
  public AssociationRules associationRules(AssociationRuleOptions options) {
    return AssociationRuleMiner.mine(base, Objects.requireNonNull(options, "options"));
  }

  /**
   * The by-category views: category-led retention, the category matrix and the category rules; see
   * {@link CategoryViews}.
   *
   * @param cohorts the months to follow
   * @param nextBestProduct the options of the product matrix
   * @param rules the rule thresholds
   * @return the views, or empty when no product has a category
   */
  public Optional<CategoryViews> categories(
      CohortOptions cohorts, NextBestProductOptions nextBestProduct, AssociationRuleOptions rules) {
    Objects.requireNonNull(cohorts, "cohorts");
    Objects.requireNonNull(nextBestProduct, "nextBestProduct");
    Objects.requireNonNull(rules, "rules");
    return CategoryColumns.of(base)
        .map(
            k ->
                new CategoryViews(
                    k.names(),
                    CohortAnalysis.byFirstCategory(base, cohorts).orElseThrow(),
                    NextBestProductAnalysis.categoryMatrix(base, nextBestProduct).orElseThrow(),
                    AssociationRuleMiner.mineCategories(base, rules).orElseThrow()));
  }

  /**
   * Next-best-product matrix and recommendations; see {@link NextBestProductAnalysis}.
   *
   * @param options the exclusion, successor-count and rule thresholds
   * @return the next-best-product matrix and each customer's recommendation
   */
  public NextBestProducts nextBestProducts(NextBestProductOptions options) {
    return NextBestProductAnalysis.compute(base, Objects.requireNonNull(options, "options"));
  }

  /**
   * Next-best-product matrix and recommendations with the next purchases from {@code saved}
   * transitions when present; see {@link NextBestProductAnalysis}.
   *
   * @param options the exclusion, successor-count and rule thresholds
   * @param saved transitions fitted before (the scoring models'), or empty to fit them here
   * @return the matrix and recommendations
   */
  public NextBestProducts nextBestProducts(
      NextBestProductOptions options, Optional<NextPurchaseModel> saved) {
    return NextBestProductAnalysis.compute(
        base, Objects.requireNonNull(options, "options"), Objects.requireNonNull(saved, "saved"));
  }
}
