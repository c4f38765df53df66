package dev.reactivator.core.segment.finance;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The economics of a reactivation campaign.
 *
 * <p>Immutable and thread-safe.
 *
 * @param inputs what was simulated
 * @param convertedClients expected buyers: touch base × conversion (fractional: an expectation)
 * @param touchBudget touch base × cost per touch
 * @param discounts converted clients × offer cost
 * @param revenue converted clients × average check
 * @param netProfit revenue − touch budget − discounts
 * @param roiPercent net profit / (touch budget + discounts) × 100; empty when the campaign costs
 *     nothing
 * @param acquisitionCost what acquiring the same number of new clients would cost: converted × CAC
 * @param savingsVsAcquisition acquisition cost − (touch budget + discounts); negative when
 *     reactivation costs more than acquisition
 */
public record RoiResult(
    RoiInputs inputs,
    double convertedClients,
    double touchBudget,
    double discounts,
    double revenue,
    double netProfit,
    OptionalDouble roiPercent,
    double acquisitionCost,
    double savingsVsAcquisition) {

  /**
   * Checks the components.
   *
   * @param inputs what was simulated
   * @param convertedClients expected buyers: touch base × conversion (fractional: an expectation)
   * @param touchBudget touch base × cost per touch
   * @param discounts converted clients × offer cost
   * @param revenue converted clients × average check
   * @param netProfit revenue − touch budget − discounts
   * @param roiPercent net profit / (touch budget + discounts) × 100; empty when the campaign costs
   *     nothing
   * @param acquisitionCost what acquiring the same number of new clients would cost: converted ×
   *     CAC
   * @param savingsVsAcquisition acquisition cost − (touch budget + discounts); negative when
   *     reactivation costs more than acquisition
   */
  public RoiResult {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(roiPercent, "roiPercent");
  }

  /**
   * The returning customers as whole people: {@link #convertedClients()} rounded down (9 for 9.415;
   * a product such as 100 × 0.29 = 28.999… counts as 29), the count the outputs print («≈ 9», or
   * «&lt; 1» when it is 0 but {@code convertedClients} is not).
   *
   * @return the expected returning customers rounded down, at least 0
   */
  public long returningCustomers() {
    return (long) Math.floor(convertedClients + 1e-9);
  }
}
