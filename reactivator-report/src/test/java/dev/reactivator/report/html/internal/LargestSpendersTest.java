package dev.reactivator.report.html.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The RFM bubbles' top-k against the full boxed sort it replaced. */
class LargestSpendersTest {

  /** The former selection: every index boxed and sorted by spend, descending, stable on ties. */
  private static int[] byFullSort(double[] spend, int limit) {
    Integer[] order = new Integer[spend.length];
    for (int c = 0; c < order.length; c++) {
      order[c] = c;
    }
    Arrays.sort(order, (p, q) -> Double.compare(spend[q], spend[p]));
    int n = Math.min(order.length, limit);
    int[] top = new int[n];
    for (int i = 0; i < n; i++) {
      top[i] = order[i];
    }
    return top;
  }

  @Property(tries = 300)
  void picksTheSameCustomersInTheSameOrderAsTheFullSort(
      @ForAll @Size(max = 400) List<@IntRange(min = 0, max = 30) Integer> cents,
      @ForAll @IntRange(min = 0, max = 450) int limit) {
    // few distinct values, so ties are common and their order (by index) is checked
    double[] spend = cents.stream().mapToDouble(c -> c * 0.5).toArray();
    assertArrayEquals(byFullSort(spend, limit), DashboardView.largestSpenders(spend, limit));
  }

  @Test
  void ordersByTheLargestSpendThenByIndex() {
    double[] spend = {5, 9, 5, 0, 9, 7};
    assertArrayEquals(new int[] {1, 4, 5, 0}, DashboardView.largestSpenders(spend, 4));
    assertArrayEquals(new int[] {1, 4, 5, 0, 2, 3}, DashboardView.largestSpenders(spend, 10));
    assertArrayEquals(new int[] {}, DashboardView.largestSpenders(spend, 0));
  }
}
