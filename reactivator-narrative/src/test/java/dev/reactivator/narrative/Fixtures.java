package dev.reactivator.narrative;

import dev.reactivator.core.InMemorySource;
import dev.reactivator.core.Reactivator;
import dev.reactivator.core.ScoredBases;
import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.data.Field;
import dev.reactivator.core.data.SourceRow;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.core.segment.SeedExample;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;

/** Analyses for the narrative tests: the manual's six customers and a bigger generated base. */
final class Fixtures {
  static final LocalDate AS_OF = LocalDate.of(2026, 5, 24);
  static final String[] PRODUCTS = {
    "Сервер IBM",
    "ИБП APC",
    "Маршрутизатор Cisco",
    "Сервер HP ProLiant",
    "Лицензия Windows Server",
    "Ноутбук Lenovo",
    "Лицензия Битрикс",
    "СХД Dell"
  };

  private Fixtures() {}

  /** The manual's six customers, with the churn risks of core's AnalysisTest. */
  static Analysis seed() {
    CustomerBase base = SeedExample.base();
    double[] alive = new double[6];
    alive[SeedExample.index(base, "Анна")] = 0.10;
    alive[SeedExample.index(base, "ООО Вектор")] = 0.30;
    alive[SeedExample.index(base, "Иван")] = 0.90;
    alive[SeedExample.index(base, "Петр")] = 0.05;
    alive[SeedExample.index(base, "Алексей")] = 0.95;
    alive[SeedExample.index(base, "Николай")] = 0.60;
    return Analysis.of(ScoredBases.withAlive(base, alive));
  }

  /** The manual's six customers with nobody at risk: no ROI forecast. */
  static Analysis seedWithoutRisk() {
    return Analysis.of(ScoredBases.withAlive(SeedExample.base(), 0.9, 0.9, 0.9, 0.9, 0.9, 0.9));
  }

  /** Customer {@code c}'s name in the generated base. */
  static String name(int c) {
    return "Клиент " + (char) ('А' + c % 28) + "сов " + c;
  }

  /**
   * A generated base of {@code n} customers with complaints, tickets and discounts, and its
   * analysis.
   */
  static Analysis big(int n, long seed) {
    return analysis(
        big(
            n,
            seed,
            c -> name(c),
            c -> String.format("7912%07d", c),
            c -> "client" + c + "@example.ru"),
        seed);
  }

  interface Text {
    String of(int c);
  }

  /** A generated base whose customers have the given names, phones and e-mails. */
  static InMemorySource big(int n, long seed, Text names, Text phones, Text emails) {
    return big(n, seed, names, phones, emails, PRODUCTS);
  }

  /**
   * A generated base whose customers have the given names, phones and e-mails and buy {@code
   * products}.
   */
  static InMemorySource big(
      int n, long seed, Text names, Text phones, Text emails, String[] products) {
    Random r = new Random(seed);
    InMemorySource src =
        new InMemorySource(
            EnumSet.of(
                Field.NAME,
                Field.PHONE,
                Field.EMAIL,
                Field.PRODUCT,
                Field.AMOUNT,
                Field.PURCHASE_DATE,
                Field.CUSTOMER_ID,
                Field.COMPLAINTS,
                Field.TICKETS,
                Field.DISCOUNTED_PURCHASES));
    int line = 2;
    for (int c = 0; c < n; c++) {
      int purchases = 1 + r.nextInt(6);
      LocalDate day = AS_OF.minusDays(200 + r.nextInt(1200));
      int complaints = r.nextInt(10) < 2 ? 1 + r.nextInt(3) : 0;
      int tickets = r.nextInt(10) < 3 ? r.nextInt(5) : 0;
      int discounted = r.nextInt(purchases + 1);
      for (int k = 0; k < purchases && day.isBefore(AS_OF); k++) {
        String product = products[(c + k * (1 + c % 3)) % products.length];
        double amount = 1000 * (5 + r.nextInt(400));
        src.add(
            new SourceRow(
                line++,
                Optional.of("CRM-" + (100000 + c)),
                Optional.of(phones.of(c)),
                Optional.of(emails.of(c)),
                Optional.of(names.of(c)),
                product,
                amount,
                day,
                Optional.empty(),
                OptionalInt.of(complaints),
                OptionalInt.of(tickets),
                OptionalInt.of(discounted)));
        day = day.plusDays(20 + r.nextInt(300));
      }
    }
    return src;
  }

  /** The analysis of {@code source} with pseudo-random churn risks. */
  static Analysis analysis(InMemorySource source, long seed) {
    CustomerBase base = Reactivator.load(source).asOf(AS_OF).base();
    Random r = new Random(seed * 31 + 7);
    double[] alive = new double[base.size()];
    for (int c = 0; c < alive.length; c++) {
      alive[c] = 0.02 + 0.96 * r.nextDouble();
    }
    return Analysis.of(ScoredBases.withAlive(base, alive));
  }
}
