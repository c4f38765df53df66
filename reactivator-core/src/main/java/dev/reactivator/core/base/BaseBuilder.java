package dev.reactivator.core.base;

import dev.reactivator.core.data.Field;
import dev.reactivator.core.data.IngestionReport;
import dev.reactivator.core.data.ProblemCode;
import dev.reactivator.core.data.RowProblem;
import dev.reactivator.core.data.SourceRow;
import dev.reactivator.core.internal.Messages;
import dev.reactivator.core.internal.StringIntMap;
import dev.reactivator.core.internal.UnionFind;
import dev.reactivator.core.spi.ProgressListener;
import dev.reactivator.core.spi.Stage;
import dev.reactivator.core.spi.TransactionSink;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Collects a source's rows into primitive columns and merges them into customers (union-find over
 * customer id, phone and e-mail keys). One instance per load; not thread-safe.
 */
public final class BaseBuilder implements TransactionSink {
  private static final int NONE = Integer.MIN_VALUE;
  private static final String[] NO_KEYS = new String[0];

  private final String source;
  private final Locale locale;
  private final ProgressListener progress;

  private Set<Field> columns = EnumSet.noneOf(Field.class);
  private Map<String, String> details = Map.of();
  private boolean begun;

  // identity keys, one map per kind -> key id (= union-find element); kinds ordered c < e < p
  private static final byte ID = 0;
  private static final byte EMAIL = 1;
  private static final byte PHONE = 2;
  private final StringIntMap idKeys = new StringIntMap(1024);
  private final StringIntMap emailKeys = new StringIntMap(1024);
  private final StringIntMap phoneKeys = new StringIntMap(1024);
  private int[] keyEntry = new int[1024]; // the key's entry in its kind's map
  private byte[] keyKind = new byte[1024];
  private String[] keyValue; // only while build() runs, made from the maps
  private long[] keyPrefix; // only while build() orders the customers
  private final UnionFind sets = new UnionFind();
  private final StringIntMap productIds = new StringIntMap(64); // value = entry
  private final StringIntMap nameIds = new StringIntMap(1024); // value = entry

  // per accepted row
  private int rows;
  private int[] rowKey = new int[1024];
  private int[] rowDay = new int[1024];
  private double[] rowAmount = new double[1024];
  private int[] rowProduct = new int[1024];
  private int[] rowName = new int[1024];
  private int[] rowFirst = new int[1024];
  // the three counts, made when the first row with any count arrives (NONE for the rows before)
  private int[] rowComplaints;
  private int[] rowTickets;
  private int[] rowDiscounted;

  private long refunds;
  private double refundAmount;
  private final List<RowProblem> rejected = new ArrayList<>();
  private final List<RowProblem> warnings = new ArrayList<>();

  public BaseBuilder(String source, Locale locale, ProgressListener progress) {
    this.source = source;
    this.locale = locale;
    this.progress = progress;
  }

  @Override
  public void begin(Set<Field> columns, Map<String, String> details) {
    if (begun) {
      throw new IllegalStateException("begin() called twice by source " + source);
    }
    begun = true;
    this.columns = columns.isEmpty() ? EnumSet.noneOf(Field.class) : EnumSet.copyOf(columns);
    this.details = Map.copyOf(details);
  }

  @Override
  public void accept(SourceRow row) {
    if (rows == rowKey.length) {
      grow();
    }
    int first = -1;
    if (row.customerId().isPresent()) {
      first = link(first, idKeys, ID, row.customerId().get());
    }
    if (row.phone().isPresent()) {
      first = link(first, phoneKeys, PHONE, row.phone().get());
    }
    if (row.email().isPresent()) {
      first = link(first, emailKeys, EMAIL, row.email().get());
    }
    int i = rows++;
    rowKey[i] = first;
    rowDay[i] = (int) row.date().toEpochDay();
    rowAmount[i] = row.amount();
    rowProduct[i] = intern(productIds, row.product());
    String name = row.name().orElse("");
    rowName[i] = name.isBlank() ? NONE : intern(nameIds, name);
    rowFirst[i] = row.firstPurchaseDate().isPresent() ? (int) row.firstPurchaseDate().get().toEpochDay() : NONE;
    if (rowComplaints == null
        && (row.complaints().isPresent() || row.tickets().isPresent() || row.discountedPurchases().isPresent())) {
      rowComplaints = absentCounts(rowKey.length);
      rowTickets = absentCounts(rowKey.length);
      rowDiscounted = absentCounts(rowKey.length);
    }
    if (rowComplaints != null) {
      rowComplaints[i] = row.complaints().orElse(NONE);
      rowTickets[i] = row.tickets().orElse(NONE);
      rowDiscounted[i] = row.discountedPurchases().orElse(NONE);
    }
  }

