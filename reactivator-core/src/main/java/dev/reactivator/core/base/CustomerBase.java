package dev.reactivator.core.base;

import dev.reactivator.core.data.AnalysisDate;
import dev.reactivator.core.data.DataWarning;
import dev.reactivator.core.data.Field;
import dev.reactivator.core.data.IngestionReport;
import dev.reactivator.core.data.Purchase;
import dev.reactivator.core.data.QuotaUsage;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.RandomAccess;

/**
 * The unique customers of one input after the identity merge, as of an analysis date: the result of
 * the load stage ({@code Reactivator.load(source).asOf(date)}). Immutable and thread-safe.
 *
 * <p>Customers are addressed by index {@code 0 … size()-1}; the order is deterministic and does not
 * depend on the order of the input rows. Purchases are held in compact primitive columns; the
 * index-based accessors ({@link #purchaseCount(int)}, {@link #purchaseDay(int, int)} …) read them
 * without allocating, and {@link #customer(int)} builds a {@link CustomerProfile} on demand.
 *
 * <p>Days are {@link LocalDate#toEpochDay() epoch days}.
 */
public final class CustomerBase {
  static final int ABSENT = -1;

  private final LocalDate asOf;
  private final AnalysisDate analysisDate;
  private final List<DataWarning> warnings;
  private final Currency currency;
  private final IngestionReport report;
  private final Locale locale;
  // customer c owns lines offsets[c] … offsets[c+1]-1, sorted by (day, order, product, amount)
  private final int[] offsets;
  private final int[] day;
  private final double[] amount;
  private final int[] product;
  private final Occasions occasions;
  private final String[] products;
  // the categories in alphabetical order, and each product's category id (-1: none)
  private final String[] categories;
  private final int[] productCategory;
  private final int[] firstDay;
  private final Texts names;
  private final Texts phones;
  private final Texts emails;
  private final Texts customerIds;
  private final int[] complaints;
  private final int[] tickets;
  private final int[] discounted;
  private final int[] refundCount; // null when no refund is linked to a customer
  private final double[] refundAmount;
  private final QuotaUsage quota; // null when the base did not pass a quota check

  CustomerBase(
      AnalysisDate analysisDate,
      List<DataWarning> warnings,
      Currency currency,
      IngestionReport report,
      Locale locale,
      int[] offsets,
      int[] day,
      double[] amount,
      int[] product,
      Occasions occasions,
      String[] products,
      String[] categories,
      int[] productCategory,
      int[] firstDay,
      Texts names,
      Texts phones,
      Texts emails,
      Texts customerIds,
      int[] complaints,
      int[] tickets,
      int[] discounted,
      int[] refundCount,
      double[] refundAmount) {
    this.asOf = analysisDate.asOf();
    this.analysisDate = analysisDate;
    this.warnings = List.copyOf(warnings);
    this.currency = currency;
    this.report = report;
    this.locale = locale;
    this.offsets = offsets;
    this.day = day;
    this.amount = amount;
    this.product = product;
    this.occasions = occasions;
    this.products = products;
    this.categories = categories;
    this.productCategory = productCategory;
    this.firstDay = firstDay;
    this.names = names;
    this.phones = phones;
    this.emails = emails;
    this.customerIds = customerIds;
    this.complaints = complaints;
    this.tickets = tickets;
    this.discounted = discounted;
    this.refundCount = refundCount;
    this.refundAmount = refundAmount;
    this.quota = null;
  }

  private CustomerBase(CustomerBase b, QuotaUsage quota) {
    this.asOf = b.asOf;
    this.analysisDate = b.analysisDate;
    this.warnings = b.warnings;
    this.currency = b.currency;
    this.report = b.report;
    this.locale = b.locale;
    this.offsets = b.offsets;
    this.day = b.day;
    this.amount = b.amount;
    this.product = b.product;
    this.occasions = b.occasions;
    this.products = b.products;
    this.categories = b.categories;
    this.productCategory = b.productCategory;
    this.firstDay = b.firstDay;
    this.names = b.names;
    this.phones = b.phones;
    this.emails = b.emails;
    this.customerIds = b.customerIds;
    this.complaints = b.complaints;
    this.tickets = b.tickets;
    this.discounted = b.discounted;
    this.refundCount = b.refundCount;
    this.refundAmount = b.refundAmount;
    this.quota = quota;
  }

