package dev.reactivator.core.base;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The per-key counts keep the largest count of each key, as an {@code int[]} would. */
class KeyCountsProperties {

  @Provide
  Arbitrary<List<int[]>> updates() {
    Arbitrary<Integer> value =
        Arbitraries.oneOf(
            Arbitraries.integers().between(0, 20),
            Arbitraries.of(0xFFFC, 0xFFFD, 0xFFFE, 0xFFFF, 1_000_000, -1, RowBuffer.NONE),
            Arbitraries.integers());
    return Arbitraries.integers()
        .between(0, 40)
        .flatMap(k -> value.map(v -> new int[] {k, v}))
        .list()
        .ofMaxSize(200);
  }

  @Property
  void keepsTheLargestCountOfEachKey(@ForAll("updates") List<int[]> updates) {
    RowBuffer.Counts counts = new RowBuffer.Counts(4);
    int[] reference = new int[4];
    Arrays.fill(reference, RowBuffer.NONE);
    for (int[] u : updates) {
      int k = u[0];
      if (k >= counts.size()) {
        counts.grow(k + 5);
        int old = reference.length;
        reference = Arrays.copyOf(reference, k + 5);
        Arrays.fill(reference, old, reference.length, RowBuffer.NONE);
      }
      counts.max(k, u[1]);
      reference[k] = Math.max(reference[k], u[1]);
    }
    for (int k = 0; k < reference.length + 3; k++) {
      assertEquals(k < reference.length ? reference[k] : RowBuffer.NONE, counts.get(k), "key " + k);
    }
  }
}
