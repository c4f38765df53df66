package dev.reactivator.core.model.supervised.internal;

import dev.reactivator.core.features.CustomerSummary;
import dev.reactivator.core.features.PeriodUnit;
import dev.reactivator.core.model.PurchaseModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The supervised layer's inputs of every customer as of a cut-off day: the customers who had bought
 * by then, their BTYD summary (x, t_x, T) and one row of raw covariates each; the columns are named
 * by {@link #names()} and fixed by the optional columns and the product families chosen at
 * training. Rows are row-major in one primitive array.
 */
public final class Covariates {
  /** The covariates every export has, in column order after {@code logit_alive}. */
  static final List<String> BASIC =
      List.of(
          "logit_alive",
          "log_repeats",
          "log_recency_days",
          "log_tenure_days",
          "log_pause_in_cycles",
          "log_first_order_value",
          "log_first_order_size",
          "log_mean_order",
          "check_trend");

  /** Column name of the complaints count. */
  public static final String COMPLAINTS = "log_complaints";

  /** Column name of the tickets count. */
  public static final String TICKETS = "log_tickets";

  /** Column name of the discounted share of purchases. */
  public static final String DISCOUNT = "discount_share";

  /** Prefix of the first-order product family indicators. */
  public static final String FIRST_PRODUCT = "first_product:";

  /** Prefix of the last-order product family indicators. */
  public static final String LAST_PRODUCT = "last_product:";

  /** How many of the most frequent product families get an indicator each. */
  static final int PRODUCT_FAMILIES = 6;

  private static final double LOGIT_BOUND = 1e-9;

  final int[] members;
  final CustomerSummary summary;
  final double[] rows;
  final int width;
  final int cutoff;

  private Covariates(int[] members, CustomerSummary summary, double[] rows, int width, int cutoff) {
    this.members = members;
    this.summary = summary;
    this.rows = rows;
    this.width = width;
    this.cutoff = cutoff;
  }

  /**
   * The column names a layer trained on {@code h} uses: the basic covariates, the behaviour counts
   * the export has, and one indicator per frequent first / last product (when there is more than
   * one product).
   *
   * @param h the history
   * @param cutoff the training cut-off day
   * @return the column names
   */
  static List<String> namesFor(History h, int cutoff) {
    List<String> names = new ArrayList<>(BASIC);
    if (h.complaints != null) {
      names.add(COMPLAINTS);
    }
    if (h.tickets != null) {
      names.add(TICKETS);
    }
    if (h.discounted != null) {
      names.add(DISCOUNT);
    }
    if (h.productNames.length > 1) {
      int[] firstCount = new int[h.productNames.length];
      int[] lastCount = new int[h.productNames.length];
      for (int c = 0; c < h.customers(); c++) {
        int from = h.offsets[c];
        int to = lastBefore(h, c, cutoff);
        if (to >= from) {
          firstCount[h.product[from]]++;
          lastCount[h.product[to]]++;
        }
      }
      for (int p : top(firstCount)) {
        names.add(FIRST_PRODUCT + h.productNames[p]);
      }
      for (int p : top(lastCount)) {
        names.add(LAST_PRODUCT + h.productNames[p]);
      }
    }
    return List.copyOf(names);
  }

  /** The most frequent ids, most frequent first (ties: lower id), at most PRODUCT_FAMILIES − 1. */
  private static int[] top(int[] count) {
    Integer[] ids = new Integer[count.length];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = i;
    }
    Arrays.sort(ids, (p, q) -> count[p] != count[q] ? Integer.compare(count[q], count[p]) : p - q);
    // one family fewer than there are products, so the indicators are never collinear
    int k = Math.min(PRODUCT_FAMILIES, count.length - 1);
    int[] out = new int[k];
    int m = 0;
    for (int i = 0; i < k && count[ids[i]] > 0; i++) {
      out[m++] = ids[i];
    }
    return Arrays.copyOf(out, m);
  }

  /** The index of c's last purchase on or before {@code cutoff}, or offsets[c] − 1 if none. */
  private static int lastBefore(History h, int c, int cutoff) {
    int o = h.offsets[c + 1] - 1;
    while (o >= h.offsets[c] && h.day[o] > cutoff) {
      o--;
    }
    return o;
  }

  /**
   * The customers who bought on or before {@code cutoff} and their BTYD summary, the covariate rows
   * not yet computed.
   *
   * @param h the history
   * @param cutoff the cut-off day
   * @param unit the model's time unit
   * @return the members and their summary
   */
  static Covariates members(History h, int cutoff, PeriodUnit unit) {
    int n = h.customers();
    int[] members = new int[n];
    int m = 0;
    for (int c = 0; c < n; c++) {
      if (h.offsets[c + 1] > h.offsets[c] && h.day[h.offsets[c]] <= cutoff) {
        members[m++] = c;
      }
    }
    members = Arrays.copyOf(members, m);
    int[] x = new int[m];
    double[] tx = new double[m];
    double[] age = new double[m];
    for (int i = 0; i < m; i++) {
      int c = members[i];
      int from = h.offsets[c];
      int last = lastBefore(h, c, cutoff);
      x[i] = last - from;
      tx[i] = unit.fromDays(h.day[last] - h.day[from]);
      age[i] = Math.max(tx[i], unit.fromDays(cutoff - h.day[from]));
    }
    return new Covariates(members, CustomerSummary.of(x, tx, age, unit), null, 0, cutoff);
  }

  /**
   * The raw covariate rows of the members, {@code logit_alive} from {@code model}.
   *
   * @param h the history
   * @param names the columns, from {@link #namesFor}
   * @param productIds for each column, the product id an indicator tests (−1 when the product is
   *     not in this history, −2 for other columns)
   * @param model the BTYD model fitted as of the cut-off
   * @return a copy holding the rows
   */
  Covariates rows(History h, List<String> names, int[] productIds, PurchaseModel model) {
    int m = members.length;
    int p = names.size();
    double[] out = new double[m * p];
    RowFiller filler = filler(h, names, productIds, model);
    for (int i = 0; i < m; i++) {
      filler.fill(i, out, i * p);
    }
    return new Covariates(members, summary, out, p, cutoff);
  }

  /**
   * A filler of one member's raw covariate row at a time, for callers that need each row only once
   * (scoring) and so need not hold the members × columns matrix; the rows are those of {@link
   * #rows}.
   *
   * @param h the history
   * @param names the columns, from {@link #namesFor}
   * @param productIds as for {@link #rows}
   * @param model the BTYD model fitted as of the cut-off
   * @return the filler
   */
  RowFiller filler(History h, List<String> names, int[] productIds, PurchaseModel model) {
    return new RowFiller(h, names, productIds, model, populationCycleDays(h));
  }

  /** Fills the raw covariate row of one member; see {@link #filler}. */
  final class RowFiller {
    private final History h;
    private final List<String> names;
    private final int[] productIds;
    private final PurchaseModel model;
    private final double cycle;
    private final int p;
    private final int complaints;
    private final int tickets;
    private final int discount;

    private RowFiller(
        History h, List<String> names, int[] productIds, PurchaseModel model, double cycle) {
      this.h = h;
      this.names = names;
      this.productIds = productIds;
      this.model = model;
      this.cycle = cycle;
      this.p = names.size();
      this.complaints = names.indexOf(COMPLAINTS);
      this.tickets = names.indexOf(TICKETS);
      this.discount = names.indexOf(DISCOUNT);
    }

    /** Writes member {@code i}'s row into {@code out[base, base + width)}. */
    void fill(int i, double[] out, int base) {
      int c = members[i];
      int from = h.offsets[c];
      int last = lastBefore(h, c, cutoff);
      int k = last - from + 1;
      double x = summary.x(i);
      double alive = model.probabilityAlive(x, summary.recency(i), summary.age(i));
      out[base] = logit(alive);
      int spanDays = h.day[last] - h.day[from];
      int ageDays = cutoff - h.day[from];
      double own = k > 1 ? Math.max(1.0, (double) spanDays / (k - 1)) : cycle;
      double sum = 0;
      for (int o = from; o <= last; o++) {
        sum += Math.max(0, h.amount[o]);
      }
      double earlier = k > 1 ? (sum - Math.max(0, h.amount[last])) / (k - 1) : 0;
      out[base + 1] = Math.log1p(k - 1);
      out[base + 2] = Math.log1p(spanDays);
      out[base + 3] = Math.log1p(ageDays);
      out[base + 4] = Math.log1p(Math.max(0, cutoff - h.day[last]) / own);
      out[base + 5] = Math.log1p(Math.max(0, h.amount[from]));
      out[base + 6] = Math.log1p(Math.max(0, h.size[from]));
      out[base + 7] = Math.log1p(sum / k);
      out[base + 8] = k > 1 ? Math.log1p(Math.max(0, h.amount[last])) - Math.log1p(earlier) : 0;
      if (complaints >= 0) {
        out[base + complaints] = Math.log1p(h.complaints[c]);
      }
      if (tickets >= 0) {
        out[base + tickets] = Math.log1p(h.tickets[c]);
      }
      if (discount >= 0) {
        int total = h.offsets[c + 1] - from;
        out[base + discount] = Math.min(1.0, (double) h.discounted[c] / total);
      }
      for (int j = BASIC.size(); j < p; j++) {
        int id = productIds[j];
        if (id >= -1) {
          boolean first = names.get(j).startsWith(FIRST_PRODUCT);
          out[base + j] = id >= 0 && h.product[first ? from : last] == id ? 1 : 0;
        } else if (j != complaints && j != tickets && j != discount) {
          out[base + j] = 0;
        }
      }
    }
  }

  /**
   * For each column, the id in {@code h} of the product an indicator column tests: −1 when that
   * product is not in {@code h}, −2 for the other columns.
   *
   * @param h the history
   * @param names the columns
   * @return the ids, one per column
   */
  static int[] productIds(History h, List<String> names) {
    int[] ids = new int[names.size()];
    for (int j = 0; j < ids.length; j++) {
      String name = names.get(j);
      String product =
          name.startsWith(FIRST_PRODUCT)
              ? name.substring(FIRST_PRODUCT.length())
              : name.startsWith(LAST_PRODUCT) ? name.substring(LAST_PRODUCT.length()) : null;
      ids[j] = product == null ? -2 : Arrays.asList(h.productNames).indexOf(product);
    }
    return ids;
  }

  /** The median gap of the members with two or more purchase days; 30 days without any. */
  private double populationCycleDays(History h) {
    double[] cycles = new double[members.length];
    int r = 0;
    for (int c : members) {
      int from = h.offsets[c];
      int last = lastBefore(h, c, cutoff);
      if (last > from) {
        cycles[r++] = Math.max(1.0, (double) (h.day[last] - h.day[from]) / (last - from));
      }
    }
    if (r == 0) {
      return 30.0;
    }
    double[] v = Arrays.copyOf(cycles, r);
    Arrays.sort(v);
    return r % 2 == 1 ? v[r / 2] : (v[r / 2 - 1] + v[r / 2]) / 2;
  }

  static double logit(double p) {
    double q = Math.min(1 - LOGIT_BOUND, Math.max(LOGIT_BOUND, p));
    return Math.log(q / (1 - q));
  }
}