  /**
   * This base carrying what its load cost on the quota; the load stage calls it after the charge.
   * The columns are shared, not copied.
   *
   * @param usage the units charged for this base and the balance left
   * @return a base equal to this one but for {@link #quota()}
   * @throws IllegalArgumentException if {@code usage.charged()} is not {@link #size()}
   */
  public CustomerBase withQuota(QuotaUsage usage) {
    Objects.requireNonNull(usage, "usage");
    if (usage.charged() != size()) {
      throw new IllegalArgumentException(
          "charged must be the " + size() + " unique customers, was " + usage.charged());
    }
    return new CustomerBase(this, usage);
  }

  /**
   * What the load cost on the quota: units charged (the unique customers) and left.
   *
   * @return the quota usage; empty when the base was built without the load stage's quota check
   */
  public Optional<QuotaUsage> quota() {
    return Optional.ofNullable(quota);
  }

  /**
   * The analysis date.
   *
   * @return the date "today" stands for; no purchase is later
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * The analysis date with how it was chosen and the latest purchase in the data.
   *
   * @return the analysis date and its basis
   */
  public AnalysisDate analysisDate() {
    return analysisDate;
  }

  /**
   * The currency of every amount in the base: the caller's choice, else the one the source found in
   * the amounts (such as {@code $} or {@code €}), else the Russian ruble.
   *
   * @return the ISO 4217 currency of the amounts
   */
  public Currency currency() {
    return currency;
  }

  /**
   * What a reader of the results must know about the whole load: an analysis date long after the
   * data, one customer holding a large share of revenue, … (row-level problems are in {@link
   * #report()}).
   *
   * @return the load-wide warnings, possibly empty
   */
  public List<DataWarning> warnings() {
    return warnings;
  }

  /**
   * The analysis date as an epoch day.
   *
   * @return the analysis date as an epoch day
   */
  public int asOfDay() {
    return (int) asOf.toEpochDay();
  }

  /**
   * The language chosen for messages at load time.
   *
   * @return the language chosen for messages at load time
   */
  public Locale locale() {
    return locale;
  }

  /**
   * What was read and what became of every row.
   *
   * @return what was read and what became of every row
   */
  public IngestionReport report() {
    return report;
  }

  /**
   * Whether the input had {@code field}; optional features are switched on only when it did.
   *
   * @param field the optional input field
   * @return true if at least one input row carried the field
   */
  public boolean has(Field field) {
    return report.has(field);
  }

  /**
   * The number of unique customers.
   *
   * @return the number of unique customers, {@code >= 1}
   */
  public int size() {
    return firstDay.length;
  }

  /**
   * The number of purchases across all customers. A purchase is one occasion: one order of one
   * customer, or, without order ids, one customer's lines of one calendar day (see {@link
   * #lineCount()} for the lines).
   *
   * @return the number of purchase occasions, {@code >= size()}
   */
  public int purchaseCount() {
    return occasions.size();
  }

  /**
   * The number of purchases (occasions) of customer {@code c}.
   *
   * @param c the customer index, {@code 0 <= c < size()}
   * @return the number of purchases, {@code >= 1}
   */
  public int purchaseCount(int c) {
    return occasions.offsets[c + 1] - occasions.offsets[c];
  }

  /**
   * The day of customer {@code c}'s {@code k}-th purchase (0-based, in date order).
   *
   * @param c the customer index, {@code 0 <= c < size()}
   * @param k the purchase index, {@code 0 <= k < purchaseCount(c)}
   * @return the purchase day as an epoch day
   */
  public int purchaseDay(int c, int k) {
    return occasions.day[at(c, k)];
  }

  /**
   * The amount of customer {@code c}'s {@code k}-th purchase: the sum of its lines.
   *
   * @param c the customer index, {@code 0 <= c < size()}
   * @param k the purchase index, {@code 0 <= k < purchaseCount(c)}
   * @return the purchase amount, in the currency of the input
   */
  public double purchaseAmount(int c, int k) {
    return occasions.amount[at(c, k)];
  }

  /**
   * The main product of customer {@code c}'s {@code k}-th purchase: the product with the largest
   * summed amount among its lines (ties: the product bought by more customers); see {@link
   * #productName(int)} and, for the whole basket, {@link #purchaseLineCount(int, int)}.
   *
   * @param c the customer index, {@code 0 <= c < size()}
   * @param k the purchase index, {@code 0 <= k < purchaseCount(c)}
   * @return the product id, {@code 0 <= id < productCount()}
   */
  public int purchaseProduct(int c, int k) {
    return occasions.product[at(c, k)];
  }

