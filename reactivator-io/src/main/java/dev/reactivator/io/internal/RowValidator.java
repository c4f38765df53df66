package dev.reactivator.io.internal;

import dev.reactivator.core.data.Contacts;
import dev.reactivator.core.data.Field;
import dev.reactivator.core.data.ProblemCode;
import dev.reactivator.core.data.RowProblem;
import dev.reactivator.core.data.SourceRow;
import dev.reactivator.core.spi.ReadContext;
import dev.reactivator.core.spi.TransactionSink;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.ResourceBundle;

/**
 * Turns one CSV record into exactly one of {@code accept}, {@code refund} or {@code reject} on the
 * sink. A row with several problems is rejected once: the problem reported (code, column, value) is
 * the leftmost one, and the message names every problem of the row, leftmost first. Not
 * thread-safe; one per read.
 */
final class RowValidator {
  private static final int ABSENT = -1;

  private final TransactionSink sink;
  private final Locale locale;
  private final ResourceBundle bundle;
  private final int width;
  private final String delimiter;
  private final int asOfDay;
  private final String asOfText;
  private final char decimal;
  private final String currency;
  private final String amountInvalid; // message key of an amount that is no number
  private final DateConvention purchaseDates;
  private final DateConvention firstDates;
  private final String purchaseDateInvalid;
  private final String firstDateInvalid;

  private final int cId;
  private final int cPhone;
  private final int cEmail;
  private final int cName;
  private final int cProduct;
  private final int cAmount;
  private final int cFactor;
  private final int cDays;
  private final int cFirst;
  private final int cPurchase;
  private final int cComplaints;
  private final int cTickets;
  private final int cDiscounted;
  private final int cOrder;
  private final int cCategory;
  private final String[] header;

  // the first identity cell of the current row that held a placeholder, or ABSENT
  private int placeholderColumn;
  private String placeholderValue;

  private final List<Problem> problems = new ArrayList<>(4);

  // LocalDate of asOfDay - k for the k most often seen (a purchase export spans a few thousand
  // days)
  private static final int DATE_CACHE = 1 << 16;
  private final LocalDate[] dates = new LocalDate[DATE_CACHE];

  /** One problem of a row before it is turned into a message. */
  private record Problem(int order, ProblemCode code, String column, String value, String reason) {}

  RowValidator(
      Layout layout,
      ReadContext context,
      TransactionSink sink,
      char delimiter,
      Conventions conventions) {
    this.sink = sink;
    this.locale = context.locale();
    this.bundle = IoMessages.bundle(locale);
    this.width = layout.headers().size();
    this.delimiter = Detection.describe(delimiter);
    this.asOfDay = (int) context.asOf().toEpochDay();
    this.asOfText = context.asOf().format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    this.decimal = conventions.decimal;
    this.currency = conventions.currency;
    this.amountInvalid =
        conventions.decimal == '.' && !Conventions.BY_DEFAULT.equals(conventions.decimalSource)
            ? "amount.invalid.dot"
            : "amount.invalid";
    this.purchaseDates = conventions.purchaseDate;
    this.firstDates = conventions.firstPurchaseDate;
    this.purchaseDateInvalid = dateInvalid(purchaseDates);
    this.firstDateInvalid = dateInvalid(firstDates);
    this.cId = layout.column(Field.CUSTOMER_ID);
    this.cPhone = layout.column(Field.PHONE);
    this.cEmail = layout.column(Field.EMAIL);
    this.cName = layout.column(Field.NAME);
    this.cProduct = layout.column(Field.PRODUCT);
    this.cAmount = layout.column(Field.AMOUNT);
    this.cFactor = layout.amountFactor();
    this.cDays = layout.column(Field.DAYS);
    this.cFirst = layout.column(Field.FIRST_PURCHASE_DATE);
    this.cPurchase = layout.column(Field.PURCHASE_DATE);
    this.cComplaints = layout.column(Field.COMPLAINTS);
    this.cTickets = layout.column(Field.TICKETS);
    this.cDiscounted = layout.column(Field.DISCOUNTED_PURCHASES);
    this.cOrder = layout.column(Field.ORDER_ID);
    this.cCategory = layout.column(Field.CATEGORY);
    this.header = new String[width];
    for (int i = 0; i < width; i++) {
      header[i] = layout.header(i);
    }
  }

