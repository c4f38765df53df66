package dev.reactivator.core.spi;

import dev.reactivator.core.data.Contacts;
import dev.reactivator.core.data.Field;
import dev.reactivator.core.data.OrderLine;
import dev.reactivator.core.data.ProblemCode;
import dev.reactivator.core.data.RowProblem;
import dev.reactivator.core.data.SourceRow;
import dev.reactivator.core.internal.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The one validation of {@link OrderLine}s, shared by every source that is not a text file (the
 * in-memory source, the JDBC source, a CRM API): it normalises phones and e-mails with {@link
 * Contacts} and turns each line into exactly one of {@code accept}, {@code refund} (amount of zero
 * or less) or {@code reject} (with the line, the field's column, the value and a fix-it message in
 * the read's language). A line with several problems is rejected once: the problem reported is the
 * first in field order and the message names them all.
 *
 * <p>{@link #begin} declares the columns to the sink, so a source built on it cannot forget to. Not
 * thread-safe: one per read.
 */
public final class OrderLineValidator {
  private static final int MAX_SHOWN = 80;
  private static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private final TransactionSink sink;
  private final Locale locale;
  private final LocalDate asOf;
  private final String asOfText;
  private final Map<Field, String> columns;
  private final List<Problem> problems = new ArrayList<>(4);

  /** One problem of a line before it is turned into a message; {@code field} null for the row. */
  private record Problem(Field field, ProblemCode code, String value, String reason) {}

  private OrderLineValidator(
      ReadContext context, TransactionSink sink, Map<Field, String> columnNames) {
    this.sink = sink;
    this.locale = context.locale();
    this.asOf = context.asOf();
    this.asOfText = asOf.format(SHOWN_DATE);
    this.columns = new EnumMap<>(Field.class);
    for (Field f : Field.values()) {
      columns.put(f, columnNames.getOrDefault(f, f.englishHeader()));
    }
  }

  /**
   * Calls {@link TransactionSink#begin} and returns the validator for the lines that follow.
   *
   * @param context the analysis date and the language of problem messages
   * @param sink receives {@code begin} now and one call per line later
   * @param columns the fields the source has, declared to the sink
   * @param columnNames the column each field is read from, as the user knows it (a SQL column, a
   *     JSON key), for messages; a field not in it is named by its English name, such as {@code
   *     phone}
   * @param details source-specific facts for the ingestion report, possibly empty
   * @return the validator
   * @throws NullPointerException if an argument is null
   */
  public static OrderLineValidator begin(
      ReadContext context,
      TransactionSink sink,
      Set<Field> columns,
      Map<Field, String> columnNames,
      Map<String, String> details) {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(sink, "sink");
    Objects.requireNonNull(columnNames, "columnNames");
    sink.begin(Set.copyOf(columns), Map.copyOf(details));
    return new OrderLineValidator(context, sink, columnNames);
  }

  /**
   * Validates one line and hands it to the sink: exactly one of accept, refund or reject.
   *
   * @param line the line's 1-based position in its source, used in messages
   * @param orderLine the values of the line
   * @throws NullPointerException if {@code orderLine} is null
   */
  public void line(long line, OrderLine orderLine) {
    OrderLine l = Objects.requireNonNull(orderLine, "orderLine");
    problems.clear();
    Map<Field, String> unreadable = l.unreadable();
    String phone = null;
    if (l.phone().isPresent()) {
      phone = Contacts.normalizePhone(l.phone().get()).orElse(null);
      if (phone == null) {
        problem(Field.PHONE, ProblemCode.PHONE_INVALID, l.phone().get(), "line.phone");
      }
    }
    String email = null;
    if (l.email().isPresent()) {
      email = Contacts.normalizeEmail(l.email().get()).orElse(null);
      if (email == null) {
        problem(Field.EMAIL, ProblemCode.EMAIL_INVALID, l.email().get(), "line.email");
      }
    }
    unreadable.forEach((f, v) -> problem(f, unreadableCode(f), v, unreadableKey(f)));
    if (l.customerId().isEmpty()
        && l.phone().isEmpty()
        && l.email().isEmpty()
        && !unreadable.containsKey(Field.PHONE)
        && !unreadable.containsKey(Field.EMAIL)) {
      problems.add(new Problem(null, ProblemCode.NO_IDENTITY, null, text("line.identity")));
    }
    if (l.product().isEmpty() && !unreadable.containsKey(Field.PRODUCT)) {
      problem(Field.PRODUCT, ProblemCode.PRODUCT_EMPTY, "", "line.product");
    }
    double amount = 0;
    if (!unreadable.containsKey(Field.AMOUNT)) {
      if (l.amount().isEmpty()) {
        problem(Field.AMOUNT, ProblemCode.AMOUNT_INVALID, "", "line.amount.missing");
      } else {
        amount = l.amount().getAsDouble();
        if (!Double.isFinite(amount)) {
          problem(Field.AMOUNT, ProblemCode.AMOUNT_INVALID, String.valueOf(amount), "line.amount");
        }
      }
    }
    LocalDate date = date(l, unreadable);
    l.firstPurchaseDate()
        .filter(d -> d.isAfter(asOf))
        .ifPresent(
            d ->
                problems.add(
                    new Problem(
                        Field.FIRST_PURCHASE_DATE,
                        ProblemCode.DATE_IN_FUTURE,
                        d.format(SHOWN_DATE),
                        text("line.date.future", asOfText))));
    OptionalInt complaints = count(Field.COMPLAINTS, l.complaints());
    OptionalInt tickets = count(Field.TICKETS, l.tickets());
    OptionalInt discounted = count(Field.DISCOUNTED_PURCHASES, l.discountedPurchases());
    if (!problems.isEmpty()) {
      sink.reject(combine(line));
    } else if (amount <= 0) {
      sink.refund(
          line, amount, l.customerId(), Optional.ofNullable(phone), Optional.ofNullable(email));
    } else {
      sink.accept(
          new SourceRow(
              line,
              l.customerId(),
              Optional.ofNullable(phone),
              Optional.ofNullable(email),
              l.name(),
              l.product().orElseThrow(),
              amount,
              date,
              l.firstPurchaseDate(),
              complaints,
              tickets,
              discounted,
              l.orderId(),
              l.category()));
    }
  }

  /** The purchase date of the line, or null after recording why there is none. */
  private LocalDate date(OrderLine l, Map<Field, String> unreadable) {
    if (l.date().isPresent()) {
      LocalDate d = l.date().get();
      if (d.isAfter(asOf)) {
        problems.add(
            new Problem(
                Field.PURCHASE_DATE,
                ProblemCode.DATE_IN_FUTURE,
                d.format(SHOWN_DATE),
                text("line.date.future", asOfText)));
        return null;
      }
      return d;
    }
    if (unreadable.containsKey(Field.PURCHASE_DATE)) {
      return null;
    }
    if (l.days().isPresent()) {
      int days = l.days().getAsInt();
      if (days < 0) {
        problem(Field.DAYS, ProblemCode.DAYS_INVALID, String.valueOf(days), "line.days");
        return null;
      }
      return asOf.minusDays(days);
    }
    if (!unreadable.containsKey(Field.DAYS)) {
      problem(Field.PURCHASE_DATE, ProblemCode.DATE_MISSING, "", "line.date.missing");
    }
    return null;
  }

  private OptionalInt count(Field field, OptionalInt value) {
    if (value.isPresent() && value.getAsInt() < 0) {
      problem(field, ProblemCode.COUNT_INVALID, String.valueOf(value.getAsInt()), "line.count");
      return OptionalInt.empty();
    }
    return value;
  }

  private static ProblemCode unreadableCode(Field f) {
    return switch (f) {
      case PHONE -> ProblemCode.PHONE_INVALID;
      case EMAIL -> ProblemCode.EMAIL_INVALID;
      case AMOUNT -> ProblemCode.AMOUNT_INVALID;
      case PURCHASE_DATE, FIRST_PURCHASE_DATE -> ProblemCode.DATE_INVALID;
      case DAYS -> ProblemCode.DAYS_INVALID;
      case COMPLAINTS, TICKETS, DISCOUNTED_PURCHASES -> ProblemCode.COUNT_INVALID;
      default -> ProblemCode.OTHER;
    };
  }

  private static String unreadableKey(Field f) {
    return switch (f) {
      case PHONE -> "line.phone";
      case EMAIL -> "line.email";
      case AMOUNT -> "line.amount";
      case PURCHASE_DATE, FIRST_PURCHASE_DATE -> "line.date";
      case DAYS -> "line.days";
      case COMPLAINTS, TICKETS, DISCOUNTED_PURCHASES -> "line.count";
      default -> "line.text";
    };
  }

  private void problem(Field field, ProblemCode code, String value, String key) {
    problems.add(new Problem(field, code, value, text(key)));
  }

  private RowProblem combine(long line) {
    if (problems.size() > 1) {
      // field order, the row-wide identity problem where the identity fields are
      problems.sort(Comparator.comparingInt(p -> p.field() == null ? 0 : p.field().ordinal()));
    }
    Problem p = problems.get(0);
    StringBuilder msg = new StringBuilder(describe(p, line));
    if (problems.size() > 1) {
      List<String> also = new ArrayList<>();
      for (int i = 1; i < problems.size(); i++) {
        also.add(describe(problems.get(i), -1));
      }
      msg.append(' ').append(text("line.also", String.join(" ", also)));
    }
    if (p.field() == null) {
      return RowProblem.ofRow(line, p.code(), msg.toString());
    }
    return RowProblem.inColumn(line, columns.get(p.field()), p.value(), p.code(), msg.toString());
  }

  /** A problem as a sentence: with the line number first when {@code line >= 0}. */
  private String describe(Problem p, long line) {
    String at = line >= 0 ? "line.at" : "line.also.at";
    if (p.field() == null) {
      return line >= 0 ? text("line.at.row", line, p.reason()) : p.reason();
    }
    String column = columns.get(p.field());
    if (p.value().isEmpty()) {
      return text(at + ".empty", line, column, p.reason());
    }
    return text(at, line, column, shown(p.value()), p.reason());
  }

  private static String shown(String value) {
    return value.length() <= MAX_SHOWN ? value : value.substring(0, MAX_SHOWN) + "…";
  }

  private String text(String key, Object... args) {
    return Messages.get(locale, key, args);
  }
}
