package dev.reactivator.core.segment;

import dev.reactivator.core.base.CustomerProfile;
import dev.reactivator.core.score.CustomerScore;
import dev.reactivator.core.segment.nbp.NextBestProduct;
import dev.reactivator.core.segment.nbp.ProductProposal;
import dev.reactivator.core.segment.sales.CallListRow;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Everything an {@link Analysis} says about one customer, as {@code analysis.json}'s {@code
 * customers[]} entry has it: who (contacts, CRM ids, purchases), the scores with their reasons,
 * timing, anomaly and discount profile, the RFM scores and segments, the ABC class, the next best
 * product, the call-list row (priority, channels, tone, forecast, rule) and every exportable group
 * the customer belongs to. Texts (the call-list explanation, the messages) are words of the report
 * layer: {@code dev.reactivator.report.CustomerTexts} makes them from this record. Immutable and
 * thread-safe. Found by {@link Analysis#customer(String)}, {@link CustomerResults#byPhone} and the
 * like.
 *
 * @param index the customer's index in the base
 * @param profile the customer: pseudonym, name, phones, e-mails, CRM ids, purchases, counts
 * @param score the scores: P(alive), churn, risk level, return probability, CLV, timing, anomaly,
 *     discount profile and reasons
 * @param churnScore the Churn Score, 0–100 ({@link Analysis#churnScores()})
 * @param refunds the refund and cancellation rows linked to the customer
 * @param refundAmount their total, a positive sum
 * @param rfm the customer's RFM scores and segments
 * @param abcClass the ABC group's key ({@code abc-a}, {@code abc-b}, {@code abc-c}), when the
 *     customer has one
 * @param nextBestProduct the product to offer next, when there is one
 * @param lifecycle the customer's lifecycle stage, renewal share, distinct products and
 *     early-warning triggers ({@link Analysis#lifecycle()})
 * @param nextPurchase the most likely next purchase, which may be a repurchase, when the base has
 *     purchase dates and repeat purchases
 * @param crossSell the most likely next product the customer does not own, on the same condition
 * @param callListRow the customer's call-list row, when the customer is on the call list
 * @param segments the keys ({@link SegmentGroup#key()}) of every group of {@link
 *     Analysis#segmentGroups()} the customer belongs to, in that list's order
 */
public record CustomerResult(
    int index,
    CustomerProfile profile,
    CustomerScore score,
    int churnScore,
    int refunds,
    double refundAmount,
    Rfm rfm,
    Optional<String> abcClass,
    Optional<NextBestProduct> nextBestProduct,
    Lifecycle lifecycle,
    Optional<ProductProposal> nextPurchase,
    Optional<ProductProposal> crossSell,
    Optional<CallListRow> callListRow,
    List<String> segments) {

  /**
   * Checks the components and copies the list.
   *
   * @param index the customer's index in the base
   * @param profile the customer
   * @param score the scores
   * @param churnScore the Churn Score, 0–100
   * @param refunds the refund rows linked to the customer
   * @param refundAmount their total
   * @param rfm the RFM scores and segments
   * @param abcClass the ABC class, when the customer has one
   * @param nextBestProduct the product to offer next, when there is one
   * @param nextPurchase the most likely next purchase, which may be a repurchase
   * @param crossSell the most likely next product the customer does not own
   * @param callListRow the call-list row, when the customer is on the call list
   * @param segments the keys of the groups the customer belongs to
   * @throws NullPointerException if a component is null
   */
  public CustomerResult {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(rfm, "rfm");
    Objects.requireNonNull(abcClass, "abcClass");
    Objects.requireNonNull(nextBestProduct, "nextBestProduct");
    Objects.requireNonNull(lifecycle, "lifecycle");
    Objects.requireNonNull(nextPurchase, "nextPurchase");
    Objects.requireNonNull(crossSell, "crossSell");
    Objects.requireNonNull(callListRow, "callListRow");
    segments = List.copyOf(segments);
  }

  /**
   * A customer's RFM scores and segments (see {@code docs/metrics.md}). Immutable.
   *
   * @param recencyDays days from the last purchase to the analysis date
   * @param r the recency score, 1–5 (5 = most recent)
   * @param f the frequency score, 1–5
   * @param m the monetary score, 1–5
   * @param code the three-digit code, such as {@code "545"}
   * @param segment the key of the seed's four-segment RFM segment
   * @param mapSegment the key of the eleven-segment RFM map segment
   */
  public record Rfm(
      int recencyDays, int r, int f, int m, String code, String segment, String mapSegment) {

    /**
     * Checks the components.
     *
     * @param recencyDays days from the last purchase to the analysis date
     * @param r the recency score
     * @param f the frequency score
     * @param m the monetary score
     * @param code the three-digit code
     * @param segment the seed segment's key
     * @param mapSegment the map segment's key
     * @throws NullPointerException if a key is null
     */
    public Rfm {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(segment, "segment");
      Objects.requireNonNull(mapSegment, "mapSegment");
    }
  }

  /**
   * The customer's part of {@link Analysis#lifecycle()}, as {@code analysis.json}'s {@code
   * customers[].lifecycle}.
   *
   * @param stage the lifecycle stage's key ({@code onboarding}, {@code adoption}, {@code
   *     expansion}, {@code renewal}, {@code at-risk}); empty without purchase dates
   * @param renewalShare occasions repeating a product bought before, over all occasions; empty
   *     without purchase dates
   * @param distinctProducts the number of different products bought
   * @param earlyWarnings the keys of the early-warning triggers that fire, possibly none
   */
  public record Lifecycle(
      Optional<String> stage,
      OptionalDouble renewalShare,
      int distinctProducts,
      List<String> earlyWarnings) {
    /**
     * Checks the components and copies the list.
     *
     * @param stage the lifecycle stage's key, empty without purchase dates
     * @param renewalShare the renewal share, empty without purchase dates
     * @param distinctProducts the number of different products bought
     * @param earlyWarnings the keys of the triggers that fire
     */
    public Lifecycle {
      Objects.requireNonNull(stage, "stage");
      Objects.requireNonNull(renewalShare, "renewalShare");
      earlyWarnings = List.copyOf(earlyWarnings);
    }
  }
}