  /**
   * The number of lines (accepted rows) of customer {@code c}'s {@code k}-th purchase: its basket.
   *
   * @param c the customer index, {@code 0 <= c < size()}
   * @param k the purchase index, {@code 0 <= k < purchaseCount(c)}
   * @return the number of lines, {@code >= 1}
   */
  public int purchaseLineCount(int c, int k) {
    int o = at(c, k);
    return occasions.firstLine[o + 1] - occasions.firstLine[o];
  }

  /**
   * The index among customer {@code c}'s lines of the first line of its {@code k}-th purchase; the
   * purchase's lines are the next {@link #purchaseLineCount(int, int)} lines.
   *
   * @param c the customer index, {@code 0 <= c < size()}
   * @param k the purchase index, {@code 0 <= k < purchaseCount(c)}
   * @return the line index, {@code 0 <= j < lineCount(c)}
   */
  public int purchaseFirstLine(int c, int k) {
    return occasions.firstLine[at(c, k)] - offsets[c];
  }

  /**
   * The number of accepted lines (rows) across all customers.
   *
   * @return the number of lines, {@code >= purchaseCount()}
   */
  public int lineCount() {
    return day.length;
  }

  /**
   * The number of lines of customer {@code c}.
   *
   * @param c the customer index, {@code 0 <= c < size()}
   * @return the number of lines, {@code >= purchaseCount(c)}
   */
  public int lineCount(int c) {
    return offsets[c + 1] - offsets[c];
  }

  /**
   * The product id of customer {@code c}'s {@code j}-th line (lines in purchase order).
   *
   * @param c the customer index, {@code 0 <= c < size()}
   * @param j the line index, {@code 0 <= j < lineCount(c)}
   * @return the product id, {@code 0 <= id < productCount()}
   */
  public int lineProduct(int c, int j) {
    return product[line(c, j)];
  }

  /**
   * The amount of customer {@code c}'s {@code j}-th line.
   *
   * @param c the customer index, {@code 0 <= c < size()}
   * @param j the line index, {@code 0 <= j < lineCount(c)}
   * @return the line amount, greater than zero
   */
  public double lineAmount(int c, int j) {
    return amount[line(c, j)];
  }

  private int line(int c, int j) {
    int i = offsets[c] + j;
    if (j < 0 || i >= offsets[c + 1]) {
      throw new IndexOutOfBoundsException(
          "customer " + c + " has " + lineCount(c) + " lines, asked for " + j);
    }
    return i;
  }

  private int at(int c, int k) {
    int i = occasions.offsets[c] + k;
    if (k < 0 || i >= occasions.offsets[c + 1]) {
      throw new IndexOutOfBoundsException(
          "customer " + c + " has " + purchaseCount(c) + " purchases, asked for " + k);
    }
    return i;
  }

  /**
   * The number of distinct products; product ids run from 0, in alphabetical order of name.
   *
   * @return the number of distinct products; product ids run from 0, in alphabetical order of name
   */
  public int productCount() {
    return products.length;
  }

  /**
   * The name of product {@code id}.
   *
   * @param id the product id, {@code 0 <= id < productCount()}
   * @return the product name as it appeared in the input
   */
  public String productName(int id) {
    return products[id];
  }

  /**
   * Whether any product has a category (from a category column or the caller's product → category
   * map): the by-category views need it.
   *
   * @return whether any product has a category
   */
  public boolean hasCategories() {
    return categories.length > 0;
  }

  /**
   * The categories of the products, in alphabetical order; category ids index this list.
   *
   * @return the category names, empty without categories
   */
  public List<String> categoryNames() {
    return List.of(categories);
  }

  /**
   * The category of product {@code id}: the caller's map's, else the one its rows name most often
   * (ties: alphabetically first).
   *
   * @param id the product id, {@code 0 <= id < productCount()}
   * @return the category id into {@link #categoryNames()}, or empty when the product has none
   */
  public OptionalInt productCategory(int id) {
    int g = productCategory[id];
    return g < 0 ? OptionalInt.empty() : OptionalInt.of(g);
  }

