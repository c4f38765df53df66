package dev.reactivator.core.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Log1p} agrees with {@link Math#log1p} to a few ulps. */
class Log1pTest {

  @Test
  void agreesWithLog1pToAFewUlps() {
    Random rnd = new Random(1);
    for (int i = 0; i < 1_000_000; i++) {
      double y;
      switch (i % 4) {
        case 0 -> y = -rnd.nextDouble();
        case 1 -> y = -Math.pow(10, -20 * rnd.nextDouble());
        case 2 -> y = Math.pow(10, 12 * rnd.nextDouble() - 10);
        default -> y = -1 + Math.pow(10, -15 * rnd.nextDouble());
      }
      double expected = Math.log1p(y);
      assertEquals(expected, Log1p.of(y), 4 * Math.ulp(expected), "y = " + y);
    }
    assertEquals(0.0, Log1p.of(0.0), 0.0);
    assertEquals(Double.NEGATIVE_INFINITY, Log1p.of(-1.0), 0.0);
    assertEquals(Double.POSITIVE_INFINITY, Log1p.of(Double.POSITIVE_INFINITY), 0.0);
    assertEquals(Double.NaN, Log1p.of(-2.0), 0.0);
  }
}
