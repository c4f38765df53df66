package dev.reactivator.core.base;

import static dev.reactivator.core.base.RowBuffer.NONE;

import dev.reactivator.core.data.Field;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The rows of a load scattered into customer order: lines in CSR form (customer {@code c} owns
 * {@code offsets[c] … offsets[c+1]-1}, sorted by day, order, product, amount), the purchase
 * occasions they form, and each customer's first day, most frequent name and the optional counts
 * (null columns when the source had none).
 */
final class CustomerColumns {
  final int[] offsets;
  final int[] day;
  final double[] amount;
  final int[] product;
  final Occasions occasions;
  final int[] firstDay;
  final Texts names;
  final int[] complaints;
  final int[] tickets;
  final int[] discounted;

  private CustomerColumns(
      int[] offsets,
      int[] day,
      double[] amount,
      int[] product,
      Occasions occasions,
      int[] firstDay,
      Texts names,
      int[] complaints,
      int[] tickets,
      int[] discounted) {
    this.offsets = offsets;
    this.day = day;
    this.amount = amount;
    this.product = product;
    this.occasions = occasions;
    this.firstDay = firstDay;
    this.names = names;
    this.complaints = complaints;
    this.tickets = tickets;
    this.discounted = discounted;
  }

  /**
   * Lays {@code buffer}'s rows out by customer.
   *
   * @param buffer the accepted rows
   * @param customerOfKey the customer of every identity key
   * @param n the number of customers
   * @param productRank the final product id of every arrival product id
   * @param columns the columns the source declared
   */
  static CustomerColumns of(
      RowBuffer buffer, int[] customerOfKey, int n, int[] productRank, Set<Field> columns) {
    // counting sort of rows by customer, then by (day, product, amount) within a customer; each
    // column is scattered into customer order on its own and its blocks freed as it goes, so the
    // rows are held about once, not twice
    int[] offsets = buffer.toCustomers(customerOfKey, n);
    int[] day = buffer.drain(RowBuffer.Column.DAY, offsets, null);
    double[] amount = buffer.drainAmounts(offsets);
    int[] product = buffer.drain(RowBuffer.Column.PRODUCT, offsets, productRank);
    int[] order = buffer.drain(RowBuffer.Column.ORDER, offsets, null);
    boolean anyName = buffer.hasNames();
    int[] sName = anyName ? buffer.drain(RowBuffer.Column.NAME, offsets, null) : null;
    // the earliest day and the largest counts of each customer, from those of its keys
    int[] firstDay = new int[n];
    Arrays.fill(firstDay, Integer.MAX_VALUE);
    int[] complaints = columns.contains(Field.COMPLAINTS) ? none(n) : null;
    int[] tickets = columns.contains(Field.TICKETS) ? none(n) : null;
    int[] discounted = columns.contains(Field.DISCOUNTED_PURCHASES) ? none(n) : null;
    for (int k = 0, keys = Math.min(buffer.keysSeen(), customerOfKey.length); k < keys; k++) {
      int c = customerOfKey[k];
      firstDay[c] = Math.min(firstDay[c], buffer.firstDayOfKey(k));
      maxCount(complaints, c, buffer.countOfKey(0, k));
      maxCount(tickets, c, buffer.countOfKey(1, k));
      maxCount(discounted, c, buffer.countOfKey(2, k));
    }
    absentWhereNone(complaints);
    absentWhereNone(tickets);
    absentWhereNone(discounted);
    int[] nameOf = anyName ? new int[n] : null;
    Lines lines = new Lines(buffer, day, order, product, amount);
    // customers are independent: their runs are sorted and summarised in parallel chunks
    int chunk = 4096;
    IntStream.range(0, (n + chunk - 1) / chunk)
        .parallel()
        .forEach(
            k -> {
              for (int c = k * chunk, end = Math.min(n, c + chunk); c < end; c++) {
                int from = offsets[c];
                int to = offsets[c + 1];
                orderDays(lines, from, to);
                sortRows(lines, from, to);
                if (anyName) {
                  nameOf[c] = mostFrequentName(buffer, sName, from, to);
                }
              }
            });
    Texts names = anyName ? buffer.names(nameOf) : Texts.none(n);
    return new CustomerColumns(
        offsets,
        day,
        amount,
        product,
        Occasions.of(offsets, day, order, amount, product, columns.contains(Field.PURCHASE_DATE)),
        firstDay,
        names,
        complaints,
        tickets,
        discounted);
  }

  private static int[] none(int n) {
    int[] a = new int[n];
    Arrays.fill(a, NONE);
    return a;
  }

  private static void maxCount(int[] column, int c, int value) {
    if (column != null) {
      column[c] = Math.max(column[c], value);
    }
  }

  private static void absentWhereNone(int[] column) {
    for (int c = 0; column != null && c < column.length; c++) {
      if (column[c] == NONE) {
        column[c] = CustomerBase.ABSENT;
      }
    }
  }

