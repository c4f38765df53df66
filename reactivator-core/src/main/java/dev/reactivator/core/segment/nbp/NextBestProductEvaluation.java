package dev.reactivator.core.segment.nbp;

/**
 * A leave-last-out evaluation of the recommender: each customer with at least two purchases has the
 * last one hidden, the recommender is fitted on what remains, and its top-1 and top-3 products from
 * the customer's previous product are compared with the hidden product, beside a baseline that
 * recommends the most popular products the customer does not own.
 *
 * <p>Immutable and thread-safe.
 *
 * @param evaluatedCustomers customers with a hidden purchase
 * @param hitRateAt1 share whose hidden product was the first recommendation
 * @param hitRateAt3 share whose hidden product was among the first three
 * @param popularityHitRateAt1 the popularity baseline's hit rate @1
 * @param popularityHitRateAt3 the popularity baseline's hit rate @3
 */
public record NextBestProductEvaluation(
    int evaluatedCustomers,
    double hitRateAt1,
    double hitRateAt3,
    double popularityHitRateAt1,
    double popularityHitRateAt3) {}
