package dev.reactivator.core.segment.drivers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A retention driver whose feature goes with significantly more churn: its χ² test of independence
 * has {@code p} below the significance level and the churn rate with the feature is above the rate
 * without it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param key the driver's stable key ({@link RetentionDriver#key()})
 * @param customers the customers with the feature
 * @param churnRateWith the churn rate of the customers with the feature
 * @param churnRateWithout the churn rate of the customers without it
 * @param p the test's p-value
 */
public record ChurnDriver(
    String key, int customers, double churnRateWith, double churnRateWithout, double p) {

  /** The significance level of {@link #significant(List, Predicate)}. */
  public static final double SIGNIFICANCE = 0.05;

  /**
   * Checks the components.
   *
   * @param key the driver's stable key ({@link RetentionDriver#key()})
   * @param customers the customers with the feature
   * @param churnRateWith the churn rate of the customers with the feature
   * @param churnRateWithout the churn rate of the customers without it
   * @param p the test's p-value
   */
  public ChurnDriver {
    Objects.requireNonNull(key, "key");
  }

  /**
   * The drivers of {@code drivers} that go with significantly more churn ({@code p} &lt; {@value
   * #SIGNIFICANCE}), the largest churn-rate gap first, then by key. Drivers whose churn test could
   * not be computed, or that {@code absent} rejects, are left out.
   *
   * @param drivers the tested drivers
   * @param absent whether a driver's result is absent from the analysis
   * @return the significant churn drivers
   */
  public static List<ChurnDriver> significant(
      List<RetentionDriver> drivers, Predicate<RetentionDriver> absent) {
    Objects.requireNonNull(drivers, "drivers");
    Objects.requireNonNull(absent, "absent");
    List<ChurnDriver> out = new ArrayList<>();
    for (RetentionDriver d : drivers) {
      if (absent.test(d) || d.churn().isEmpty()) {
        continue;
      }
      IndependenceTest t = d.churn().get();
      if (t.p() < SIGNIFICANCE && t.outcomeRateWith() > t.outcomeRateWithout()) {
        out.add(
            new ChurnDriver(
                d.key(), d.feature().size(), t.outcomeRateWith(), t.outcomeRateWithout(), t.p()));
      }
    }
    out.sort(
        Comparator.comparingDouble((ChurnDriver d) -> d.churnRateWithout() - d.churnRateWith())
            .thenComparing(ChurnDriver::key));
    return List.copyOf(out);
  }
}