  /**
   * All product names, indexed by product id.
   *
   * @return all product names, indexed by product id
   */
  public List<String> productNames() {
    return List.of(products);
  }

  /**
   * Customer {@code c}'s first purchase day: the earlier of the first-purchase column and the first
   * row.
   *
   * @param c the customer index, {@code 0 <= c < size()}
   * @return the first purchase day as an epoch day
   */
  public int firstPurchaseDay(int c) {
    return firstDay[c];
  }

  /**
   * Customer {@code c}'s last purchase day.
   *
   * @param c the customer index, {@code 0 <= c < size()}
   * @return the last purchase day as an epoch day
   */
  public int lastPurchaseDay(int c) {
    return occasions.day[occasions.offsets[c + 1] - 1];
  }

  /**
   * The sum of customer {@code c}'s purchase amounts.
   *
   * @param c the customer index, {@code 0 <= c < size()}
   * @return the total amount spent, in the currency of the input
   */
  public double totalSpent(int c) {
    double s = 0;
    for (int o = occasions.offsets[c], e = occasions.offsets[c + 1]; o < e; o++) {
      s += occasions.amount[o];
    }
    return s;
  }

  /**
   * Customer {@code c}'s complaints, when the column exists and the customer has a value.
   *
   * @param c the customer index, {@code 0 <= c < size()}
   * @return the number of complaints, or empty when the input has no value for this customer
   */
  public OptionalInt complaints(int c) {
    return opt(complaints, c);
  }

  /**
   * Customer {@code c}'s support tickets, when known.
   *
   * @param c the customer index, {@code 0 <= c < size()}
   * @return the number of support tickets, or empty when the input has no value for this customer
   */
  public OptionalInt tickets(int c) {
    return opt(tickets, c);
  }

  /**
   * Customer {@code c}'s discounted purchases, when known.
   *
   * @param c the customer index, {@code 0 <= c < size()}
   * @return the number of purchases made on discount, or empty when unknown
   */
  public OptionalInt discountedPurchases(int c) {
    return opt(discounted, c);
  }

  /**
   * The refund and cancellation rows linked to customer {@code c} by one of its keys (they are
   * never purchases; see {@link IngestionReport#refunds()} for all of them).
   *
   * @param c the customer index, {@code 0 <= c < size()}
   * @return the number of the customer's refund rows, {@code >= 0}
   */
  public int refunds(int c) {
    Objects.checkIndex(c, size());
    return refundCount == null ? 0 : refundCount[c];
  }

  /**
   * The total of the refund and cancellation rows linked to customer {@code c}, as a positive sum.
   *
   * @param c the customer index, {@code 0 <= c < size()}
   * @return the refunded amount, {@code >= 0}
   */
  public double refundAmount(int c) {
    Objects.checkIndex(c, size());
    return refundAmount == null ? 0 : refundAmount[c];
  }

  /**
   * One of the counter columns ({@link Field#COMPLAINTS}, {@link Field#TICKETS}, {@link
   * Field#DISCOUNTED_PURCHASES}) for every customer, a missing value counted as 0.
   *
   * @param field the counter
   * @return a new array of {@link #size()} counts; empty when the source has no such column
   * @throws IllegalArgumentException if {@code field} is not a counter
   */
  public int[] counts(Field field) {
    int[] column =
        switch (field) {
          case COMPLAINTS -> complaints;
          case TICKETS -> tickets;
          case DISCOUNTED_PURCHASES -> discounted;
          default -> throw new IllegalArgumentException(field + " is not a counter column");
        };
    if (!has(field)) {
      return new int[0];
    }
    int[] v = new int[size()];
    for (int c = 0; column != null && c < v.length; c++) {
      v[c] = column[c] == ABSENT ? 0 : column[c];
    }
    return v;
  }

  private static OptionalInt opt(int[] a, int c) {
    return a == null || a[c] == ABSENT ? OptionalInt.empty() : OptionalInt.of(a[c]);
  }

  /**
   * Customer {@code c}'s most frequent name.
   *
   * @param c the customer index, {@code 0 <= c < size()}
   * @return the name used most often in the customer's rows, or empty when the input has no names
   */
  public Optional<String> name(int c) {
    return names.count(c) == 0 ? Optional.empty() : Optional.of(names.get(c, 0));
  }