  private int link(int first, StringIntMap ids, byte kind, String value) {
    int id = ids.getOrPut(value, sets.count());
    if (id < 0) {
      id = sets.add();
      if (id == keyEntry.length) {
        keyEntry = Arrays.copyOf(keyEntry, id * 2);
        keyKind = Arrays.copyOf(keyKind, id * 2);
      }
      keyEntry[id] = ids.size() - 1;
      keyKind[id] = kind;
    }
    if (first >= 0) {
      sets.union(first, id);
      return first;
    }
    return id;
  }

  private static int intern(StringIntMap ids, String s) {
    int id = ids.getOrPut(s, ids.size());
    return id < 0 ? -1 - id : id;
  }

  private static int[] absentCounts(int n) {
    int[] a = new int[n];
    Arrays.fill(a, NONE);
    return a;
  }

  private void grow() {
    int n = rowKey.length * 2;
    rowKey = Arrays.copyOf(rowKey, n);
    rowDay = Arrays.copyOf(rowDay, n);
    rowAmount = Arrays.copyOf(rowAmount, n);
    rowProduct = Arrays.copyOf(rowProduct, n);
    rowName = Arrays.copyOf(rowName, n);
    rowFirst = Arrays.copyOf(rowFirst, n);
    if (rowComplaints != null) {
      rowComplaints = Arrays.copyOf(rowComplaints, n);
      rowTickets = Arrays.copyOf(rowTickets, n);
      rowDiscounted = Arrays.copyOf(rowDiscounted, n);
    }
  }

  @Override
  public void refund(long line, double amount) {
    refunds++;
    refundAmount += Math.abs(amount);
  }

  @Override
  public void reject(RowProblem problem) {
    rejected.add(problem);
  }

  @Override
  public void warn(RowProblem problem) {
    warnings.add(problem);
  }

  @Override
  public void progress(double fraction) {
    progress.onProgress(Stage.READING, Math.max(0, Math.min(1, fraction)));
  }

  /** How many rows were accepted so far; {@link #build} needs at least one. */
  public int acceptedRows() {
    return rows;
  }

  /**
   * The ingestion report of a source that gave no accepted row, rejected rows in line order, and
   * the most frequent problems, for the caller's error message.
   */
  public IngestionReport emptyReport() {
    rejected.sort(Comparator.comparingLong(RowProblem::line));
    warnings.sort(Comparator.comparingLong(RowProblem::line));
    return report(0);
  }

  /** The most frequent rejection reasons, as {@code code × count}, for an error message. */
  public String problemSummary() {
    return topProblems();
  }

