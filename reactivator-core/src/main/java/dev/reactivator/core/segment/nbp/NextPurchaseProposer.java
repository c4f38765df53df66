package dev.reactivator.core.segment.nbp;

import dev.reactivator.core.model.NextPurchaseModel;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One customer's next purchase and cross-sell from a {@link NextPurchaseModel}, the customer given
 * by product names rather than as a row of a {@code CustomerBase}: the ranking the segment stage
 * runs for every customer of a base (same scores, ties to the smaller product id, same rules and
 * evidence), for callers that hold each customer's products elsewhere (the Spark job, one customer
 * at a time on its executors). Every product of the model can be proposed; a name the model does
 * not know is ignored. Product ids in the proposals are the model's.
 *
 * <p>Not thread-safe (scratch arrays): one per thread.
 */
public final class NextPurchaseProposer {
  private final NextPurchaseModel model;
  private final NextPurchaseRanker ranker;
  private final Map<String, Integer> ids = new HashMap<>();
  private int[] owned = new int[16];
  private int[] last = new int[16];

  /**
   * A proposer over {@code model}'s products.
   *
   * @param model the transitions, typically fitted on the whole population
   */
  public NextPurchaseProposer(NextPurchaseModel model) {
    this.model = Objects.requireNonNull(model, "model");
    this.ranker = new NextPurchaseRanker(model, 1);
    List<String> names = model.products();
    for (int i = 0; i < names.size(); i++) {
      ids.putIfAbsent(names.get(i), i);
    }
  }

  /**
   * The customer's most likely next purchase and most likely product not yet bought.
   *
   * @param ownedProducts every product the customer bought, in any order
   * @param lastOrder the product of every line of the customer's last purchase occasion, in the
   *     base's line order (the first line of a product places it)
   * @return the proposals
   */
  public Proposal propose(Collection<String> ownedProducts, List<String> lastOrder) {
    int ownedLen = 0;
    owned = fit(owned, ownedProducts.size());
    for (String p : ownedProducts) {
      Integer x = ids.get(p);
      if (x != null) {
        owned[ownedLen++] = x;
      }
    }
    int lastLen = 0;
    last = fit(last, lastOrder.size());
    for (String p : lastOrder) {
      Integer x = ids.get(p);
      if (x != null) {
        last[lastLen++] = x;
      }
    }
    ranker.rank(owned, ownedLen, last, lastLen);
    Optional<ProductProposal> next =
        ranker.nextCount > 0
            ? Optional.of(ranker.proposal(ranker.nextProduct[0], ranker.nextScore[0]))
            : Optional.empty();
    Optional<ProductProposal> cross =
        ranker.crossCount > 0
            ? Optional.of(ranker.proposal(ranker.crossProduct[0], ranker.crossScore[0]))
            : Optional.empty();
    return new Proposal(next, cross);
  }

  /**
   * The model the proposals come from.
   *
   * @return the model
   */
  public NextPurchaseModel model() {
    return model;
  }

  private static int[] fit(int[] a, int n) {
    return a.length >= n ? a : new int[Math.max(n, 2 * a.length)];
  }

  /**
   * A customer's proposals.
   *
   * @param nextPurchase the most likely next purchase, owned products included; empty when the
   *     model proposes nothing
   * @param crossSell the most likely product the customer has not bought; empty when every product
   *     the model proposes is owned
   */
  public record Proposal(
      Optional<ProductProposal> nextPurchase, Optional<ProductProposal> crossSell) {
    /**
     * Checks for nulls.
     *
     * @param nextPurchase the most likely next purchase
     * @param crossSell the most likely product not bought
     * @throws NullPointerException if a component is null
     */
    public Proposal {
      Objects.requireNonNull(nextPurchase, "nextPurchase");
      Objects.requireNonNull(crossSell, "crossSell");
    }

    /**
     * The next best product as the segment stage makes it from these proposals (with purchase
     * dates, before its fallbacks): the cross-sell, or the next purchase when owned products are
     * allowed; source POPULARITY when it rests on the prior alone, else SEQUENCE; confidence its
     * probability.
     *
     * @param excludeOwned whether owned products are excluded ({@link
     *     NextBestProductOptions#excludeOwned()})
     * @return the next best product, empty when there is no such proposal
     */
    public Optional<NextBestProduct> nextBest(boolean excludeOwned) {
      return (excludeOwned ? crossSell : nextPurchase)
          .map(
              p ->
                  new NextBestProduct(
                      p.product(), p.productName(), sourceOf(p.rule()), p.probability()));
    }
  }

  /** The recommendation source of a proposal resting on {@code rule}. */
  static RecommendationSource sourceOf(ProposalRule rule) {
    return rule == ProposalRule.POPULAR
        ? RecommendationSource.POPULARITY
        : RecommendationSource.SEQUENCE;
  }
}
