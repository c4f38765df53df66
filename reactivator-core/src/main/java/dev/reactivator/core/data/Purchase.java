package dev.reactivator.core.data;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One purchase (occasion) of a merged customer: one order, or one day's lines without order ids.
 *
 * <p>Immutable and thread-safe.
 *
 * @param date the purchase date (see the input contract: the row's purchase date, or the analysis
 *     date minus days)
 * @param product the main product: the one with the largest summed amount among the lines
 * @param amount the amount, the sum of the lines, greater than zero
 * @param basket the product of every line, in line order; one element for a one-line purchase
 */
public record Purchase(LocalDate date, String product, double amount, List<String> basket) {
  /**
   * Checks the components.
   *
   * @param date the purchase date (see the input contract: the row's purchase date, or the analysis
   *     date minus days)
   * @param product the product name
   * @param amount the amount, greater than zero
   * @param basket the product of every line, in line order
   * @throws NullPointerException if a reference component is null
   */
  public Purchase {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(product, "product");
    basket = List.copyOf(basket);
  }

  /**
   * A one-line purchase.
   *
   * @param date the purchase date
   * @param product the product name
   * @param amount the amount, greater than zero
   */
  public Purchase(LocalDate date, String product, double amount) {
    this(date, product, amount, List.of(product));
  }
}
