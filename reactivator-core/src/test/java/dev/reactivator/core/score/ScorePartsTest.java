package dev.reactivator.core.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.Reactivator;
import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.data.Field;
import dev.reactivator.core.data.SourceRow;
import dev.reactivator.core.features.CustomerFeatures;
import dev.reactivator.core.spi.ReadContext;
import dev.reactivator.core.spi.TransactionSink;
import dev.reactivator.core.spi.TransactionSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScorePartsTest {
  static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

  /** Rows: (phone, day offset before AS_OF, amount, complaints, tickets, discounted). */
  static CustomerBase base(Set<Field> columns, Object[]... rows) {
    List<SourceRow> list = new ArrayList<>();
    for (Object[] r : rows) {
      list.add(
          new SourceRow(
              list.size() + 2,
              Optional.empty(),
              Optional.of((String) r[0]),
              Optional.empty(),
              Optional.empty(),
              "P",
              ((Number) r[2]).doubleValue(),
              AS_OF.minusDays((Integer) r[1]),
              Optional.empty(),
              OptionalInt.of((Integer) r[3]),
              OptionalInt.of((Integer) r[4]),
              OptionalInt.of((Integer) r[5])));
    }
    TransactionSource src =
        new TransactionSource() {
          @Override
          public String description() {
            return "test";
          }

          @Override
          public void read(ReadContext context, TransactionSink sink) {
            sink.begin(columns, Map.of());
            list.forEach(sink::accept);
          }
        };
    return Reactivator.load(src).asOf(AS_OF).base();
  }

  static final Set<Field> ALL =
      EnumSet.of(
          Field.PHONE,
          Field.PRODUCT,
          Field.AMOUNT,
          Field.PURCHASE_DATE,
          Field.COMPLAINTS,
          Field.TICKETS,
          Field.DISCOUNTED_PURCHASES);

  @Test
  void personalCycleStatusAndAnomalyAreComputedFromTheCustomersOwnRhythm() {
    // customer 1 (phone 71): purchases 300, 200, 100 days ago -> cycle 100, pause 100 -> NOW
    // customer 2 (phone 72): purchases 400, 350 days ago -> cycle 50, pause 350 -> LATE, ratio 7
    // customer 3 (phone 73): one purchase 10 days ago -> population median cycle (50+100)/2 = 75 ->
    // EXPECTED
    CustomerBase b =
        base(
            ALL,
            new Object[] {"71000", 300, 100, 0, 0, 0},
            new Object[] {"71000", 200, 100, 0, 0, 0},
            new Object[] {"71000", 100, 100, 0, 0, 0},
            new Object[] {"72000", 400, 100, 2, 1, 2},
            new Object[] {"72000", 350, 40, 2, 1, 2},
            new Object[] {"73000", 10, 100, 0, 0, 0});
    CustomerFeatures beh = CustomerFeatures.of(b);
    assertEquals(100.0, beh.personalCycle(0));
    assertEquals(50.0, beh.personalCycle(1));
    assertFalse(beh.hasPersonalCycle(2));
    assertEquals(75.0, beh.populationCycle());

    PurchaseTiming t1 = ScoreParts.timing(beh, 0, AS_OF, 0.1, 3);
    assertEquals(TimingStatus.NOW, t1.status());
    assertEquals(0, t1.daysOverdue());
    assertEquals(AS_OF, t1.expectedNext());
    PurchaseTiming t2 = ScoreParts.timing(beh, 1, AS_OF, 0.1, 3);
    assertEquals(TimingStatus.LATE, t2.status());
    assertEquals(300, t2.daysOverdue());
    PurchaseTiming t3 = ScoreParts.timing(beh, 2, AS_OF, 0.1, 3);
    assertFalse(t3.enoughData());
    assertEquals(TimingStatus.EXPECTED, t3.status());
    assertEquals(-65, t3.daysOverdue());

    PauseAnomaly a2 = ScoreParts.anomaly(beh, 1);
    assertEquals(7.0, a2.pauseRatio());
    assertEquals(86, a2.score()); // 100 × (1 − 1/7) = 85.7
    assertEquals(AnomalyLevel.HIGH, a2.level());
    assertTrue(ScoreParts.anomaly(beh, 2).againstPopulation());
    assertEquals(0, ScoreParts.anomaly(beh, 2).score());
  }

  @Test
  void timingFromItsPartsIsTheTimingOfTheBase() {
    // a one-time buyer 10 days ago against a population cycle of 75: window max(3, 7.5) = 7.5,
    // 10 < 75 − 7.5 -> EXPECTED, due in 75 − 10 = 65 days, expected AS_OF + 65
    PurchaseTiming t = PurchaseTiming.of(OptionalDouble.empty(), 75.0, 10, AS_OF, 0.1, 3);
    assertEquals(TimingStatus.EXPECTED, t.status());
    assertEquals(75.0, t.cycleDays());
    assertEquals(-65, t.daysOverdue());
    assertEquals(AS_OF.plusDays(65), t.expectedNext());
    // a personal cycle of 50.4 days (rounded to 50), last purchase 55 days ago: window max(3, 5.04)
    // = 5.04, 55 ≤ 50.4 + 5.04 -> NOW, 55 − 50 = 5 days overdue; the population cycle is not used
    PurchaseTiming p = PurchaseTiming.of(OptionalDouble.of(50.4), 75.0, 55, AS_OF, 0.1, 3);
    assertEquals(TimingStatus.NOW, p.status());
    assertEquals(5, p.daysOverdue());
    assertEquals(AS_OF.minusDays(5), p.expectedNext());
    // 56.0 > 55.44 -> LATE
    assertEquals(TimingStatus.LATE, PurchaseTiming.statusOf(50.4, 56, 0.1, 3));
    // no repeat buyer: the fallback is the median age, at least 30 days
    assertEquals(30.0, CustomerFeatures.fallbackCycle(12));
    assertEquals(45.5, CustomerFeatures.fallbackCycle(45.5));
  }

  @Test
  void reasonStrengthsFollowTheDocumentedFormulasAndContributionsSplitTheChurn() {
    CustomerBase b =
        base(
            ALL,
            new Object[] {"71000", 300, 100, 0, 0, 0},
            new Object[] {"71000", 200, 100, 0, 0, 0},
            new Object[] {"71000", 100, 100, 0, 0, 0},
            new Object[] {"72000", 400, 100, 2, 1, 2},
            new Object[] {"72000", 350, 40, 2, 1, 2},
            new Object[] {"73000", 10, 100, 0, 0, 0});
    ReasonStrengths beh = ReasonStrengths.of(b, CustomerFeatures.of(b));
    // customer 2: recency (7 − 1)/2 -> 1; check drop 1 − 40/100 = 0.6 -> 1; complaints 2/3;
    // discounts 2/2 = 1 -> 1
    double[] s = {1.0, 1.0, 2.0 / 3, 1.0};
    List<Reason> reasons = ScoreParts.reasons(beh, 1, 0.9);
    assertEquals(4, reasons.size());
    double total = s[0] + s[1] + s[2] + s[3];
    assertEquals(0.9, reasons.stream().mapToDouble(Reason::contribution).sum(), 1e-12);
    Reason complaints =
        reasons.stream().filter(r -> r.code() == ReasonCode.COMPLAINTS).findFirst().orElseThrow();
    assertEquals(0.9 * (2.0 / 3) / total, complaints.contribution(), 1e-12);
    assertEquals(ReasonCode.COMPLAINTS, reasons.get(3).code());
    // customer 1 is on time and steady: no reason at all
    assertEquals(List.of(), ScoreParts.reasons(beh, 0, 0.3));
  }

  @Test
  void reasonsWhoseDataIsAbsentDoNotExist() {
    CustomerBase b =
        base(
            EnumSet.of(Field.PHONE, Field.PRODUCT, Field.AMOUNT, Field.DAYS),
            new Object[] {"71000", 300, 100, 5, 9, 1},
            new Object[] {"71000", 300, 100, 5, 9, 1});
    ReasonStrengths beh = ReasonStrengths.of(b, CustomerFeatures.of(b));
    assertTrue(beh.has(ReasonCode.RECENCY_DROP));
    for (ReasonCode code :
        List.of(
            ReasonCode.FREQUENCY_DROP,
            ReasonCode.CHECK_DROP,
            ReasonCode.COMPLAINTS,
            ReasonCode.SUPPORT_SPIKE,
            ReasonCode.DISCOUNT_DEPENDENCE)) {
      assertFalse(beh.has(code), code.name());
    }
    // without purchase dates each row is a purchase: two on one day floor the cycle at one day
    assertEquals(2, b.purchaseCount(0));
    assertEquals(CustomerFeatures.MIN_CYCLE_DAYS, CustomerFeatures.of(b).personalCycle(0));
  }

  @Test
  void discountProfileFollowsTheSeedRules() {
    assertEquals(DiscountProfile.Kind.SENSITIVE, DiscountProfile.of(10, 8).kind());
    assertEquals(DiscountProfile.Kind.OCCASIONAL, DiscountProfile.of(10, 7).kind());
    assertEquals(DiscountProfile.Kind.FULL_PRICE, DiscountProfile.of(2, 0).kind());
    assertEquals(DiscountProfile.Kind.UNKNOWN, DiscountProfile.of(1, 0).kind());
    assertEquals(DiscountProfile.Kind.UNKNOWN, DiscountProfile.of(5, -1).kind());
    assertEquals(1.0, DiscountProfile.of(2, 5).discountedShare().getAsDouble());
  }

  @Test
  void riskBucketsAreTheSeeds() {
    RiskThresholds t = RiskThresholds.defaults();
    assertEquals(RiskLevel.LOW, t.levelOf(0.20));
    assertEquals(RiskLevel.MEDIUM, t.levelOf(0.21));
    assertEquals(RiskLevel.MEDIUM, t.levelOf(0.50));
    assertEquals(RiskLevel.HIGH, t.levelOf(0.51));
    assertEquals(RiskLevel.HIGH, t.levelOf(0.80));
    assertEquals(RiskLevel.CRITICAL, t.levelOf(0.81));
  }
}
