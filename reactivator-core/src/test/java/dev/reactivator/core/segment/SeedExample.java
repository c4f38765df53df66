package dev.reactivator.core.segment;

import dev.reactivator.core.base.CustomerBase;
import java.time.LocalDate;

/**
 * The manual's six customers (Анна, ООО Вектор, Иван, Петр, Алексей, Николай), with purchases
 * chosen to match its screenshots: totals 185 000 / 270 000 / 1 030 000 / 1 000 / 150 000 / 100,
 * cohorts 2021-07, 2023-08, 2023-01, 2025-01 and 2025-12 (×2), first products ИБП APC, Сервер IBM,
 * Сервер HP ProLiant, Людмила (×2), Людмила Бизнес, and the funnel 6 → 3 → 1. Analysis date
 * 2026-05-24 (the CRM table's "13.01.2026, late by 131 days").
 */
public final class SeedExample {
  public static final LocalDate AS_OF = LocalDate.of(2026, 5, 24);

  private SeedExample() {}

  public static Rows rows() {
    return Rows.withDates()
        .add("79998887766", "Анна", "ИБП APC", 50_000, LocalDate.of(2021, 7, 14))
        .add("79998887766", "Анна", "ИБП APC", 60_000, LocalDate.of(2021, 8, 20))
        .add("79998887766", "Анна", "Сервер IBM", 75_000, LocalDate.of(2025, 6, 1))
        .add("74951112233", "ООО Вектор", "Сервер IBM", 200_000, LocalDate.of(2023, 8, 10))
        .add("74951112233", "ООО Вектор", "Сервер IBM", 70_000, LocalDate.of(2024, 2, 15))
        .add("79001234567", "Иван", "Сервер HP ProLiant", 480_000, LocalDate.of(2023, 1, 20))
        .add("79001234567", "Иван", "Сервер IBM", 550_000, LocalDate.of(2025, 11, 5))
        .add("79908887766", "Петр", "Людмила", 1_000, LocalDate.of(2025, 1, 15))
        .add("79000000000", "Алексей", "Людмила Бизнес", 150_000, LocalDate.of(2025, 12, 3))
        .add("79991112233", "Николай", "Людмила", 100, LocalDate.of(2025, 12, 20));
  }

  public static CustomerBase base() {
    return rows().asOf(AS_OF);
  }

  /** The index of the customer called {@code name}. */
  public static int index(CustomerBase base, String name) {
    for (int c = 0; c < base.size(); c++) {
      if (base.name(c).orElse("").equals(name)) {
        return c;
      }
    }
    throw new AssertionError("no customer " + name);
  }
}