  /**
   * Customer {@code c}'s CRM customer ids, without building its profile.
   *
   * @param c the customer index, {@code 0 <= c < size()}
   * @return every CRM customer id seen on the customer's rows, sorted
   */
  public List<String> customerIds(int c) {
    return Collections.unmodifiableList(customerIds.all(c));
  }

  /**
   * Customer {@code c}'s normalised phones, without building its profile.
   *
   * @param c the customer index, {@code 0 <= c < size()}
   * @return every normalised phone seen on the customer's rows, sorted
   */
  public List<String> phones(int c) {
    return Collections.unmodifiableList(phones.all(c));
  }

  /**
   * Customer {@code c}'s normalised e-mails, without building its profile.
   *
   * @param c the customer index, {@code 0 <= c < size()}
   * @return every normalised e-mail seen on the customer's rows, sorted
   */
  public List<String> emails(int c) {
    return Collections.unmodifiableList(emails.all(c));
  }

  /**
   * Customer {@code c}'s pseudonymous id, {@code ID-0001} for index 0.
   *
   * @param c the customer index, {@code 0 <= c < size()}
   * @return the pseudonym, safe to show outside the organisation
   */
  public String pseudonym(int c) {
    Objects.checkIndex(c, size());
    return pseudonymOf(c);
  }

  /**
   * Whether customer {@code c} has at least one phone.
   *
   * @param c the customer index, {@code 0 <= c < size()}
   * @return whether the customer has a phone
   */
  public boolean hasPhone(int c) {
    return phones.count(c) > 0;
  }

  /**
   * Whether customer {@code c} has at least one e-mail address.
   *
   * @param c the customer index, {@code 0 <= c < size()}
   * @return whether the customer has an e-mail address
   */
  public boolean hasEmail(int c) {
    return emails.count(c) > 0;
  }

  /**
   * The pseudonymous id of the customer at index {@code c} of a base ordered as every base is (by
   * the customer's smallest identity key), for a base laid out elsewhere, such as a distributed
   * job.
   *
   * @param c the customer index, {@code >= 0}
   * @return the pseudonym, {@code ID-0001} for index 0
   * @throws IllegalArgumentException if {@code c} is negative
   */
  public static String pseudonymOf(long c) {
    if (c < 0) {
      throw new IllegalArgumentException("customer index must be >= 0, was " + c);
    }
    String digits = Long.toString(c + 1);
    return digits.length() >= 4
        ? "ID-" + digits
        : "ID-" + "0000".substring(digits.length()) + digits;
  }

  /**
   * Customer {@code c} as a profile (built on each call).
   *
   * @param c the customer index, {@code 0 <= c < size()}
   * @return the customer's profile, a new value on each call
   */
  public CustomerProfile customer(int c) {
    Objects.checkIndex(c, size());
    List<Purchase> ps = new ArrayList<>(purchaseCount(c));
    for (int o = occasions.offsets[c]; o < occasions.offsets[c + 1]; o++) {
      List<String> basket = new ArrayList<>(occasions.firstLine[o + 1] - occasions.firstLine[o]);
      for (int i = occasions.firstLine[o]; i < occasions.firstLine[o + 1]; i++) {
        basket.add(products[product[i]]);
      }
      ps.add(
          new Purchase(
              LocalDate.ofEpochDay(occasions.day[o]),
              products[occasions.product[o]],
              occasions.amount[o],
              basket));
    }
    return new CustomerProfile(
        c,
        pseudonym(c),
        name(c),
        phones.all(c),
        emails.all(c),
        customerIds.all(c),
        LocalDate.ofEpochDay(firstDay[c]),
        LocalDate.ofEpochDay(lastPurchaseDay(c)),
        ps,
        complaints(c),
        tickets(c),
        discountedPurchases(c));
  }

  /**
   * All customers as profiles, a read-only list view that builds each profile on access.
   *
   * @return all customers as profiles, a read-only list view that builds each profile on access
   */
  public List<CustomerProfile> customers() {
    return new Profiles();
  }

  private final class Profiles extends AbstractList<CustomerProfile> implements RandomAccess {
    @Override
    public CustomerProfile get(int index) {
      return customer(index);
    }

    @Override
    public int size() {
      return CustomerBase.this.size();
    }
  }

  @Override
  public String toString() {
    return "CustomerBase[asOf="
        + asOf
        + ", customers="
        + size()
        + ", purchases="
        + purchaseCount()
        + ", source="
        + report.source()
        + "]";
  }
}
