package dev.reactivator.core.segment.drivers;

import dev.reactivator.core.segment.widget.Absence;
import dev.reactivator.core.segment.widget.CustomerGroup;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A statistical test of one binary retention driver (seed 000): do customers with the feature
 * (bought product X, complained, discount-sensitive …) differ in LTV (Welch's t-test, Cohen's d)
 * and in churn (χ² test of independence, churned = HIGH or CRITICAL risk)? A test that cannot be
 * computed is absent, and {@link #absences()} says why.
 *
 * <p>Immutable and thread-safe.
 *
 * @param key a stable key: {@code complaints}, {@code support-tickets}, {@code discount-sensitive},
 *     {@code renewal-share} (renewal share at least 33 %), {@code distinct-products} (two products
 *     or more) or {@code product:<name>}
 * @param feature the customers with the feature (key as above)
 * @param ltv the LTV comparison, absent when it could not be computed (a group with fewer than two
 *     customers …)
 * @param churn the churn independence test, absent when it could not be computed
 * @param absences why each absent test is absent: widget {@code driver:<key>:ltv} or {@code
 *     driver:<key>:churn}, one for each absent test and none for a present one
 */
public record RetentionDriver(
    String key,
    CustomerGroup feature,
    Optional<LtvComparison> ltv,
    Optional<IndependenceTest> churn,
    List<Absence> absences) {
  /**
   * Checks the components.
   *
   * @param key a stable key: {@code complaints}, {@code support-tickets}, {@code
   *     discount-sensitive}, {@code renewal-share}, {@code distinct-products} or {@code
   *     product:<name>}
   * @param feature the customers with the feature (key as above)
   * @param ltv the LTV comparison, absent when it could not be computed
   * @param churn the churn independence test, absent when it could not be computed
   * @param absences why each absent test is absent (widget keys from {@link #widget})
   * @throws IllegalArgumentException when a test is absent without a reason, or present with one
   */
  public RetentionDriver {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(feature, "feature");
    Objects.requireNonNull(ltv, "ltv");
    Objects.requireNonNull(churn, "churn");
    absences = List.copyOf(absences);
    for (String part : List.of("ltv", "churn")) {
      boolean present = part.equals("ltv") ? ltv.isPresent() : churn.isPresent();
      boolean explained = absences.stream().anyMatch(a -> a.widget().equals(widget(key, part)));
      if (present == explained) {
        throw new IllegalArgumentException(
            "driver " + key + ": the " + part + " test must be present or have a reason, not both");
      }
    }
  }

  /**
   * The widget key of a part of a driver, as used in {@link #absences()}.
   *
   * @param key the driver's key
   * @param part {@code ltv} or {@code churn}
   * @return {@code driver:<key>:<part>}
   */
  public static String widget(String key, String part) {
    return "driver:" + key + ":" + part;
  }

  /**
   * Why the LTV comparison is absent, when it is.
   *
   * @return the absence, or empty when {@link #ltv()} is present
   */
  public Optional<Absence> ltvAbsence() {
    return part("ltv");
  }

  /**
   * Why the churn test is absent, when it is.
   *
   * @return the absence, or empty when {@link #churn()} is present
   */
  public Optional<Absence> churnAbsence() {
    return part("churn");
  }

  private Optional<Absence> part(String part) {
    String w = widget(key, part);
    return absences.stream().filter(a -> a.widget().equals(w)).findFirst();
  }
}
