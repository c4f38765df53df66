package dev.reactivator.core.model.supervised.internal;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.data.Field;
import dev.reactivator.core.internal.IndexSort;
import java.util.Arrays;

/**
 * Each customer's purchase days in ascending order, one entry per distinct day (amounts and basket
 * sizes of the same day summed, the product of the day's first purchase kept), and the behaviour
 * counts of the export (complaints, tickets, discounted purchases; {@code null} when absent). The
 * input of the supervised layer, read either from a {@link CustomerBase} or from a transaction log.
 */
public final class History {
  final int[] offsets;
  final int[] day;
  final double[] amount;
  final double[] size;
  final int[] product;
  final String[] productNames;
  final int[] complaints;
  final int[] tickets;
  final int[] discounted;

  private History(
      int[] offsets,
      int[] day,
      double[] amount,
      double[] size,
      int[] product,
      String[] productNames,
      int[] complaints,
      int[] tickets,
      int[] discounted) {
    this.offsets = offsets;
    this.day = day;
    this.amount = amount;
    this.size = size;
    this.product = product;
    this.productNames = productNames;
    this.complaints = complaints;
    this.tickets = tickets;
    this.discounted = discounted;
  }

  /**
   * The history of every customer of {@code base}, indexed like the base; the basket size of a
   * purchase is its number of lines.
   *
   * @param base the loaded base
   * @return the history
   */
  public static History of(CustomerBase base) {
    int n = base.size();
    int[] offsets = new int[n + 1];
    int total = base.purchaseCount();
    int[] day = new int[total];
    double[] amount = new double[total];
    double[] size = new double[total];
    int[] product = new int[total];
    int o = 0;
    for (int c = 0; c < n; c++) {
      offsets[c] = o;
      int k = base.purchaseCount(c);
      for (int j = 0; j < k; j++) {
        int d = base.purchaseDay(c, j);
        if (o > offsets[c] && day[o - 1] == d) {
          amount[o - 1] += base.purchaseAmount(c, j);
          size[o - 1] += base.purchaseLineCount(c, j);
          continue;
        }
        day[o] = d;
        amount[o] = base.purchaseAmount(c, j);
        size[o] = base.purchaseLineCount(c, j);
        product[o] = base.purchaseProduct(c, j);
        o++;
      }
    }
    offsets[n] = o;
    String[] names = base.productNames().toArray(new String[0]);
    return new History(
        offsets,
        Arrays.copyOf(day, o),
        Arrays.copyOf(amount, o),
        Arrays.copyOf(size, o),
        Arrays.copyOf(product, o),
        names,
        counts(base, Field.COMPLAINTS),
        counts(base, Field.TICKETS),
        counts(base, Field.DISCOUNTED_PURCHASES));
  }

  private static int[] counts(CustomerBase base, Field field) {
    return base.has(field) ? base.counts(field) : null;
  }

  /**
   * The history of a transaction log: customer {@code i} of the result is the {@code i}-th distinct
   * value of {@code customer} in ascending order; only purchases up to {@code lastDay} are kept,
   * and a customer without one is left out. No products, no behaviour counts.
   *
   * @param customer the customer key of each purchase
   * @param day the epoch day of each purchase
   * @param amount the amount of each purchase
   * @param size the basket size of each purchase (items)
   * @param lastDay the last day to keep, inclusive
   * @return the history
   */
  public static History of(int[] customer, int[] day, double[] amount, double[] size, int lastDay) {
    int n = customer.length;
    int kept = 0;
    for (int i = 0; i < n; i++) {
      if (day[i] <= lastDay) {
        kept++;
      }
    }
    // the kept rows sorted by (customer, day)
    int[] rows = new int[kept];
    for (int i = 0, r = 0; i < n; i++) {
      if (day[i] <= lastDay) {
        rows[r++] = i;
      }
    }
    IndexSort.sort(
        rows,
        (p, q) ->
            customer[p] != customer[q]
                ? Integer.compare(customer[p], customer[q])
                : Integer.compare(day[p], day[q]));
    int[] offsets = new int[kept + 1];
    int[] d = new int[kept];
    double[] a = new double[kept];
    double[] s = new double[kept];
    int customers = 0;
    int o = 0;
    for (int r = 0; r < kept; r++) {
      int i = rows[r];
      boolean newCustomer = r == 0 || customer[rows[r - 1]] != customer[i];
      if (newCustomer) {
        offsets[customers++] = o;
      } else if (d[o - 1] == day[i]) {
        a[o - 1] += amount[i];
        s[o - 1] += size[i];
        continue;
      }
      d[o] = day[i];
      a[o] = amount[i];
      s[o] = size[i];
      o++;
    }
    offsets[customers] = o;
    return new History(
        Arrays.copyOf(offsets, customers + 1),
        Arrays.copyOf(d, o),
        Arrays.copyOf(a, o),
        Arrays.copyOf(s, o),
        new int[o],
        new String[0],
        null,
        null,
        null);
  }

  /**
   * A copy with behaviour counts per customer (as a CRM export has them: totals, not dated).
   *
   * @param complaints complaints per customer, or null when the export has no such column
   * @param tickets support tickets per customer, or null
   * @param discounted purchases made with a discount per customer, or null
   * @return the copy
   * @throws IllegalArgumentException if a column has not one value per customer
   */
  public History withCounts(int[] complaints, int[] tickets, int[] discounted) {
    for (int[] column : new int[][] {complaints, tickets, discounted}) {
      if (column != null && column.length != customers()) {
        throw new IllegalArgumentException(
            "a count column needs " + customers() + " values, had " + column.length);
      }
    }
    return new History(
        offsets,
        day,
        amount,
        size,
        product,
        productNames,
        complaints == null ? null : complaints.clone(),
        tickets == null ? null : tickets.clone(),
        discounted == null ? null : discounted.clone());
  }

  /**
   * The number of customers.
   *
   * @return the customers
   */
  public int customers() {
    return offsets.length - 1;
  }

  /**
   * The first purchase day of any customer.
   *
   * @return the earliest day, or {@link Integer#MAX_VALUE} without purchases
   */
  public int firstDay() {
    int min = Integer.MAX_VALUE;
    for (int c = 0; c < customers(); c++) {
      if (offsets[c + 1] > offsets[c]) {
        min = Math.min(min, day[offsets[c]]);
      }
    }
    return min;
  }

  /**
   * Whether customer {@code c} bought in {@code (from, to]}.
   *
   * @param c the customer
   * @param from the exclusive start day
   * @param to the inclusive end day
   * @return true if a purchase day falls in the window
   */
  public boolean boughtIn(int c, int from, int to) {
    for (int o = offsets[c]; o < offsets[c + 1]; o++) {
      if (day[o] > from && day[o] <= to) {
        return true;
      }
    }
    return false;
  }
}
