package dev.reactivator.core.base;

import static dev.reactivator.core.base.RowBuffer.NONE;

/**
 * The purchase occasions of a laid-out base: one occasion is one order of one customer, or, for
 * lines without an order id, one customer's lines of one calendar day — when the days are true
 * purchase dates; without them (the template's {@code Дни}: every row of a customer on its
 * last-purchase day) each line without an order id is its own purchase, as the manual's one row =
 * one purchase says. Occasion {@code o} owns the lines {@code firstLine[o] … firstLine[o+1]-1};
 * customer {@code c} owns the occasions {@code offsets[c] … offsets[c+1]-1}, in (day, order) order.
 * Its amount is the sum of its lines and its product the one with the largest summed amount (ties:
 * the better-ranked product). When every line is its own occasion the line columns are shared, not
 * copied.
 */
final class Occasions {
  final int[] offsets;
  final int[] firstLine;
  final int[] day;
  final double[] amount;
  final int[] product;

  private Occasions(int[] offsets, int[] firstLine, int[] day, double[] amount, int[] product) {
    this.offsets = offsets;
    this.firstLine = firstLine;
    this.day = day;
    this.amount = amount;
    this.product = product;
  }

  /** The number of occasions. */
  int size() {
    return day.length;
  }

  /**
   * Groups sorted lines into occasions: a new occasion starts at a customer's first line and
   * wherever the day or the order changes.
   */
  static Occasions of(
      int[] lineOffsets,
      int[] lineDay,
      int[] lineOrder,
      double[] lineAmount,
      int[] lineProduct,
      boolean byDay) {
    int n = lineOffsets.length - 1;
    int lines = lineDay.length;
    int m = 0;
    for (int c = 0; c < n; c++) {
      for (int j = lineOffsets[c]; j < lineOffsets[c + 1]; j++) {
        if (startsOccasion(lineOffsets[c], j, lineDay, lineOrder, byDay)) {
          m++;
        }
      }
    }
    int[] firstLine = new int[m + 1];
    if (m == lines) {
      for (int j = 0; j <= lines; j++) {
        firstLine[j] = j;
      }
      return new Occasions(lineOffsets.clone(), firstLine, lineDay, lineAmount, lineProduct);
    }
    int[] offsets = new int[n + 1];
    int[] day = new int[m];
    double[] amount = new double[m];
    int[] product = new int[m];
    int o = -1;
    for (int c = 0; c < n; c++) {
      offsets[c] = o + 1;
      for (int j = lineOffsets[c]; j < lineOffsets[c + 1]; j++) {
        if (startsOccasion(lineOffsets[c], j, lineDay, lineOrder, byDay)) {
          firstLine[++o] = j;
          day[o] = lineDay[j];
        }
        amount[o] += lineAmount[j];
      }
    }
    offsets[n] = m;
    firstLine[m] = lines;
    for (o = 0; o < m; o++) {
      product[o] = mainProduct(lineAmount, lineProduct, firstLine[o], firstLine[o + 1]);
    }
    return new Occasions(offsets, firstLine, day, amount, product);
  }

  /**
   * The product with the largest summed amount among the lines {@code [from, to)}, which are sorted
   * by product; ties go to the better-ranked (smaller) product id.
   */
  private static int mainProduct(double[] amount, int[] product, int from, int to) {
    int best = product[from];
    double bestSum = -1;
    for (int j = from; j < to; ) {
      int p = product[j];
      double s = 0;
      for (; j < to && product[j] == p; j++) {
        s += amount[j];
      }
      if (s > bestSum) {
        best = p;
        bestSum = s;
      }
    }
    return best;
  }

  private static boolean startsOccasion(
      int customerStart, int j, int[] day, int[] order, boolean byDay) {
    if (j == customerStart || day[j] != day[j - 1] || order[j] != order[j - 1]) {
      return true;
    }
    // same day and order: one occasion, unless the days are not real purchase dates (the
    // template's rows all sit on the customer's last-purchase day) and no order id joins them
    return !byDay && order[j] == NONE;
  }
}
