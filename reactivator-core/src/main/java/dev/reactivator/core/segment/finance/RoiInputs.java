package dev.reactivator.core.segment.finance;

/**
 * Inputs of the reactivation ROI simulator.
 *
 * <p>Immutable and thread-safe.
 *
 * @param touchBase the number of clients to contact (≥ 0)
 * @param costPerTouch the cost of contacting one client (≥ 0; the manual's examples: 100 for a
 *     manager's call, 5 for an SMS)
 * @param conversion the expected share of contacted clients who buy, 0–1 (the manual's example:
 *     0.035)
 * @param offerCost the discount or bonus given to each client who buys (≥ 0; 0 for a service call)
 * @param averageCheck the expected revenue from each client who buys (≥ 0)
 * @param cac the cost of acquiring one new client, for the reactivation-vs-acquisition saving (≥ 0)
 */
public record RoiInputs(
    int touchBase,
    double costPerTouch,
    double conversion,
    double offerCost,
    double averageCheck,
    double cac) {

  /** Default cost per touch: a manager's call. */
  public static final double CALL_COST = 100;

  /** The manual's SMS cost per touch. */
  public static final double SMS_COST = 5;

  /** Default expected conversion. */
  public static final double CONVERSION = 0.035;

  /** Default CAC. */
  public static final double CAC = 3000;

  /**
   * Checks every value, naming the offending one.
   *
   * @param touchBase the number of clients to contact (≥ 0)
   * @param costPerTouch the cost of contacting one client (≥ 0; the manual's examples: 100 for a
   *     manager's call, 5 for an SMS)
   * @param conversion the expected share of contacted clients who buy, 0–1 (the manual's example:
   *     0.035)
   * @param offerCost the discount or bonus given to each client who buys (≥ 0; 0 for a service
   *     call)
   * @param averageCheck the expected revenue from each client who buys (≥ 0)
   * @param cac the cost of acquiring one new client, for the reactivation-vs-acquisition saving (≥
   *     0)
   * @throws IllegalArgumentException when an amount is negative or infinite, or the conversion is
   *     outside 0–1
   */
  public RoiInputs {
    if (touchBase < 0) {
      throw new IllegalArgumentException("touchBase must be >= 0, was " + touchBase);
    }
    check("costPerTouch", costPerTouch);
    check("offerCost", offerCost);
    check("averageCheck", averageCheck);
    check("cac", cac);
    if (!(conversion >= 0 && conversion <= 1)) {
      throw new IllegalArgumentException("conversion must be in [0, 1], was " + conversion);
    }
  }

  private static void check(String name, double v) {
    if (!(v >= 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(name + " must be a finite number >= 0, was " + v);
    }
  }

  /**
   * The manual's defaults for a campaign over {@code touchBase} clients with the given average
   * check: a call at 100 per touch, 3.5 % conversion, no offer, CAC 3000.
   *
   * @param touchBase the number of clients to contact (≥ 0)
   * @param averageCheck the expected revenue from each client who buys (≥ 0)
   * @return the manual's defaults for a campaign over {@code touchBase} clients with the given
   *     average check: a call at 100 per touch, 3.5 % conversion, no offer, CAC 3000
   */
  public static RoiInputs defaults(int touchBase, double averageCheck) {
    return new RoiInputs(touchBase, CALL_COST, CONVERSION, 0, averageCheck, CAC);
  }

  /**
   * These inputs with another cost per touch.
   *
   * @param value the cost of one contact in the base's currency, not negative
   * @return these inputs with another cost per touch
   */
  public RoiInputs withCostPerTouch(double value) {
    return new RoiInputs(touchBase, value, conversion, offerCost, averageCheck, cac);
  }

  /**
   * These inputs with another conversion.
   *
   * @param value the share of contacted customers who buy again, 0 to 1
   * @return these inputs with another conversion
   */
  public RoiInputs withConversion(double value) {
    return new RoiInputs(touchBase, costPerTouch, value, offerCost, averageCheck, cac);
  }

  /**
   * These inputs with another offer cost.
   *
   * @param value the offer cost per converted customer in the base's currency, not negative
   * @return these inputs with another offer cost
   */
  public RoiInputs withOfferCost(double value) {
    return new RoiInputs(touchBase, costPerTouch, conversion, value, averageCheck, cac);
  }

  /**
   * These inputs with another CAC.
   *
   * @param value the acquisition cost of a new customer in the base's currency, not negative
   * @return these inputs with another CAC
   */
  public RoiInputs withCac(double value) {
    return new RoiInputs(touchBase, costPerTouch, conversion, offerCost, averageCheck, value);
  }
}