  /** Validates the record that starts on physical line {@code line} and hands it to the sink. */
  void row(CsvRow r, long line) {
    int size = r.size();
    boolean blank = true;
    for (int i = 0; i < size && blank; i++) {
      blank = r.isBlank(i);
    }
    if (blank) {
      sink.reject(
          RowProblem.ofRow(line, ProblemCode.EMPTY_ROW, text("row", line, text("row.empty"))));
      return;
    }
    if (size < width || (size > width && !extraBlank(r))) {
      sink.reject(
          RowProblem.ofRow(
              line,
              ProblemCode.CELL_COUNT,
              text("row", line, text("row.cells", size, width, delimiter))));
      return;
    }
    problems.clear();
    placeholderColumn = ABSENT;

    String id = identity(r, cId);
    String phone = null;
    String phoneRaw = identity(r, cPhone);
    if (phoneRaw != null) {
      phone = Contacts.normalizePhone(phoneRaw).orElse(null);
      if (phone == null) {
        String key =
            Cells.isScientific(phoneRaw)
                ? "phone.scientific"
                : Cells.hasLetter(phoneRaw) ? "phone.letters" : "phone.digits";
        problem(cPhone, ProblemCode.PHONE_INVALID, phoneRaw, text(key, header[cPhone]));
      }
    }
    String email = null;
    String emailRaw = identity(r, cEmail);
    if (emailRaw != null) {
      email = Contacts.normalizeEmail(emailRaw).orElse(null);
      if (email == null) {
        problem(cEmail, ProblemCode.EMAIL_INVALID, emailRaw, text("email.invalid"));
      }
    }
    if (id == null && phoneRaw == null && emailRaw == null && placeholderColumn != ABSENT) {
      problem(
          placeholderColumn,
          ProblemCode.NO_IDENTITY,
          placeholderValue,
          text("identity.placeholder"));
    } else if (id == null && phoneRaw == null && emailRaw == null) {
      problems.add(
          new Problem(
              Math.max(0, Math.min(idx(cId), Math.min(idx(cPhone), idx(cEmail)))),
              ProblemCode.NO_IDENTITY,
              null,
              null,
              text("identity.none")));
    }
    String name = optional(r, cName);
    // without a product column (a plain transaction log) every row has the empty product
    String product = cProduct < 0 ? "" : optional(r, cProduct);
    if (product == null) {
      problem(cProduct, ProblemCode.PRODUCT_EMPTY, "", text("product.empty"));
    }
    double amount = amount(r, cAmount);
    if (cFactor >= 0) {
      double factor = amount(r, cFactor);
      amount =
          Double.isNaN(amount) || Double.isNaN(factor)
              ? Double.NaN
              : Math.rint(amount * factor * 1e4) / 1e4;
    }

    // the common shapes (2024-10-05, 05.10.2024 in their own column) are read from the chars
    int day =
        cPurchase < 0
            ? Cells.INVALID
            : purchaseDates.parseFast(r.chars(), r.start(cPurchase), r.end(cPurchase));
    String purchase = day == Cells.INVALID || day > asOfDay ? optional(r, cPurchase) : null;
    String days = day == Cells.INVALID ? optional(r, cDays) : null;
    if (day != Cells.INVALID && day <= asOfDay) {
      // read from the chars: a valid date not after the analysis date
    } else if (purchase != null) {
      day = purchaseDates.parse(purchase);
      if (day == Cells.INVALID) {
        problem(cPurchase, ProblemCode.DATE_INVALID, purchase, purchaseDateInvalid);
      } else if (day > asOfDay) {
        problem(cPurchase, ProblemCode.DATE_IN_FUTURE, purchase, text("date.future", asOfText));
        day = Cells.INVALID;
      }
    } else if (days != null) {
      int d = Cells.parseWhole(days, Cells.MAX_DAYS);
      if (d == Cells.INVALID) {
        problem(cDays, ProblemCode.DAYS_INVALID, days, text("days.invalid"));
      } else {
        day = asOfDay - d;
      }
    } else {
      int c = cPurchase >= 0 ? cPurchase : cDays;
      problem(c, ProblemCode.DATE_MISSING, "", text("date.missing"));
    }
    int first =
        cFirst < 0
            ? Cells.INVALID
            : firstDates.parseFast(r.chars(), r.start(cFirst), r.end(cFirst));
    String firstRaw = first == Cells.INVALID || first > asOfDay ? optional(r, cFirst) : null;
    if (firstRaw != null) {
      first = firstDates.parse(firstRaw);
      if (first == Cells.INVALID) {
        problem(cFirst, ProblemCode.DATE_INVALID, firstRaw, firstDateInvalid);
      } else if (first > asOfDay) {
        problem(cFirst, ProblemCode.DATE_IN_FUTURE, firstRaw, text("date.future", asOfText));
      }
    }
    OptionalInt complaints = count(r, cComplaints);
    OptionalInt tickets = count(r, cTickets);
    OptionalInt discounted = count(r, cDiscounted);
    String order = optional(r, cOrder);
    String category = optional(r, cCategory);

    if (!problems.isEmpty()) {
      sink.reject(combine(line));
      return;
    }
    if (amount <= 0 || isCancellation(order)) {
      sink.refund(
          line,
          amount <= 0 ? amount : -amount,
          Optional.ofNullable(id),
          Optional.ofNullable(phone),
          Optional.ofNullable(email));
      return;
    }
    if (placeholderColumn != ABSENT) {
      String column = header[placeholderColumn];
      sink.warn(
          RowProblem.inColumn(
              line,
              column,
              placeholderValue,
              ProblemCode.NO_IDENTITY,
              text(
                  "cell",
                  line,
                  column,
                  shown(placeholderValue),
                  text("identity.placeholderIgnored"))));
    }
    sink.accept(
        new SourceRow(
            line,
            Optional.ofNullable(id),
            Optional.ofNullable(phone),
            Optional.ofNullable(email),
            Optional.ofNullable(name),
            product,
            amount,
            date(day),
            first == Cells.INVALID ? Optional.empty() : Optional.of(date(first)),
            complaints,
            tickets,
            discounted,
            Optional.ofNullable(order),
            Optional.ofNullable(category)));
  }

