package dev.reactivator.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * {@link IndexSort} orders indices exactly as the stable {@code Arrays.sort} of the boxed indices
 * does with the same comparison, ties included, whatever the length (insertion runs and merges).
 */
class IndexSortProperties {

  @Property
  void sameOrderAsTheBoxedStableSort(
      @ForAll @Size(max = 300) List<@IntRange(min = -5, max = 5) Integer> keys) {
    int[] k = keys.stream().mapToInt(Integer::intValue).toArray();
    int[] sorted = IndexSort.order(k.length, (i, j) -> Integer.compare(k[i], k[j]));
    assertArrayEquals(boxed(k.length, Comparator.comparingInt(i -> k[i])), sorted);
  }

  @Property
  void sortsAGivenSubsetInPlaceStably(
      @ForAll @Size(max = 200) List<@IntRange(min = 0, max = 3) Integer> keys) {
    int[] k = keys.stream().mapToInt(Integer::intValue).toArray();
    // every other index, descending: stability keeps equal keys in that given order
    int[] a = new int[(k.length + 1) / 2];
    for (int i = 0; i < a.length; i++) {
      a[i] = k.length - 1 - 2 * i;
    }
    Integer[] expected = Arrays.stream(a).boxed().toArray(Integer[]::new);
    Arrays.sort(expected, Comparator.comparingInt(i -> k[i]));
    IndexSort.sort(a, (i, j) -> Integer.compare(k[i], k[j]));
    assertArrayEquals(Arrays.stream(expected).mapToInt(Integer::intValue).toArray(), a);
  }

  @Test
  void handCheckedSmallCase() {
    // keys 3 1 3 0 1: by key, ties by index → indices 3 (0), 1 (1), 4 (1), 0 (3), 2 (3)
    int[] k = {3, 1, 3, 0, 1};
    assertArrayEquals(
        new int[] {3, 1, 4, 0, 2},
        IndexSort.order(k.length, (i, j) -> Integer.compare(k[i], k[j])));
  }

  private static int[] boxed(int n, Comparator<Integer> rows) {
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, rows);
    return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
  }
}
