package dev.reactivator.core.base;

import dev.reactivator.core.data.Purchase;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One unique customer after the identity merge: every key seen, the most frequent name, and the
 * purchase history in date order.
 *
 * <p>Immutable and thread-safe.
 *
 * @param index the customer's position in its {@link CustomerBase}
 * @param pseudonym a pseudonymous id such as {@code ID-0042}, the only identifier that may leave
 *     the process toward an LLM
 * @param name the most frequent name on the customer's rows (ties: the alphabetically first)
 * @param phones every normalised phone seen, sorted
 * @param emails every normalised e-mail seen, sorted
 * @param customerIds every CRM customer id seen, sorted
 * @param firstPurchase the earlier of the first-purchase column and the earliest purchase
 * @param lastPurchase the latest purchase
 * @param purchases the purchases, by date, then product, then amount
 * @param complaints the customer's complaints, when the column exists and the customer has a value
 * @param tickets the customer's support tickets, likewise
 * @param discountedPurchases the customer's discounted purchases, likewise
 */
public record CustomerProfile(
    int index,
    String pseudonym,
    Optional<String> name,
    List<String> phones,
    List<String> emails,
    List<String> customerIds,
    LocalDate firstPurchase,
    LocalDate lastPurchase,
    List<Purchase> purchases,
    OptionalInt complaints,
    OptionalInt tickets,
    OptionalInt discountedPurchases) {

  /**
   * Checks the components and copies the lists.
   *
   * @param index the customer's position in its {@link CustomerBase}
   * @param pseudonym a pseudonymous id such as {@code ID-0042}, the only identifier that may leave
   *     the process toward an LLM
   * @param name the most frequent name on the customer's rows (ties: the alphabetically first)
   * @param phones every normalised phone seen, sorted
   * @param emails every normalised e-mail seen, sorted
   * @param customerIds every CRM customer id seen, sorted
   * @param firstPurchase the earlier of the first-purchase column and the earliest purchase
   * @param lastPurchase the latest purchase
   * @param purchases the purchases, by date, then product, then amount
   * @param complaints the customer's complaints, when the column exists and the customer has a
   *     value
   * @param tickets the customer's support tickets, likewise
   * @param discountedPurchases the customer's discounted purchases, likewise
   * @throws NullPointerException if a reference component is null
   */
  public CustomerProfile {
    Objects.requireNonNull(pseudonym, "pseudonym");
    Objects.requireNonNull(name, "name");
    phones = List.copyOf(phones);
    emails = List.copyOf(emails);
    customerIds = List.copyOf(customerIds);
    Objects.requireNonNull(firstPurchase, "firstPurchase");
    Objects.requireNonNull(lastPurchase, "lastPurchase");
    purchases = List.copyOf(purchases);
    Objects.requireNonNull(complaints, "complaints");
    Objects.requireNonNull(tickets, "tickets");
    Objects.requireNonNull(discountedPurchases, "discountedPurchases");
  }

  /**
   * The number of purchases.
   *
   * @return the number of purchases, {@code >= 1}
   */
  public int purchaseCount() {
    return purchases.size();
  }

  /**
   * The sum of all purchase amounts (historical LTV).
   *
   * @return the sum of all purchase amounts (historical LTV)
   */
  public double totalSpent() {
    double s = 0;
    for (Purchase p : purchases) {
      s += p.amount();
    }
    return s;
  }

  /**
   * The name to show: the name if known, else the pseudonym.
   *
   * @return the name to show: the name if known, else the pseudonym
   */
  public String displayName() {
    return name.orElse(pseudonym);
  }
}
