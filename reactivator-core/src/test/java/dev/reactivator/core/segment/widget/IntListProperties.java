package dev.reactivator.core.segment.widget;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class IntListProperties {
  /** Ascending lists long enough to be packed, with gaps that cross several 65 536-value blocks. */
  @Provide
  Arbitrary<int[]> ascending() {
    return Arbitraries.integers()
        .between(0, 70_000)
        .array(int[].class)
        .ofMinSize(IntList.PACK_FROM - 2)
        .ofMaxSize(3_000)
        .map(
            gaps -> {
              int[] a = new int[gaps.length];
              int v = 0;
              for (int i = 0; i < gaps.length; i++) {
                // mostly small steps and repeats, now and then a jump over whole blocks
                v += gaps[i] % 7 == 0 ? gaps[i] * 3 : gaps[i] % 5;
                a[i] = v;
              }
              return a;
            });
  }

  @Provide
  Arbitrary<int[]> any() {
    return Arbitraries.integers().between(-5, 500_000).array(int[].class).ofMaxSize(2_000);
  }

  @Property(tries = 300)
  void anAscendingListReadsBackTheSameValues(@ForAll("ascending") int[] values) {
    assertSame(values, IntList.of(values));
  }

  @Property(tries = 300)
  void anyListReadsBackTheSameValues(@ForAll("any") int[] values) {
    assertSame(values, IntList.of(values));
    int[] sorted = values.clone();
    Arrays.sort(sorted);
    assertSame(sorted, IntList.of(sorted, sorted.length));
  }

  @Property(tries = 200)
  void containsIntFindsExactlyTheValues(@ForAll("ascending") int[] values, @ForAll int probe) {
    IntList list = IntList.of(values);
    int last = values[values.length - 1];
    for (int v : new int[] {probe, Math.floorMod(probe, last + 2), values[values.length / 2]}) {
      assertEquals(IntStream.of(values).anyMatch(x -> x == v), list.containsInt(v));
    }
  }

  private static void assertSame(int[] expected, IntList list) {
    assertEquals(expected.length, list.size());
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], list.getInt(i), "position " + i);
    }
    assertArrayEquals(expected, list.toIntArray());
    assertArrayEquals(expected, list.intStream().toArray());
    List<Integer> boxed = IntStream.of(expected).boxed().toList();
    assertEquals(boxed, list);
    assertEquals(boxed.hashCode(), list.hashCode());
    assertThrows(IndexOutOfBoundsException.class, () -> list.getInt(expected.length));
    assertThrows(IndexOutOfBoundsException.class, () -> list.getInt(-1));
  }
}
