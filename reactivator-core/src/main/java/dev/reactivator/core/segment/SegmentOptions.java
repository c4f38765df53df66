package dev.reactivator.core.segment;

import dev.reactivator.core.segment.abc.AbcOptions;
import dev.reactivator.core.segment.analytics.AnalyticsOptions;
import dev.reactivator.core.segment.cohort.CohortOptions;
import dev.reactivator.core.segment.finance.LtvCacOptions;
import dev.reactivator.core.segment.finance.RoiInputs;
import dev.reactivator.core.segment.nbp.AssociationRuleOptions;
import dev.reactivator.core.segment.nbp.NextBestProductOptions;
import dev.reactivator.core.segment.overview.OverviewOptions;
import dev.reactivator.core.segment.sales.SalesOptions;
import dev.reactivator.core.segment.whales.WhaleOptions;
import java.util.Objects;

/**
 * Every option of the {@code segment()} stage, one record per widget; {@link #defaults()} holds the
 * documented defaults (the seed's CAC of 3 000 ₽, ABC 80/15/5, 12 cohort months …).
 *
 * <p>Immutable and thread-safe.
 *
 * @param overview the overview tab's options
 * @param analytics the score-based analytics options
 * @param whales the sleeping-whales radar's options
 * @param sales the channel, tone and priority rules
 * @param abc the ABC shares
 * @param cohorts the cohort tables' length
 * @param ltvCac the CAC line and months of the LTV-vs-CAC curve
 * @param associationRules the association-rule thresholds
 * @param nextBestProduct the next-best-product options
 * @param roiCostPerTouch the ROI simulator's default cost per touch (the seed's call: 100 ₽)
 * @param roiConversion the ROI simulator's default conversion (the seed's 3.5 %)
 * @param roiOfferCost the ROI simulator's default offer cost per converted client (0: a service
 *     call)
 */
public record SegmentOptions(
    OverviewOptions overview,
    AnalyticsOptions analytics,
    WhaleOptions whales,
    SalesOptions sales,
    AbcOptions abc,
    CohortOptions cohorts,
    LtvCacOptions ltvCac,
    AssociationRuleOptions associationRules,
    NextBestProductOptions nextBestProduct,
    double roiCostPerTouch,
    double roiConversion,
    double roiOfferCost) {

  /**
   * Checks every component, naming the bad one.
   *
   * @param overview the overview tab's options
   * @param analytics the score-based analytics options
   * @param whales the sleeping-whales radar's options
   * @param sales the channel, tone and priority rules
   * @param abc the ABC shares
   * @param cohorts the cohort tables' length
   * @param ltvCac the CAC line and months of the LTV-vs-CAC curve
   * @param associationRules the association-rule thresholds
   * @param nextBestProduct the next-best-product options
   * @param roiCostPerTouch the ROI simulator's default cost per touch (the seed's call: 100 ₽)
   * @param roiConversion the ROI simulator's default conversion (the seed's 3.5 %)
   * @param roiOfferCost the ROI simulator's default offer cost per converted client (0: a service
   *     call)
   * @throws IllegalArgumentException when an ROI default is negative or infinite, or the conversion
   *     is outside 0–1
   */
  public SegmentOptions {
    Objects.requireNonNull(overview, "overview");
    Objects.requireNonNull(analytics, "analytics");
    Objects.requireNonNull(whales, "whales");
    Objects.requireNonNull(sales, "sales");
    Objects.requireNonNull(abc, "abc");
    Objects.requireNonNull(cohorts, "cohorts");
    Objects.requireNonNull(ltvCac, "ltvCac");
    Objects.requireNonNull(associationRules, "associationRules");
    Objects.requireNonNull(nextBestProduct, "nextBestProduct");
    if (!(roiCostPerTouch >= 0) || Double.isInfinite(roiCostPerTouch)) {
      throw new IllegalArgumentException(
          "roiCostPerTouch must be a finite number >= 0, was " + roiCostPerTouch);
    }
    if (!(roiConversion >= 0 && roiConversion <= 1)) {
      throw new IllegalArgumentException("roiConversion must be in [0, 1], was " + roiConversion);
    }
    if (!(roiOfferCost >= 0) || Double.isInfinite(roiOfferCost)) {
      throw new IllegalArgumentException(
          "roiOfferCost must be a finite number >= 0, was " + roiOfferCost);
    }
  }

  /**
   * The defaults of every widget.
   *
   * @return the defaults of every widget
   */
  public static SegmentOptions defaults() {
    return new SegmentOptions(
        OverviewOptions.defaults(),
        AnalyticsOptions.defaults(),
        WhaleOptions.defaults(),
        SalesOptions.defaults(),
        AbcOptions.defaults(),
        CohortOptions.defaults(),
        LtvCacOptions.defaults(),
        AssociationRuleOptions.defaults(),
        NextBestProductOptions.defaults(),
        RoiInputs.CALL_COST,
        RoiInputs.CONVERSION,
        0.0);
  }

  /**
   * A copy with another acquisition cost (CAC), used by the LTV-vs-CAC curve and the ROI simulator.
   *
   * @param cac the acquisition cost of a new customer in the base's currency, not negative
   * @return a copy with another acquisition cost (CAC), used by the LTV-vs-CAC curve and the ROI
   *     simulator
   */
  public SegmentOptions withCac(double cac) {
    return new SegmentOptions(
        overview,
        analytics,
        whales,
        sales,
        abc,
        cohorts,
        new LtvCacOptions(cac, ltvCac.months()),
        associationRules,
        nextBestProduct,
        roiCostPerTouch,
        roiConversion,
        roiOfferCost);
  }

  /**
   * A copy with other channel, tone and priority rules.
   *
   * @param salesOptions the channel, tone and priority rules and the call-list limit
   * @return a copy with other channel, tone and priority rules
   */
  public SegmentOptions withSales(SalesOptions salesOptions) {
    return new SegmentOptions(
        overview,
        analytics,
        whales,
        salesOptions,
        abc,
        cohorts,
        ltvCac,
        associationRules,
        nextBestProduct,
        roiCostPerTouch,
        roiConversion,
        roiOfferCost);
  }

  /**
   * A copy with other ROI simulator defaults.
   *
   * @param costPerTouch the cost of one contact in the base's currency, not negative
   * @param conversion the share of contacted customers who buy again, 0 to 1
   * @param offerCost the offer cost per converted customer in the base's currency, not negative
   * @return a copy with other ROI simulator defaults
   */
  public SegmentOptions withRoi(double costPerTouch, double conversion, double offerCost) {
    return new SegmentOptions(
        overview,
        analytics,
        whales,
        sales,
        abc,
        cohorts,
        ltvCac,
        associationRules,
        nextBestProduct,
        costPerTouch,
        conversion,
        offerCost);
  }
}
