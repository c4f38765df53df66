package dev.reactivator.core.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ExactSumProperties {
  @Property(tries = 400)
  void isTheCorrectlyRoundedSumWhateverTheOrderAndSplit(
      @ForAll("terms") @Size(max = 60) List<Double> terms,
      @ForAll @IntRange(min = 1, max = 7) int parts,
      @ForAll long seed) {
    BigDecimal exact = BigDecimal.ZERO;
    for (double t : terms) {
      exact = exact.add(new BigDecimal(t));
    }
    double expected = exact.doubleValue(); // correctly rounded
    ExactSum one = new ExactSum();
    terms.forEach(one::add);
    assertEquals(expected, one.doubleValue());

    List<Double> shuffled = new ArrayList<>(terms);
    Collections.shuffle(shuffled, new Random(seed));
    List<ExactSum> split = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      split.add(new ExactSum());
    }
    for (int i = 0; i < shuffled.size(); i++) {
      split.get(i % parts).add(shuffled.get(i));
    }
    ExactSum merged = new ExactSum();
    for (ExactSum s : split) {
      merged.add(ExactSum.of(s.partials()));
    }
    assertEquals(expected, merged.doubleValue());
  }

  @Provide
  Arbitrary<List<Double>> terms() {
    Arbitrary<Double> money = Arbitraries.doubles().between(0, 1e6).ofScale(2);
    Arbitrary<Double> wide = Arbitraries.doubles().between(-1e300, 1e300).filter(Double::isFinite);
    Arbitrary<Double> tiny = Arbitraries.doubles().between(-1, 1).ofScale(15).map(d -> d * 1e-10);
    return Arbitraries.oneOf(money, wide, tiny).list();
  }

  @Test
  void aSumThatPlainAdditionRoundsTwiceIsRoundedOnce() {
    ExactSum s = new ExactSum().add(1e16).add(1.0).add(1.0);
    assertEquals(1e16 + 2, s.doubleValue());
    assertEquals(0x1p-55, new ExactSum().add(0.1).add(0.2).add(-0.3).doubleValue());
    assertEquals(
        Double.POSITIVE_INFINITY,
        new ExactSum().add(Double.MAX_VALUE).add(Double.MAX_VALUE).doubleValue());
  }
}