  /**
   * Whether an order id marks a cancellation, as UCI Online Retail–style exports do: {@code C}
   * followed by the digits of the cancelled invoice ({@code C536379}). Such a line is a refund
   * whatever the sign of its amount.
   */
  private static boolean isCancellation(String order) {
    if (order == null || order.length() < 2 || order.charAt(0) != 'C') {
      return false;
    }
    for (int i = 1; i < order.length(); i++) {
      char c = order.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * An identity cell: trimmed, or null when empty or a placeholder such as {@code N/A} (the first
   * placeholder of the row is remembered for its warning or rejection).
   */
  private String identity(CsvRow r, int c) {
    String v = optional(r, c);
    if (v != null && Placeholders.is(v)) {
      if (placeholderColumn == ABSENT) {
        placeholderColumn = c;
        placeholderValue = v;
      }
      return null;
    }
    return v;
  }

  /** The date of an epoch day, one shared instance per day near the analysis date. */
  private LocalDate date(int epochDay) {
    int k = asOfDay - epochDay;
    if (k < 0 || k >= DATE_CACHE) {
      return LocalDate.ofEpochDay(epochDay);
    }
    LocalDate d = dates[k];
    if (d == null) {
      d = LocalDate.ofEpochDay(epochDay);
      dates[k] = d;
    }
    return d;
  }

  private double amount(CsvRow r, int c) {
    // a plain decimal (443.67, -12,5 in a comma column) is read from the chars, with no String
    double plain = Cells.parsePlainAmount(r.chars(), r.start(c), r.end(c), decimal);
    if (!Double.isNaN(plain)) {
      return plain;
    }
    String raw = r.trimmed(c);
    if (raw.isEmpty()) {
      problem(c, ProblemCode.AMOUNT_INVALID, "", text("amount.empty"));
      return Double.NaN;
    }
    String code = CurrencyMarks.codeOf(raw);
    if (code != null) {
      if (!code.equals(currency)) {
        problem(
            c,
            ProblemCode.AMOUNT_INVALID,
            raw,
            currency == null
                ? text("amount.currency.unmarked", code)
                : text("amount.currency.mixed", code, currency));
        return Double.NaN;
      }
      raw = CurrencyMarks.strip(raw);
    }
    double v = Cells.parseAmount(raw, decimal);
    if (Double.isNaN(v)) {
      String key = Cells.amountProblem(raw);
      String reason =
          key.equals("amount.invalid")
              ? text(amountInvalid)
              : text(key, String.valueOf(decimal), decimal == '.' ? ',' : '.');
      problem(c, ProblemCode.AMOUNT_INVALID, raw, reason);
    }
    return v;
  }

  /** Why a date of a column in {@code format} is invalid, in the user's language. */
  private String dateInvalid(DateConvention format) {
    return format.isDefault()
        ? text("date.invalid")
        : text("date.invalid.format", format.pattern(), format.example());
  }

  private OptionalInt count(CsvRow r, int c) {
    if (c < 0) {
      return OptionalInt.empty();
    }
    String raw = r.trimmed(c);
    if (raw.isEmpty()) {
      return OptionalInt.empty();
    }
    int v = Cells.parseWhole(raw, Cells.MAX_COUNT);
    if (v == Cells.INVALID) {
      problem(c, ProblemCode.COUNT_INVALID, raw, text("count.invalid"));
      return OptionalInt.empty();
    }
    return OptionalInt.of(v);
  }

  private static int idx(int c) {
    return c < 0 ? Integer.MAX_VALUE : c;
  }

  private void problem(int column, ProblemCode code, String value, String reason) {
    problems.add(new Problem(column, code, header[column], value, reason));
  }

  private RowProblem combine(long line) {
    if (problems.size() > 1) {
      problems.sort(Comparator.comparingInt(Problem::order));
    }
    Problem p = problems.get(0);
    StringBuilder msg = new StringBuilder(full(line, p));
    if (problems.size() > 1) {
      StringBuilder also = new StringBuilder();
      for (int i = 1; i < problems.size(); i++) {
        if (i > 1) {
          also.append(' ');
        }
        also.append(part(problems.get(i)));
      }
      msg.append(' ').append(text("also", also.toString()));
    }
    if (p.column() == null) {
      return RowProblem.ofRow(line, p.code(), msg.toString());
    }
    return RowProblem.inColumn(line, p.column(), p.value(), p.code(), msg.toString());
  }

  private String full(long line, Problem p) {
    if (p.column() == null) {
      return text("row", line, p.reason());
    }
    if (p.value().isEmpty()) {
      return text("cell.empty", line, p.column(), p.reason());
    }
    return text("cell", line, p.column(), shown(p.value()), p.reason());
  }

  private String part(Problem p) {
    if (p.column() == null) {
      return p.reason();
    }
    if (p.value().isEmpty()) {
      return text("also.empty", p.column(), p.reason());
    }
    return text("also.cell", p.column(), shown(p.value()), p.reason());
  }

  private static String shown(String value) {
    return Shown.value(value);
  }

  private String text(String key, Object... args) {
    return IoMessages.format(bundle, locale, key, args);
  }

  private static String optional(CsvRow r, int c) {
    if (c < 0) {
      return null;
    }
    String v = r.trimmed(c);
    return v.isEmpty() ? null : v;
  }

  private boolean extraBlank(CsvRow r) {
    for (int i = width; i < r.size(); i++) {
      if (!r.isBlank(i)) {
        return false;
      }
    }
    return true;
  }
}
