package dev.reactivator.core.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One order line as a CRM or shop keeps it, before validation: the raw values a program hands to
 * {@code TransactionSource.of(Iterable)}. Contacts are kept as written; the source normalises them
 * with {@link Contacts}, checks every value and turns the line into an accepted row, a refund or a
 * rejected row with a problem, exactly like a CSV row. Build one with {@link #builder()}.
 *
 * <p>Immutable and thread-safe. Every accessor returns an empty optional for a value not given.
 *
 * <pre>{@code
 * OrderLine line = OrderLine.builder()
 *     .customerId("C100").phone("+7 (900) 111-22-33").product("Кофе")
 *     .amount(new BigDecimal("450.00")).date(LocalDate.of(2024, 10, 5)).build();
 * }</pre>
 */
public final class OrderLine {
  private final String customerId;
  private final String phone;
  private final String email;
  private final String name;
  private final String orderId;
  private final String product;
  private final String category;
  private final double amount;
  private final boolean hasAmount;
  private final LocalDate date;
  private final int days;
  private final LocalDate firstPurchaseDate;
  private final int complaints;
  private final int tickets;
  private final int discountedPurchases;
  private final Map<Field, String> unreadable;

  private static final int NONE = Integer.MIN_VALUE;

  private OrderLine(Builder b) {
    this.customerId = b.customerId;
    this.phone = b.phone;
    this.email = b.email;
    this.name = b.name;
    this.orderId = b.orderId;
    this.product = b.product;
    this.category = b.category;
    this.amount = b.amount;
    this.hasAmount = b.hasAmount;
    this.date = b.date;
    this.days = b.days;
    this.firstPurchaseDate = b.firstPurchaseDate;
    this.complaints = b.complaints;
    this.tickets = b.tickets;
    this.discountedPurchases = b.discountedPurchases;
    this.unreadable =
        b.unreadable.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new EnumMap<>(b.unreadable));
  }

  /**
   * A builder with nothing set.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The CRM customer id, trimmed.
   *
   * @return the id, or empty when not given or blank
   */
  public Optional<String> customerId() {
    return Optional.ofNullable(customerId);
  }

  /**
   * The phone as written (normalised only when the line is read).
   *
   * @return the phone, or empty when not given or blank
   */
  public Optional<String> phone() {
    return Optional.ofNullable(phone);
  }

  /**
   * The e-mail as written.
   *
   * @return the e-mail, or empty when not given or blank
   */
  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  /**
   * The person or company name, trimmed.
   *
   * @return the name, or empty when not given or blank
   */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /**
   * The order (invoice, receipt) the line belongs to, trimmed.
   *
   * @return the order id, or empty when not given or blank
   */
  public Optional<String> orderId() {
    return Optional.ofNullable(orderId);
  }

  /**
   * The product, service or plan, trimmed.
   *
   * @return the product, or empty when not given or blank
   */
  public Optional<String> product() {
    return Optional.ofNullable(product);
  }

  /**
   * The category (product group) of the line's product, trimmed.
   *
   * @return the category, or empty when not given or blank
   */
  public Optional<String> category() {
    return Optional.ofNullable(category);
  }

  /**
   * The amount of the line; zero or less is a refund.
   *
   * @return the amount, or empty when not given
   */
  public OptionalDouble amount() {
    return hasAmount ? OptionalDouble.of(amount) : OptionalDouble.empty();
  }

  /**
   * The purchase date.
   *
   * @return the date, or empty when not given
   */
  public Optional<LocalDate> date() {
    return Optional.ofNullable(date);
  }

  /**
   * Days from the purchase to the analysis date, for lines without a date.
   *
   * @return the days, or empty when not given
   */
  public OptionalInt days() {
    return optional(days);
  }

  /**
   * The customer's first purchase date.
   *
   * @return the date, or empty when not given
   */
  public Optional<LocalDate> firstPurchaseDate() {
    return Optional.ofNullable(firstPurchaseDate);
  }

  /**
   * The customer's complaints count.
   *
   * @return the count, or empty when not given
   */
  public OptionalInt complaints() {
    return optional(complaints);
  }

  /**
   * The customer's support tickets count.
   *
   * @return the count, or empty when not given
   */
  public OptionalInt tickets() {
    return optional(tickets);
  }

  /**
   * The customer's count of purchases made with a discount.
   *
   * @return the count, or empty when not given
   */
  public OptionalInt discountedPurchases() {
    return optional(discountedPurchases);
  }

  /**
   * Values a source had but could not convert, such as a text amount {@code "12 руб"} in a database
   * column: each makes the line a rejected row naming the value.
   *
   * @return the unconverted values by field, possibly empty; unmodifiable
   */
  public Map<Field, String> unreadable() {
    return unreadable;
  }

  /**
   * The fields this line has a value for (unreadable ones included): a source declares the union of
   * its lines' fields, so features switch on by themselves.
   *
   * @return the fields, a new mutable set
   */
  public Set<Field> fields() {
    Set<Field> f = EnumSet.noneOf(Field.class);
    add(f, Field.CUSTOMER_ID, customerId != null);
    add(f, Field.PHONE, phone != null);
    add(f, Field.EMAIL, email != null);
    add(f, Field.NAME, name != null);
    add(f, Field.ORDER_ID, orderId != null);
    add(f, Field.PRODUCT, product != null);
    add(f, Field.CATEGORY, category != null);
    add(f, Field.AMOUNT, hasAmount);
    add(f, Field.PURCHASE_DATE, date != null);
    add(f, Field.DAYS, days != NONE);
    add(f, Field.FIRST_PURCHASE_DATE, firstPurchaseDate != null);
    add(f, Field.COMPLAINTS, complaints != NONE);
    add(f, Field.TICKETS, tickets != NONE);
    add(f, Field.DISCOUNTED_PURCHASES, discountedPurchases != NONE);
    f.addAll(unreadable.keySet());
    return f;
  }

  private static void add(Set<Field> f, Field field, boolean present) {
    if (present) {
      f.add(field);
    }
  }

  private static OptionalInt optional(int v) {
    return v == NONE ? OptionalInt.empty() : OptionalInt.of(v);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OrderLine l
        && Objects.equals(customerId, l.customerId)
        && Objects.equals(phone, l.phone)
        && Objects.equals(email, l.email)
        && Objects.equals(name, l.name)
        && Objects.equals(orderId, l.orderId)
        && Objects.equals(product, l.product)
        && Objects.equals(category, l.category)
        && hasAmount == l.hasAmount
        && Double.compare(amount, l.amount) == 0
        && Objects.equals(date, l.date)
        && days == l.days
        && Objects.equals(firstPurchaseDate, l.firstPurchaseDate)
        && complaints == l.complaints
        && tickets == l.tickets
        && discountedPurchases == l.discountedPurchases
        && unreadable.equals(l.unreadable);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        customerId,
        phone,
        email,
        name,
        orderId,
        product,
        category,
        hasAmount ? amount : null,
        date,
        days,
        firstPurchaseDate,
        complaints,
        tickets,
        discountedPurchases,
        unreadable);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("OrderLine[");
    append(s, "customerId", customerId);
    append(s, "phone", phone);
    append(s, "email", email);
    append(s, "name", name);
    append(s, "orderId", orderId);
    append(s, "product", product);
    append(s, "category", category);
    append(s, "amount", amount());
    append(s, "date", date);
    append(s, "days", days());
    append(s, "firstPurchaseDate", firstPurchaseDate);
    append(s, "complaints", complaints());
    append(s, "tickets", tickets());
    append(s, "discountedPurchases", discountedPurchases());
    if (!unreadable.isEmpty()) {
      append(s, "unreadable", unreadable);
    }
    if (s.charAt(s.length() - 1) == ' ') {
      s.setLength(s.length() - 2);
    }
    return s.append(']').toString();
  }

  private static void append(StringBuilder s, String label, Object v) {
    boolean absent =
        v == null
            || (v instanceof OptionalInt i && i.isEmpty())
            || (v instanceof OptionalDouble d && d.isEmpty());
    if (!absent) {
      s.append(label).append('=').append(v).append(", ");
    }
  }

  /**
   * Collects the values of one {@link OrderLine}. Every setter takes {@code null} (or a blank text)
   * as "not given", so a CRM entity's nullable getters can be passed straight in; the last call for
   * a value wins. Not thread-safe; {@link #build()} may be called repeatedly.
   */
  public static final class Builder {
    private String customerId;
    private String phone;
    private String email;
    private String name;
    private String orderId;
    private String product;
    private String category;
    private double amount;
    private boolean hasAmount;
    private LocalDate date;
    private int days = NONE;
    private LocalDate firstPurchaseDate;
    private int complaints = NONE;
    private int tickets = NONE;
    private int discountedPurchases = NONE;
    private final Map<Field, String> unreadable = new EnumMap<>(Field.class);

    private Builder() {}

    /**
     * Sets the CRM customer id: the strongest identity key.
     *
     * @param id the id, or {@code null}
     * @return this builder
     */
    public Builder customerId(String id) {
      customerId = text(id);
      return this;
    }

    /**
     * Sets the phone, in any spelling ({@code +7 (900) 111-22-33} and {@code 89001112233} are one
     * customer).
     *
     * @param phone the phone as written, or {@code null}
     * @return this builder
     */
    public Builder phone(String phone) {
      this.phone = text(phone);
      return this;
    }

    /**
     * Sets the e-mail, in any case.
     *
     * @param email the e-mail as written, or {@code null}
     * @return this builder
     */
    public Builder email(String email) {
      this.email = text(email);
      return this;
    }

    /**
     * Sets the person or company name, used for personalisation only.
     *
     * @param name the name, or {@code null}
     * @return this builder
     */
    public Builder name(String name) {
      this.name = text(name);
      return this;
    }

    /**
     * Sets the order the line belongs to: one customer's lines of one order are one purchase.
     *
     * @param orderId the order, invoice or receipt id, or {@code null}
     * @return this builder
     */
    public Builder orderId(String orderId) {
      this.orderId = text(orderId);
      return this;
    }

    /**
     * Sets the product, service or plan bought. Required.
     *
     * @param product the product name, or {@code null}
     * @return this builder
     */
    public Builder product(String product) {
      this.product = text(product);
      return this;
    }

    /**
     * Sets the category (product group) of the product; a product given several categories takes
     * its most frequent one.
     *
     * @param category the category name, or {@code null}
     * @return this builder
     */
    public Builder category(String category) {
      this.category = text(category);
      return this;
    }

    /**
     * Sets the amount. Required; zero or less makes the line a refund.
     *
     * @param amount the amount
     * @return this builder
     */
    public Builder amount(double amount) {
      this.amount = amount;
      this.hasAmount = true;
      return this;
    }

    /**
     * Sets the amount from a decimal, such as a database {@code NUMERIC}.
     *
     * @param amount the amount, or {@code null}
     * @return this builder
     */
    public Builder amount(BigDecimal amount) {
      this.hasAmount = amount != null;
      this.amount = amount == null ? 0 : amount.doubleValue();
      return this;
    }

    /**
     * Sets the purchase date; enables cohorts, drops and sequences.
     *
     * @param date the date, or {@code null}
     * @return this builder
     */
    public Builder date(LocalDate date) {
      this.date = date;
      return this;
    }

    /**
     * Sets the days from the purchase to the analysis date, for lines without a date (the date wins
     * when both are given).
     *
     * @param days the days, not negative
     * @return this builder
     */
    public Builder days(int days) {
      this.days = days;
      return this;
    }

    /**
     * Sets the customer's first purchase date.
     *
     * @param date the date, or {@code null}
     * @return this builder
     */
    public Builder firstPurchaseDate(LocalDate date) {
      this.firstPurchaseDate = date;
      return this;
    }

    /**
     * Sets the customer's complaints count (the largest of a customer's lines is taken).
     *
     * @param count the count, not negative
     * @return this builder
     */
    public Builder complaints(int count) {
      this.complaints = count;
      return this;
    }

    /**
     * Sets the customer's support tickets count.
     *
     * @param count the count, not negative
     * @return this builder
     */
    public Builder tickets(int count) {
      this.tickets = count;
      return this;
    }

    /**
     * Sets the customer's count of purchases made with a discount.
     *
     * @param count the count, not negative
     * @return this builder
     */
    public Builder discountedPurchases(int count) {
      this.discountedPurchases = count;
      return this;
    }

    /**
     * Records a value the caller could not convert for {@code field} (for a source reading typed
     * values itself): the line will be rejected with that value and the field's fix-it message.
     *
     * @param field the field the value was for
     * @param value the value as found
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder unreadable(Field field, String value) {
      unreadable.put(
          Objects.requireNonNull(field, "field"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * The line with the values set so far.
     *
     * @return a new immutable line
     */
    public OrderLine build() {
      return new OrderLine(this);
    }

    private static String text(String s) {
      if (s == null) {
        return null;
      }
      String t = s.strip();
      return t.isEmpty() ? null : t;
    }
  }
}
