package dev.reactivator.core.segment.drivers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reactivator.core.segment.widget.Absence;
import dev.reactivator.core.segment.widget.CustomerGroup;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The significant churn drivers worked out by hand. */
class ChurnDriverTest {

  private static RetentionDriver driver(
      String key, int customers, double p, double with, double without) {
    CustomerGroup group = new CustomerGroup(key, IntStream.range(0, customers).boxed().toList());
    IndependenceTest test = new IndependenceTest(1, 1, 1, 1, 4.0, p, with, without, false);
    return new RetentionDriver(
        key, group, Optional.empty(), Optional.of(test), List.of(untested(key, "ltv")));
  }

  private static Absence untested(String key, String part) {
    return new Absence(RetentionDriver.widget(key, part), Optional.empty(), "not tested");
  }

  @Test
  void keepsSignificantDriversOfMoreChurnLargestGapFirst() {
    List<RetentionDriver> drivers =
        List.of(
            driver("complaints", 4, 0.01, 0.6, 0.4), // gap 0.2, kept
            driver("support-tickets", 3, 0.20, 0.9, 0.1), // not significant
            driver("discount-sensitive", 5, 0.04, 0.2, 0.5), // less churn: not a churn driver
            driver("product:B", 2, 0.049, 0.8, 0.3), // gap 0.5, kept first
            driver("product:A", 6, 0.03, 0.6, 0.4), // same gap as complaints: by key
            new RetentionDriver(
                "product:C",
                new CustomerGroup("product:C", List.of(1)),
                Optional.empty(),
                Optional.empty(),
                List.of(untested("product:C", "ltv"), untested("product:C", "churn"))));
    List<ChurnDriver> out = ChurnDriver.significant(drivers, d -> false);
    assertEquals(
        List.of("product:B", "complaints", "product:A"),
        out.stream().map(ChurnDriver::key).toList());
    assertEquals(new ChurnDriver("product:B", 2, 0.8, 0.3, 0.049), out.get(0));
  }

  @Test
  void absentDriversAreLeftOut() {
    List<RetentionDriver> drivers =
        List.of(driver("complaints", 4, 0.01, 0.6, 0.4), driver("product:B", 2, 0.01, 0.8, 0.3));
    List<ChurnDriver> out = ChurnDriver.significant(drivers, d -> d.key().equals("product:B"));
    assertEquals(List.of("complaints"), out.stream().map(ChurnDriver::key).toList());
  }
}