  /** Merges the collected rows into a base. */
  public CustomerBase build(LocalDate asOf) {
    progress.onProgress(Stage.READING, 1.0);
    rejected.sort(Comparator.comparingLong(RowProblem::line));
    warnings.sort(Comparator.comparingLong(RowProblem::line));
    if (rows == 0) {
      throw new IllegalStateException("no accepted rows: check acceptedRows() before build()");
    }
    progress.onProgress(Stage.MERGING, 0.0);

    // 1. components of the key graph = customers, ordered by their smallest key (order-independent)
    int nKeys = sets.count();
    keyValue = new String[nKeys];
    for (int k = 0; k < nKeys; k++) {
      StringIntMap kindKeys = keyKind[k] == ID ? idKeys : keyKind[k] == EMAIL ? emailKeys : phoneKeys;
      keyValue[k] = kindKeys.key(keyEntry[k]);
    }
    keyPrefix = new long[nKeys];
    for (int k = 0; k < nKeys; k++) {
      keyPrefix[k] = prefix(keyKind[k], keyValue[k]);
    }
    int[] rootOf = new int[nKeys];
    int[] smallestKey = new int[nKeys];
    Arrays.fill(smallestKey, -1);
    int n = 0;
    for (int k = 0; k < nKeys; k++) {
      int r = sets.find(k);
      rootOf[k] = r;
      if (smallestKey[r] < 0) {
        n++;
        smallestKey[r] = k;
      } else if (compareKeys(k, smallestKey[r]) < 0) {
        smallestKey[r] = k;
      }
    }
    // the smallest keys of the components, sorted; then each root in that order
    int[] order0 = new int[n];
    for (int k = 0, j = 0; k < nKeys; k++) {
      if (rootOf[k] == k) {
        order0[j++] = smallestKey[k];
      }
    }
    sortKeys(order0);
    int[] roots = new int[n];
    for (int c = 0; c < n; c++) {
      roots[c] = rootOf[order0[c]];
    }
    keyPrefix = null;
    int[] customerOfRoot = new int[nKeys];
    for (int c = 0; c < n; c++) {
      customerOfRoot[roots[c]] = c;
    }

    // 2. products and names renumbered alphabetically (order-independent ids)
    String[] products = new String[productIds.size()];
    for (int p = 0; p < products.length; p++) {
      products[p] = productIds.key(p);
    }
    Integer[] order = new Integer[products.length];
    for (int p = 0; p < order.length; p++) {
      order[p] = p;
    }
    Arrays.sort(order, Comparator.comparing(p -> products[p]));
    int[] productRank = new int[products.length];
    String[] sortedProducts = new String[products.length];
    for (int r = 0; r < order.length; r++) {
      productRank[order[r]] = r;
      sortedProducts[r] = products[order[r]];
    }

    // 3. counting sort of rows by customer, then by (day, product, amount) within a customer
    int[] rowCustomer = new int[rows];
    int[] offsets = new int[n + 1];
    for (int i = 0; i < rows; i++) {
      int c = customerOfRoot[rootOf[rowKey[i]]];
      rowCustomer[i] = c;
      offsets[c + 1]++;
    }
    for (int c = 0; c < n; c++) {
      offsets[c + 1] += offsets[c];
    }
    // scatter every column into customer order in one sequential pass over the rows (random writes
    // instead of random reads per column), then work per customer on contiguous runs
    int[] fill = Arrays.copyOf(offsets, n);
    int[] day = new int[rows];
    double[] amount = new double[rows];
    int[] product = new int[rows];
    int[] sFirst = new int[rows];
    int[] sName = new int[rows];
    boolean anyCounts = rowComplaints != null
        && (columns.contains(Field.COMPLAINTS) || columns.contains(Field.TICKETS) || columns.contains(Field.DISCOUNTED_PURCHASES));
    int[] sComplaints = anyCounts ? new int[rows] : null;
    int[] sTickets = anyCounts ? new int[rows] : null;
    int[] sDiscounted = anyCounts ? new int[rows] : null;
    for (int i = 0; i < rows; i++) {
      int j = fill[rowCustomer[i]]++;
      day[j] = rowDay[i];
      amount[j] = rowAmount[i];
      product[j] = productRank[rowProduct[i]];
      sFirst[j] = rowFirst[i];
      sName[j] = rowName[i];
      if (anyCounts) {
        sComplaints[j] = rowComplaints[i];
        sTickets[j] = rowTickets[i];
        sDiscounted[j] = rowDiscounted[i];
      }
    }
    rowCustomer = null;
    progress.onProgress(Stage.MERGING, 0.5);
    int[] firstDay = new int[n];
    String[] names = new String[n];
    int[] complaints = columns.contains(Field.COMPLAINTS) ? new int[n] : null;
    int[] tickets = columns.contains(Field.TICKETS) ? new int[n] : null;
    int[] discounted = columns.contains(Field.DISCOUNTED_PURCHASES) ? new int[n] : null;
    for (int c = 0; c < n; c++) {
      int from = offsets[c];
      int to = offsets[c + 1];
      sortRows(day, product, amount, from, to);
      int first = Integer.MAX_VALUE;
      int cMax = NONE;
      int tMax = NONE;
      int dMax = NONE;
      for (int j = from; j < to; j++) {
        first = Math.min(first, day[j]);
        if (sFirst[j] != NONE) {
          first = Math.min(first, sFirst[j]);
        }
        if (anyCounts) {
          cMax = Math.max(cMax, sComplaints[j]);
          tMax = Math.max(tMax, sTickets[j]);
          dMax = Math.max(dMax, sDiscounted[j]);
        }
      }
      firstDay[c] = first;
      names[c] = mostFrequentName(sName, from, to);
      if (complaints != null) {
        complaints[c] = cMax == NONE ? CustomerBase.ABSENT : cMax;
      }
      if (tickets != null) {
        tickets[c] = tMax == NONE ? CustomerBase.ABSENT : tMax;
      }
      if (discounted != null) {
        discounted[c] = dMax == NONE ? CustomerBase.ABSENT : dMax;
      }
    }

    // 4. every key seen, per customer, sorted
    String[][] phones = new String[n][];
    String[][] emails = new String[n][];
    String[][] ids = new String[n][];
    int[][] counts = new int[3][n];
    for (int k = 0; k < nKeys; k++) {
      counts[keyKind[k]][customerOfRoot[rootOf[k]]]++;
    }
    for (int c = 0; c < n; c++) {
      ids[c] = counts[ID][c] == 0 ? NO_KEYS : new String[counts[ID][c]];
      emails[c] = counts[EMAIL][c] == 0 ? NO_KEYS : new String[counts[EMAIL][c]];
      phones[c] = counts[PHONE][c] == 0 ? NO_KEYS : new String[counts[PHONE][c]];
    }
    for (int k = 0; k < nKeys; k++) {
      int c = customerOfRoot[rootOf[k]];
      String[] target = keyKind[k] == ID ? ids[c] : keyKind[k] == EMAIL ? emails[c] : phones[c];
      target[--counts[keyKind[k]][c]] = keyValue[k];
    }
    for (int c = 0; c < n; c++) {
      sortIfNeeded(ids[c]);
      sortIfNeeded(emails[c]);
      sortIfNeeded(phones[c]);
    }
    keyValue = null;
    progress.onProgress(Stage.MERGING, 1.0);
    return new CustomerBase(
        asOf,
        report(n),
        locale,
        offsets,
        day,
        amount,
        product,
        sortedProducts,
        firstDay,
        names,
        phones,
        emails,
        ids,
        complaints,
        tickets,
        discounted);
  }

