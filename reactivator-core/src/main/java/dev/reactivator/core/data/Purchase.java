package dev.reactivator.core.data;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One purchase of a merged customer.
 *
 * @param date the purchase date (see the input contract: the row's purchase date, or the analysis
 *     date minus days)
 * @param product the product name
 * @param amount the amount, greater than zero
 */
public record Purchase(LocalDate date, String product, double amount) {
  /**
   * Checks the components.
   *
   * @param date the purchase date (see the input contract: the row's purchase date, or the analysis
   *     date minus days)
   * @param product the product name
   * @param amount the amount, greater than zero
   * @throws NullPointerException if a reference component is null
   */
  public Purchase {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(product, "product");
  }
}
