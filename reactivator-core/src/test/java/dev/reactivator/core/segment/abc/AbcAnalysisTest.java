package dev.reactivator.core.segment.abc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.segment.Rows;
import dev.reactivator.core.segment.SeedExample;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AbcAnalysisTest {

  @Test
  void splitsTheSixCustomersAt80And95PercentOfRevenue() {
    CustomerBase base = SeedExample.base();
    AbcResult abc = AbcAnalysis.compute(base);
    int ivan = SeedExample.index(base, "Иван");
    int vector = SeedExample.index(base, "ООО Вектор");
    int anna = SeedExample.index(base, "Анна");
    int alexey = SeedExample.index(base, "Алексей");
    int petr = SeedExample.index(base, "Петр");
    int nikolay = SeedExample.index(base, "Николай");
    assertEquals(1_636_100, abc.totalRevenue(), 1e-6);
    assertEquals(List.of(ivan, vector, anna, alexey, petr, nikolay), abc.ranking());
    // revenue before Анна: 1 300 000 / 1 636 100 = 79.46 % < 80 % → A; before Алексей 90.76 % → B
    assertEquals(List.of(ivan, vector, anna).stream().sorted().toList(), abc.a().customers());
    assertEquals(List.of(alexey), abc.b().customers());
    assertEquals(List.of(petr, nikolay).stream().sorted().toList(), abc.c().customers());
    assertEquals(1_485_000 / 1_636_100.0, abc.a().revenueShare(), 1e-12);
    assertEquals(0.5, abc.a().customerShare(), 1e-12);
    assertEquals("abc-c", abc.c().key());
  }

  @Test
  void breaksRevenueTiesByCustomerIndex() {
    LocalDate d = LocalDate.of(2025, 3, 1);
    CustomerBase base =
        Rows.withDates()
            .add("1", null, "A", 100, d)
            .add("2", null, "A", 100, d)
            .add("3", null, "A", 100, d)
            .asOf(d.plusDays(1));
    AbcResult abc = AbcAnalysis.compute(base);
    assertEquals(List.of(0, 1, 2), abc.ranking());
    // before #1: 33 % < 80 → A; before #2: 66.7 % < 80 → A; all three A
    assertEquals(List.of(0, 1, 2), abc.a().customers());
  }

  @Test
  void rejectsThresholdsOutOfOrder() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new AbcOptions(0.9, 0.8));
    assertEquals("need 0 < aShare < abShare <= 1, were aShare=0.9, abShare=0.8", e.getMessage());
  }
}
