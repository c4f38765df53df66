package dev.reactivator.io.internal;

import dev.reactivator.core.InputException;
import dev.reactivator.core.data.Field;
import dev.reactivator.core.spi.SourceOptions;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The number and date conventions of one file, decided per column from a bounded sample of its
 * first records (or forced by the source options), and how each was decided. Immutable once {@link
 * Sampler#decide decided}.
 *
 * <p>Decimal separator: one for the amount column (both columns of an {@code A*B} amount). Values
 * that can only be read one way ({@code 4.8533}, {@code 1332.665}, {@code 12.5}, {@code
 * 1,975,432.09}) vote; the majority wins. When no sampled value votes, the default is the dot:
 * {@code 4.775} is 4.775 and {@code 1,500} is 1500 (see {@code docs/input.md}).
 *
 * <p>Dates: per date column, the built-in format that reads the most sampled values; a column whose
 * values all fit both {@code dd/MM/yyyy} and {@code MM/dd/yyyy} is an {@link InputException}; Excel
 * serial days only when every sampled value is one.
 */
final class Conventions {
  /** Records sampled before rows are validated. */
  static final int SAMPLE = 10_000;

  /** Records sampled at most while the day/month order of a date column is still open. */
  static final int MAX_SAMPLE = 100_000;

  /** How a convention was decided, as stored in the report details. */
  static final String BY_OPTION = "option";

  static final String BY_DATA = "data";
  static final String BY_DEFAULT = "default";

  final char decimal;
  final String decimalSource;

  /** The ISO code of the currency marks of the amount column ({@code $}, {@code €} …), or null. */
  final String currency;

  final DateConvention purchaseDate;
  final String purchaseDateSource;
  final DateConvention firstPurchaseDate;
  final String firstPurchaseDateSource;

  private Conventions(
      char decimal,
      String decimalSource,
      String currency,
      DateConvention purchaseDate,
      String purchaseDateSource,
      DateConvention firstPurchaseDate,
      String firstPurchaseDateSource) {
    this.decimal = decimal;
    this.decimalSource = decimalSource;
    this.currency = currency;
    this.purchaseDate = purchaseDate;
    this.purchaseDateSource = purchaseDateSource;
    this.firstPurchaseDate = firstPurchaseDate;
    this.firstPurchaseDateSource = firstPurchaseDateSource;
  }

  /** Puts the conventions into the report details: {@code decimal}, {@code dateFormat.<field>}. */
  void describe(Layout layout, Map<String, String> details) {
    details.put("decimal", String.valueOf(decimal));
    details.put("decimalSource", decimalSource);
    if (currency != null) {
      details.put("currency", currency);
    }
    if (layout.has(Field.PURCHASE_DATE)) {
      details.put("dateFormat.purchase_date", purchaseDate.pattern());
      details.put("dateFormatSource.purchase_date", purchaseDateSource);
    }
    if (layout.has(Field.FIRST_PURCHASE_DATE)) {
      details.put("dateFormat.first_purchase_date", firstPurchaseDate.pattern());
      details.put("dateFormatSource.first_purchase_date", firstPurchaseDateSource);
    }
  }

  /** Collects the evidence of the sampled records. Not thread-safe. */
  static final class Sampler {
    private final int cAmount;
    private final int cFactor;
    private final Character forcedDecimal;
    private final DateConvention forcedDate;
    private final DateVote purchase;
    private final DateVote first;
    private int dot;
    private int comma;
    private final Map<String, Integer> currencies = new HashMap<>();
    private int unmarked;

    Sampler(Layout layout, SourceOptions options) {
      this.cAmount = layout.column(Field.AMOUNT);
      this.cFactor = layout.amountFactor();
      this.forcedDecimal = options.decimal().orElse(null);
      this.forcedDate = options.dateFormat().map(DateConvention::forced).orElse(null);
      this.purchase = new DateVote(layout.column(Field.PURCHASE_DATE), layout);
      this.first = new DateVote(layout.column(Field.FIRST_PURCHASE_DATE), layout);
    }

    void add(CsvRow r) {
      mark(r, cAmount);
      mark(r, cFactor);
      if (forcedDecimal == null) {
        vote(r, cAmount);
        vote(r, cFactor);
      }
      if (forcedDate == null) {
        purchase.add(r);
        first.add(r);
      }
    }

    private void mark(CsvRow r, int c) {
      if (c >= 0 && c < r.size()) {
        String cell = r.trimmed(c);
        String code = CurrencyMarks.codeOf(cell);
        if (code != null) {
          currencies.merge(code, 1, Integer::sum);
        } else if (!cell.isEmpty()) {
          unmarked++;
        }
      }
    }

    /**
     * The most frequent currency mark of the sample (ties: the alphabetically first) when it marks
     * more cells than are unmarked; else null (the amounts' currency is not written in them).
     */
    private String currency() {
      return currencies.entrySet().stream()
          .filter(e -> e.getValue() > unmarked)
          .sorted(
              Map.Entry.<String, Integer>comparingByValue()
                  .reversed()
                  .thenComparing(Map.Entry.comparingByKey()))
          .map(Map.Entry::getKey)
          .findFirst()
          .orElse(null);
    }

    private void vote(CsvRow r, int c) {
      if (c >= 0 && c < r.size()) {
        char e = Cells.decimalEvidence(r.trimmed(c));
        if (e == '.') {
          dot++;
        } else if (e == ',') {
          comma++;
        }
      }
    }

    /** Whether a date column still cannot tell day-first from month-first. */
    boolean orderOpen() {
      return forcedDate == null && (purchase.ambiguous() || first.ambiguous());
    }

    /**
     * The conventions of the sample.
     *
     * @throws InputException when a date column fits two formats equally
     */
    Conventions decide(String source, Locale locale) {
      char decimal;
      String decimalSource;
      if (forcedDecimal != null) {
        decimal = forcedDecimal;
        decimalSource = BY_OPTION;
      } else if (dot == 0 && comma == 0) {
        decimal = '.';
        decimalSource = BY_DEFAULT;
      } else {
        decimal = comma > dot ? ',' : '.';
        decimalSource = BY_DATA;
      }
      if (forcedDate != null) {
        return new Conventions(
            decimal, decimalSource, currency(), forcedDate, BY_OPTION, forcedDate, BY_OPTION);
      }
      // a column that cannot tell the order follows the file's other date column when it can
      DateConvention p = purchase.decided();
      DateConvention f = first.decided();
      if (purchase.ambiguous() && f != null && first.decidesOrder()) {
        p = f;
      }
      if (first.ambiguous() && p != null && purchase.decidesOrder()) {
        f = p;
      }
      if (p == null) {
        throw purchase.error(source, locale);
      }
      if (f == null) {
        throw first.error(source, locale);
      }
      return new Conventions(
          decimal, decimalSource, currency(), p, purchase.source(), f, first.source());
    }
  }

  /** The votes of one date column. */
  private static final class DateVote {
    private final int column;
    private final String header;
    private final int[] fits = new int[DateConvention.BUILT_IN.size()];
    private int values;
    private String example;

    DateVote(int column, Layout layout) {
      this.column = column;
      this.header = column >= 0 ? layout.header(column) : "";
    }

    void add(CsvRow r) {
      if (column < 0 || column >= r.size()) {
        return;
      }
      String s = r.trimmed(column);
      if (s.isEmpty()) {
        return;
      }
      values++;
      for (int k = 0; k < fits.length; k++) {
        if (DateConvention.BUILT_IN.get(k).parseOwn(s) != Cells.INVALID) {
          fits[k]++;
        }
      }
      if (example == null
          && DateConvention.DMY_SLASH.parseOwn(s) != Cells.INVALID
          && DateConvention.MDY_SLASH.parseOwn(s) != Cells.INVALID) {
        example = s;
      }
    }

    private int best() {
      int excel = DateConvention.BUILT_IN.indexOf(DateConvention.EXCEL);
      int best = -1;
      for (int k = 0; k < fits.length; k++) {
        if (k == excel && fits[k] < values) {
          continue; // Excel serials only when the whole sample is serials
        }
        if (fits[k] > 0 && (best < 0 || fits[k] > fits[best])) {
          best = k;
        }
      }
      return best;
    }

    /** Whether the best formats are day-first and month-first with as many values each. */
    boolean ambiguous() {
      int b = best();
      if (b < 0) {
        return false;
      }
      DateConvention c = DateConvention.BUILT_IN.get(b);
      return (c == DateConvention.DMY_SLASH || c == DateConvention.MDY_SLASH)
          && fits[index(DateConvention.DMY_SLASH)] == fits[index(DateConvention.MDY_SLASH)];
    }

    /** Whether this column's format settles the day/month order of the file's other column. */
    boolean decidesOrder() {
      DateConvention c = decided();
      return c == DateConvention.DMY_SLASH || c == DateConvention.MDY_SLASH;
    }

    /** The column's format, the default when nothing was sampled, {@code null} when ambiguous. */
    DateConvention decided() {
      if (ambiguous()) {
        return null;
      }
      int b = best();
      return b < 0 ? DateConvention.DMY_DOT : DateConvention.BUILT_IN.get(b);
    }

    String source() {
      return best() < 0 ? BY_DEFAULT : BY_DATA;
    }

    InputException error(String source, Locale locale) {
      return new InputException(
          source,
          0,
          header,
          IoMessages.get(
              locale,
              "date.ambiguous",
              source,
              header,
              Shown.value(example == null ? "" : example),
              DateConvention.DMY_SLASH.pattern(),
              DateConvention.MDY_SLASH.pattern()),
          null);
    }

    private static int index(DateConvention c) {
      return DateConvention.BUILT_IN.indexOf(c);
    }
  }
}