  /**
   * The offset of the most frequent name among a customer's rows, {@code nameOf[from..to)}; ties →
   * alphabetically first; {@link RowBuffer#NONE} when none of them has a name. Equal names may have
   * different offsets, so rows are counted by their name's text ({@link RowBuffer#sameName}).
   */
  private static int mostFrequentName(RowBuffer rows, int[] nameOf, int from, int to) {
    NameVote vote = new NameVote(rows);
    if (to - from > 64) {
      // rows by offset, then offsets by text
      Map<Integer, Integer> byOffset = new HashMap<>();
      for (int a = from; a < to; a++) {
        if (nameOf[a] != NONE) {
          byOffset.merge(nameOf[a], 1, Integer::sum);
        }
      }
      Map<String, int[]> byText = new HashMap<>();
      for (Map.Entry<Integer, Integer> e : byOffset.entrySet()) {
        int[] idAndCount =
            byText.computeIfAbsent(rows.name(e.getKey()), t -> new int[] {e.getKey(), 0});
        idAndCount[1] += e.getValue();
      }
      for (int[] idAndCount : byText.values()) {
        vote.offer(idAndCount[0], idAndCount[1]);
      }
      return vote.winner();
    }
    for (int a = from; a < to; a++) {
      int id = nameOf[a];
      if (id == NONE) {
        continue;
      }
      boolean counted = false;
      for (int b = from; b < a && !counted; b++) {
        counted = nameOf[b] != NONE && rows.sameName(nameOf[b], id);
      }
      if (counted) {
        continue;
      }
      int cnt = 1;
      for (int b = a + 1; b < to; b++) {
        if (nameOf[b] != NONE && rows.sameName(nameOf[b], id)) {
          cnt++;
        }
      }
      vote.offer(id, cnt);
    }
    return vote.winner();
  }

  /** The name seen most often so far; ties go to the alphabetically first name. */
  private static final class NameVote {
    private final RowBuffer rows;
    private int best = NONE;
    private int bestCount;
    private String bestName; // made only when a tie needs it

    NameVote(RowBuffer rows) {
      this.rows = rows;
    }

    void offer(int id, int count) {
      if (count > bestCount) {
        best = id;
        bestCount = count;
        bestName = null;
      } else if (count == bestCount) {
        if (bestName == null) {
          bestName = rows.name(best);
        }
        String name = rows.name(id);
        if (name.compareTo(bestName) < 0) {
          best = id;
          bestName = name;
        }
      }
    }

    int winner() {
      return best;
    }
  }

  /**
   * Sorts a customer's lines {@code [from, to)} by (day, order, product rank, amount), moving the
   * four columns together: insertion sort for small runs, else an index sort of the run.
   */
  private static void sortRows(Lines l, int from, int to) {
    if (to - from < 2) {
      return;
    }
    if (to - from <= 32) {
      for (int a = from + 1; a < to; a++) {
        int d = l.day[a];
        int o = l.order[a];
        int p = l.product[a];
        double m = l.amount[a];
        int b = a - 1;
        while (b >= from && l.compare(b, d, o, p, m) > 0) {
          l.day[b + 1] = l.day[b];
          l.order[b + 1] = l.order[b];
          l.product[b + 1] = l.product[b];
          l.amount[b + 1] = l.amount[b];
          b--;
        }
        l.day[b + 1] = d;
        l.order[b + 1] = o;
        l.product[b + 1] = p;
        l.amount[b + 1] = m;
      }
      return;
    }
    int len = to - from;
    Integer[] boxed = new Integer[len];
    for (int j = 0; j < len; j++) {
      boxed[j] = from + j;
    }
    Arrays.sort(boxed, (x, y) -> l.compare(x, l.day[y], l.order[y], l.product[y], l.amount[y]));
    int[] d = new int[len];
    int[] o = new int[len];
    int[] p = new int[len];
    double[] m = new double[len];
    for (int j = 0; j < len; j++) {
      d[j] = l.day[boxed[j]];
      o[j] = l.order[boxed[j]];
      p[j] = l.product[boxed[j]];
      m[j] = l.amount[boxed[j]];
    }
    System.arraycopy(d, 0, l.day, from, len);
    System.arraycopy(o, 0, l.order, from, len);
    System.arraycopy(p, 0, l.product, from, len);
    System.arraycopy(m, 0, l.amount, from, len);
  }

  /**
   * Gives every line of an order the order's earliest day, so that an order is one occasion on one
   * day even when its lines carry different dates.
   */
  private static void orderDays(Lines l, int from, int to) {
    boolean any = false;
    for (int j = from; j < to && !any; j++) {
      any = l.order[j] != NONE;
    }
    if (!any) {
      return;
    }
    Map<Integer, Integer> firstDay = new HashMap<>();
    for (int j = from; j < to; j++) {
      if (l.order[j] != NONE) {
        firstDay.merge(l.order[j], l.day[j], Math::min);
      }
    }
    for (int j = from; j < to; j++) {
      if (l.order[j] != NONE) {
        l.day[j] = firstDay.get(l.order[j]);
      }
    }
  }

  /** The line columns being laid out, with the order texts for ties between two orders of a day. */
  private record Lines(RowBuffer buffer, int[] day, int[] order, int[] product, double[] amount) {
    int compare(int x, int dayY, int orderY, int productY, double amountY) {
      int c = Integer.compare(day[x], dayY);
      if (c != 0) {
        return c;
      }
      int ox = order[x];
      if (ox != orderY) {
        if (ox == NONE || orderY == NONE) {
          return ox == NONE ? -1 : 1;
        }
        return buffer.order(ox).compareTo(buffer.order(orderY));
      }
      c = Integer.compare(product[x], productY);
      return c != 0 ? c : Double.compare(amount[x], amountY);
    }
  }
}