  private static void sortIfNeeded(String[] values) {
    if (values.length > 1) {
      Arrays.sort(values);
    }
  }

  /** Orders identity keys by kind (customer id, e-mail, phone), then by value. */
  private int compareKeys(int a, int b) {
    if (keyPrefix != null) {
      int c = Long.compare(keyPrefix[a], keyPrefix[b]);
      if (c != 0) {
        return c;
      }
    }
    int c = Byte.compare(keyKind[a], keyKind[b]);
    return c != 0 ? c : keyValue[a].compareTo(keyValue[b]);
  }

  /**
   * A non-negative number whose order agrees with {@link #compareKeys}: the kind in the top bits,
   * then the first 8 characters in 7 bits each (0 past the end, 1 + c for ASCII, 127 for any other
   * character, after which nothing more is encoded). Equal prefixes say nothing; the keys are then
   * compared in full.
   */
  private static long prefix(byte kind, String value) {
    long p = kind;
    boolean open = true;
    for (int i = 0; i < 8; i++) {
      int code = 0;
      if (open && i < value.length()) {
        char c = value.charAt(i);
        if (c < 127) {
          code = c + 1;
        } else {
          code = 127;
          open = false;
        }
      } else {
        open = false;
      }
      p = (p << 7) | code;
    }
    return p;
  }

