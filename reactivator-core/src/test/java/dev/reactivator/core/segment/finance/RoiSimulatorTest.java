package dev.reactivator.core.segment.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RoiSimulatorTest {

  @Test
  void computesTheCampaignEconomicsByHand() {
    RoiResult r = RoiSimulator.simulate(new RoiInputs(1000, 5, 0.035, 500, 10_000, 3000));
    assertEquals(35, r.convertedClients(), 1e-12);
    assertEquals(5_000, r.touchBudget(), 1e-9);
    assertEquals(17_500, r.discounts(), 1e-9);
    assertEquals(350_000, r.revenue(), 1e-9);
    assertEquals(327_500, r.netProfit(), 1e-9);
    assertEquals(327_500 / 22_500.0 * 100, r.roiPercent().orElseThrow(), 1e-9);
    assertEquals(105_000, r.acquisitionCost(), 1e-9);
    assertEquals(82_500, r.savingsVsAcquisition(), 1e-9);
  }

  @Test
  void usesTheManualsDefaults() {
    RoiInputs in = RoiInputs.defaults(17, 100_000);
    assertEquals(100, in.costPerTouch());
    assertEquals(0.035, in.conversion());
    assertEquals(0, in.offerCost());
    assertEquals(3000, in.cac());
    RoiResult r = RoiSimulator.simulate(in);
    // 17 × 0.035 = 0.595 buyers × 100 000 = 59 500 revenue − 1 700 budget
    assertEquals(57_800, r.netProfit(), 1e-9);
    assertEquals(57_800 / 1_700.0 * 100, r.roiPercent().orElseThrow(), 1e-9);
  }

  @Test
  void countsReturningCustomersAsWholePeople() {
    // 269 × 3.5 % = 9.415 → 9 (the sample); 17 × 3.5 % = 0.595 → 0 (printed «< 1»);
    // 100 × 29 % = 28.999… in floating point → 29, not 28; 1000 × 3.5 % = 35
    assertEquals(9, RoiSimulator.simulate(RoiInputs.defaults(269, 1)).returningCustomers());
    assertEquals(0, RoiSimulator.simulate(RoiInputs.defaults(17, 1)).returningCustomers());
    assertEquals(
        29,
        RoiSimulator.simulate(RoiInputs.defaults(100, 1).withConversion(0.29))
            .returningCustomers());
    assertEquals(
        35,
        RoiSimulator.simulate(new RoiInputs(1000, 5, 0.035, 500, 10_000, 3000))
            .returningCustomers());
  }

  @Test
  void hasNoRoiWhenTheCampaignCostsNothing() {
    RoiResult r = RoiSimulator.simulate(new RoiInputs(10, 0, 0.1, 0, 1000, 3000));
    assertTrue(r.roiPercent().isEmpty());
    assertEquals(1000, r.netProfit(), 1e-9);
  }

  @Test
  void rejectsAConversionAboveOne() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> RoiInputs.defaults(10, 100).withConversion(3.5));
    assertEquals("conversion must be in [0, 1], was 3.5", e.getMessage());
  }
}
