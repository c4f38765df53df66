package dev.reactivator.core.data;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One accepted input row, already validated and normalised by its source: one purchase and the
 * customer attributes repeated on it. Sources hand these to a {@code TransactionSink} one at a
 * time; the library does not keep them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param line the 1-based physical line of the row in its source
 * @param customerId the CRM customer id, trimmed
 * @param phone the normalised phone key (digits only, RU 8 prefix turned into 7), see {@link
 *     Contacts}
 * @param email the normalised e-mail key (trimmed, lower-cased), see {@link Contacts}
 * @param name the person or company name, trimmed
 * @param product the product name, trimmed, never blank
 * @param amount the purchase amount, greater than zero
 * @param date the purchase date: the row's purchase date when given, else the analysis date minus
 *     days
 * @param firstPurchaseDate the first-purchase date column of the row
 * @param complaints the complaints count of the row's customer
 * @param tickets the support tickets count of the row's customer
 * @param discountedPurchases the discounted-purchase count of the row's customer
 * @param orderId the order (invoice) this line belongs to, trimmed; lines of one customer with the
 *     same order id are one purchase occasion
 * @param category the category (product group) of the product, trimmed; a product seen with several
 *     categories takes its most frequent one
 */
public record SourceRow(
    long line,
    Optional<String> customerId,
    Optional<String> phone,
    Optional<String> email,
    Optional<String> name,
    String product,
    double amount,
    LocalDate date,
    Optional<LocalDate> firstPurchaseDate,
    OptionalInt complaints,
    OptionalInt tickets,
    OptionalInt discountedPurchases,
    Optional<String> orderId,
    Optional<String> category) {

  /**
   * Checks the invariants every source must uphold.
   *
   * @param line the 1-based physical line of the row in its source
   * @param customerId the CRM customer id, trimmed
   * @param phone the normalised phone key (digits only, RU 8 prefix turned into 7), see {@link
   *     Contacts}
   * @param email the normalised e-mail key (trimmed, lower-cased), see {@link Contacts}
   * @param name the person or company name, trimmed
   * @param product the product name, trimmed, never blank
   * @param amount the purchase amount, greater than zero
   * @param date the purchase date: the row's purchase date when given, else the analysis date minus
   *     days
   * @param firstPurchaseDate the first-purchase date column of the row
   * @param complaints the complaints count of the row's customer
   * @param tickets the support tickets count of the row's customer
   * @param discountedPurchases the discounted-purchase count of the row's customer
   * @param orderId the order (invoice) this line belongs to, trimmed
   * @param category the category (product group) of the product, trimmed
   * @throws NullPointerException if a reference component is null
   * @throws IllegalArgumentException if the row has no customer id, phone or e-mail, a blank
   *     product or a non-positive amount
   */
  public SourceRow {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(phone, "phone");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(firstPurchaseDate, "firstPurchaseDate");
    Objects.requireNonNull(complaints, "complaints");
    Objects.requireNonNull(tickets, "tickets");
    Objects.requireNonNull(discountedPurchases, "discountedPurchases");
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(category, "category");
    if (customerId.isEmpty() && phone.isEmpty() && email.isEmpty()) {
      throw new IllegalArgumentException(
          "line " + line + ": a row needs a customer id, a phone or an e-mail");
    }
    if (product.isBlank()) {
      throw new IllegalArgumentException("line " + line + ": product must not be blank");
    }
    if (!(amount > 0) || Double.isInfinite(amount)) {
      throw new IllegalArgumentException(
          "line " + line + ": amount must be a positive finite number, was " + amount);
    }
  }

  /**
   * A row without a category.
   *
   * @param line the 1-based physical line of the row in its source
   * @param customerId the CRM customer id, trimmed
   * @param phone the normalised phone key
   * @param email the normalised e-mail key
   * @param name the person or company name, trimmed
   * @param product the product name, trimmed, never blank
   * @param amount the purchase amount, greater than zero
   * @param date the purchase date
   * @param firstPurchaseDate the first-purchase date column of the row
   * @param complaints the complaints count of the row's customer
   * @param tickets the support tickets count of the row's customer
   * @param discountedPurchases the discounted-purchase count of the row's customer
   * @param orderId the order (invoice) this line belongs to, trimmed
   */
  public SourceRow(
      long line,
      Optional<String> customerId,
      Optional<String> phone,
      Optional<String> email,
      Optional<String> name,
      String product,
      double amount,
      LocalDate date,
      Optional<LocalDate> firstPurchaseDate,
      OptionalInt complaints,
      OptionalInt tickets,
      OptionalInt discountedPurchases,
      Optional<String> orderId) {
    this(
        line,
        customerId,
        phone,
        email,
        name,
        product,
        amount,
        date,
        firstPurchaseDate,
        complaints,
        tickets,
        discountedPurchases,
        orderId,
        Optional.empty());
  }

  /**
   * A row without an order id or a category: its customer's lines of the same calendar day form one
   * occasion.
   *
   * @param line the 1-based physical line of the row in its source
   * @param customerId the CRM customer id, trimmed
   * @param phone the normalised phone key
   * @param email the normalised e-mail key
   * @param name the person or company name, trimmed
   * @param product the product name, trimmed, never blank
   * @param amount the purchase amount, greater than zero
   * @param date the purchase date
   * @param firstPurchaseDate the first-purchase date column of the row
   * @param complaints the complaints count of the row's customer
   * @param tickets the support tickets count of the row's customer
   * @param discountedPurchases the discounted-purchase count of the row's customer
   */
  public SourceRow(
      long line,
      Optional<String> customerId,
      Optional<String> phone,
      Optional<String> email,
      Optional<String> name,
      String product,
      double amount,
      LocalDate date,
      Optional<LocalDate> firstPurchaseDate,
      OptionalInt complaints,
      OptionalInt tickets,
      OptionalInt discountedPurchases) {
    this(
        line,
        customerId,
        phone,
        email,
        name,
        product,
        amount,
        date,
        firstPurchaseDate,
        complaints,
        tickets,
        discountedPurchases,
        Optional.empty(),
        Optional.empty());
  }
}