  /**
   * Sorts key ids by {@link #compareKeys}: a bottom-up merge sort over primitive ids that carries
   * each id's prefix alongside, so comparisons read the arrays being merged in order and look at the
   * key Strings only on equal prefixes.
   */
  private void sortKeys(int[] a) {
    int n = a.length;
    long[] pa = new long[n];
    for (int i = 0; i < n; i++) {
      pa[i] = keyPrefix[a[i]];
    }
    int[] src = a;
    long[] psrc = pa;
    int[] dst = new int[n];
    long[] pdst = new long[n];
    final int run = 16;
    for (int lo = 0; lo < n; lo += run) {
      int hi = Math.min(n, lo + run);
      for (int i = lo + 1; i < hi; i++) {
        int x = a[i];
        long px = pa[i];
        int j = i - 1;
        while (j >= lo && (pa[j] > px || (pa[j] == px && compareKeys(a[j], x) > 0))) {
          a[j + 1] = a[j];
          pa[j + 1] = pa[j];
          j--;
        }
        a[j + 1] = x;
        pa[j + 1] = px;
      }
    }
    for (int width = run; width < n; width *= 2) {
      for (int lo = 0; lo < n; lo += 2 * width) {
        int mid = Math.min(n, lo + width);
        int hi = Math.min(n, lo + 2 * width);
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
          long pi = psrc[i];
          long pj = psrc[j];
          if (pj < pi || (pj == pi && compareKeys(src[j], src[i]) < 0)) {
            pdst[k] = pj;
            dst[k++] = src[j++];
          } else {
            pdst[k] = pi;
            dst[k++] = src[i++];
          }
        }
        System.arraycopy(src, i, dst, k, mid - i);
        System.arraycopy(psrc, i, pdst, k, mid - i);
        k += mid - i;
        System.arraycopy(src, j, dst, k, hi - j);
        System.arraycopy(psrc, j, pdst, k, hi - j);
      }
      int[] t = src;
      src = dst;
      dst = t;
      long[] pt = psrc;
      psrc = pdst;
      pdst = pt;
    }
    if (src != a) {
      System.arraycopy(src, 0, a, 0, n);
    }
  }

  /** The most frequent name among a customer's rows, {@code nameOf[from..to)}; ties → alphabetically first. */
  private String mostFrequentName(int[] nameOf, int from, int to) {
    int best = NONE;
    int bestCount = 0;
    String bestName = null; // made only when a tie needs it
    if (to - from > 64) {
      Map<Integer, Integer> counts = new HashMap<>();
      for (int a = from; a < to; a++) {
        if (nameOf[a] != NONE) {
          counts.merge(nameOf[a], 1, Integer::sum);
        }
      }
      for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
        int id = e.getKey();
        int cnt = e.getValue();
        if (cnt > bestCount) {
          best = id;
          bestCount = cnt;
          bestName = null;
        } else if (cnt == bestCount) {
          if (bestName == null) {
            bestName = nameIds.key(best);
          }
          String name = nameIds.key(id);
          if (name.compareTo(bestName) < 0) {
            best = id;
            bestName = name;
          }
        }
      }
      return best == NONE ? null : bestName != null ? bestName : nameIds.key(best);
    }
    for (int a = from; a < to; a++) {
      int id = nameOf[a];
      if (id == NONE) {
        continue;
      }
      boolean counted = false;
      for (int b = from; b < a && !counted; b++) {
        counted = nameOf[b] == id;
      }
      if (counted) {
        continue;
      }
      int cnt = 1;
      for (int b = a + 1; b < to; b++) {
        if (nameOf[b] == id) {
          cnt++;
        }
      }
      if (cnt > bestCount) {
        best = id;
        bestCount = cnt;
        bestName = null;
      } else if (cnt == bestCount) {
        if (bestName == null) {
          bestName = nameIds.key(best);
        }
        String name = nameIds.key(id);
        if (name.compareTo(bestName) < 0) {
          best = id;
          bestName = name;
        }
      }
    }
    return best == NONE ? null : bestName != null ? bestName : nameIds.key(best);
  }

  /**
   * Sorts a customer's purchases {@code [from, to)} by (day, product rank, amount), moving the three
   * columns together: insertion sort for small runs, else an index sort of the run.
   */
  private static void sortRows(int[] day, int[] product, double[] amount, int from, int to) {
    if (to - from < 2) {
      return;
    }
    if (to - from <= 32) {
      for (int a = from + 1; a < to; a++) {
        int d = day[a];
        int p = product[a];
        double m = amount[a];
        int b = a - 1;
        while (b >= from && compareRows(day[b], product[b], amount[b], d, p, m) > 0) {
          day[b + 1] = day[b];
          product[b + 1] = product[b];
          amount[b + 1] = amount[b];
          b--;
        }
        day[b + 1] = d;
        product[b + 1] = p;
        amount[b + 1] = m;
      }
      return;
    }
    int len = to - from;
    Integer[] boxed = new Integer[len];
    for (int j = 0; j < len; j++) {
      boxed[j] = from + j;
    }
    Arrays.sort(boxed, (x, y) -> compareRows(day[x], product[x], amount[x], day[y], product[y], amount[y]));
    int[] d = new int[len];
    int[] p = new int[len];
    double[] m = new double[len];
    for (int j = 0; j < len; j++) {
      d[j] = day[boxed[j]];
      p[j] = product[boxed[j]];
      m[j] = amount[boxed[j]];
    }
    System.arraycopy(d, 0, day, from, len);
    System.arraycopy(p, 0, product, from, len);
    System.arraycopy(m, 0, amount, from, len);
  }

  private static int compareRows(int dayX, int productX, double amountX, int dayY, int productY, double amountY) {
    int c = Integer.compare(dayX, dayY);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(productX, productY);
    return c != 0 ? c : Double.compare(amountX, amountY);
  }

  private IngestionReport report(int uniqueCustomers) {
    return new IngestionReport(
        source, rows + refunds + rejected.size(), rows, refunds, refundAmount, rejected.size(), rejected, warnings,
        uniqueCustomers, columns, details);
  }

  private String topProblems() {
    Map<ProblemCode, List<RowProblem>> byCode = new EnumMap<>(ProblemCode.class);
    for (RowProblem p : rejected) {
      byCode.computeIfAbsent(p.code(), k -> new ArrayList<>()).add(p);
    }
    return byCode.values().stream()
        .sorted(Comparator.comparingInt((List<RowProblem> l) -> -l.size()).thenComparing(l -> l.get(0).code()))
        .limit(3)
        .map(l -> Messages.get(locale, "input.problemSummary", l.get(0).code(), l.size(), l.get(0).line(), l.get(0).message()))
        .collect(Collectors.joining("; "));
  }
}
