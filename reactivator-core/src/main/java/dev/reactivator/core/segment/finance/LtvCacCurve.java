package dev.reactivator.core.segment.finance;

import dev.reactivator.core.segment.cohort.CohortMode;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Cumulative average revenue per customer by month since the first purchase, against CAC.
 *
 * <p>Immutable and thread-safe.
 *
 * @param mode {@link CohortMode#TRUE_PURCHASES} when revenue is booked at true purchase dates;
 *     {@link CohortMode#ACTIVE_SPAN} when, without purchase dates, every purchase sits on the
 *     customer's last-purchase date (revenue then shows up late, so payback looks later than it is)
 * @param cac the acquisition cost line
 * @param cumulativeLtv M0 … Mn: the value at k − 1 plus the mean revenue in month k of the
 *     customers whose first purchase is at least k months before the analysis month (never falls);
 *     empty where nobody is old enough
 * @param observedCustomers M0 … Mn: how many customers month k's revenue is averaged over
 * @param paybackMonth the first k with cumulative LTV ≥ CAC; empty when not reached
 */
public record LtvCacCurve(
    CohortMode mode,
    double cac,
    List<OptionalDouble> cumulativeLtv,
    List<Integer> observedCustomers,
    OptionalInt paybackMonth) {

  /**
   * Checks the components and copies the lists.
   *
   * @param mode {@link CohortMode#TRUE_PURCHASES} when revenue is booked at true purchase dates;
   *     {@link CohortMode#ACTIVE_SPAN} when, without purchase dates, every purchase sits on the
   *     customer's last-purchase date (revenue then shows up late, so payback looks later than it
   *     is)
   * @param cac the acquisition cost line
   * @param cumulativeLtv M0 … Mn: the value at k − 1 plus the mean revenue in month k of the
   *     customers whose first purchase is at least k months before the analysis month (never
   *     falls); empty where nobody is old enough
   * @param observedCustomers M0 … Mn: how many customers month k's revenue is averaged over
   * @param paybackMonth the first k with cumulative LTV ≥ CAC; empty when not reached
   */
  public LtvCacCurve {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(paybackMonth, "paybackMonth");
    cumulativeLtv = List.copyOf(cumulativeLtv);
    observedCustomers = List.copyOf(observedCustomers);
  }
}
