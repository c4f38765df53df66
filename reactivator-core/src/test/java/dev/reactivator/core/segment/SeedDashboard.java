package dev.reactivator.core.segment;

import dev.reactivator.core.InMemorySource;
import dev.reactivator.core.Reactivator;
import dev.reactivator.core.ScoredBases;
import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.data.Field;
import dev.reactivator.core.data.SourceRow;
import dev.reactivator.core.score.ScoredBase;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The manual's six customers with hand-picked scores, for the hand-computed widget tests.
 *
 * <p>Purchases are those of {@link SeedExample} (analysis date 2026-05-24). Derived by hand:
 *
 * <pre>
 * customer    purchases (dates)                         LTV        cycle  days since  status    pause ratio
 * Анна        2021-07-14, 2021-08-20, 2025-06-01        185 000    709    357         EXPECTED  0.504
 * ООО Вектор  2023-08-10, 2024-02-15                    270 000    189    829         LATE      4.386
 * Иван        2023-01-20, 2025-11-05                  1 030 000   1020    200         EXPECTED  0.196
 * Петр        2025-01-15                                  1 000    709*   494         EXPECTED  0.697
 * Алексей     2025-12-03                                150 000    709*   172         EXPECTED  0.243
 * Николай     2025-12-20                                    100    709*   155         EXPECTED  0.219
 * </pre>
 *
 * (* the population cycle: the median of the personal cycles 189, 709, 1020.) Anna's cycle is
 * (2025-06-01 − 2021-07-14) / 2 = 1418 / 2; her window is 70.9 days, so 357 &lt; 709 − 70.9 is
 * EXPECTED.
 *
 * <p>Scores ({@link #scored}): P(alive) Анна 0.10, Вектор 0.30, Иван 0.90, Петр 0.05, Алексей 0.95,
 * Николай 0.60, so churn 0.90 (CRITICAL), 0.70 (HIGH), 0.10 (LOW), 0.95 (CRITICAL), 0.05 (LOW),
 * 0.40 (MEDIUM); return probability = P(alive); expected purchases = P(alive) and expected average
 * order = LTV / purchases, so the revenue "if retained" R = E[purchases] × AOV / P(alive) is the
 * AOV: 61 666.67, 135 000, 515 000, 1 000, 150 000, 100.
 *
 * <p>The extended variant ({@link #extendedBase}) adds the optional columns with the CRM table's
 * discount profiles (Анна "Иногда (33%)": 1 of 3; Вектор, Иван, Алексей, Николай "Только скидки";
 * Петр "Неизвестно (1 покупка)": 0 of 1), two complaints for Иван and three tickets for Петр.
 */
public final class SeedDashboard {
  public static final LocalDate AS_OF = SeedExample.AS_OF;

  private static long line = 1;

  private SeedDashboard() {}

  /** The plain six customers (no optional columns). */
  public static CustomerBase base() {
    return SeedExample.base();
  }

  /** The six customers with complaints, tickets and discounted purchases. */
  public static CustomerBase extendedBase() {
    InMemorySource s =
        new InMemorySource(
            EnumSet.of(
                Field.NAME,
                Field.PHONE,
                Field.PRODUCT,
                Field.AMOUNT,
                Field.PURCHASE_DATE,
                Field.COMPLAINTS,
                Field.TICKETS,
                Field.DISCOUNTED_PURCHASES));
    row(s, "79998887766", "Анна", "ИБП APC", 50_000, LocalDate.of(2021, 7, 14), 0, 0, 1);
    row(s, "79998887766", "Анна", "ИБП APC", 60_000, LocalDate.of(2021, 8, 20), 0, 0, 1);
    row(s, "79998887766", "Анна", "Сервер IBM", 75_000, LocalDate.of(2025, 6, 1), 0, 0, 1);
    row(s, "74951112233", "ООО Вектор", "Сервер IBM", 200_000, LocalDate.of(2023, 8, 10), 0, 0, 2);
    row(s, "74951112233", "ООО Вектор", "Сервер IBM", 70_000, LocalDate.of(2024, 2, 15), 0, 0, 2);
    row(
        s,
        "79001234567",
        "Иван",
        "Сервер HP ProLiant",
        480_000,
        LocalDate.of(2023, 1, 20),
        2,
        0,
        2);
    row(s, "79001234567", "Иван", "Сервер IBM", 550_000, LocalDate.of(2025, 11, 5), 2, 0, 2);
    row(s, "79908887766", "Петр", "Людмила", 1_000, LocalDate.of(2025, 1, 15), 0, 3, 0);
    row(s, "79000000000", "Алексей", "Людмила Бизнес", 150_000, LocalDate.of(2025, 12, 3), 0, 0, 1);
    row(s, "79991112233", "Николай", "Людмила", 100, LocalDate.of(2025, 12, 20), 0, 0, 1);
    return Reactivator.load(s).asOf(AS_OF).base();
  }

  private static void row(
      InMemorySource s,
      String phone,
      String name,
      String product,
      double amount,
      LocalDate date,
      int complaints,
      int tickets,
      int discounted) {
    s.add(
        new SourceRow(
            ++line,
            Optional.empty(),
            Optional.of(phone),
            Optional.empty(),
            Optional.of(name),
            product,
            amount,
            date,
            Optional.empty(),
            OptionalInt.of(complaints),
            OptionalInt.of(tickets),
            OptionalInt.of(discounted)));
  }

  /** {@code base} (either variant) with the scores above. */
  public static ScoredBase scored(CustomerBase base) {
    double[] alive = new double[base.size()];
    alive[idx(base, "Анна")] = 0.10;
    alive[idx(base, "ООО Вектор")] = 0.30;
    alive[idx(base, "Иван")] = 0.90;
    alive[idx(base, "Петр")] = 0.05;
    alive[idx(base, "Алексей")] = 0.95;
    alive[idx(base, "Николай")] = 0.60;
    return ScoredBases.withAlive(base, alive);
  }

  public static int idx(CustomerBase base, String name) {
    return SeedExample.index(base, name);
  }
}
