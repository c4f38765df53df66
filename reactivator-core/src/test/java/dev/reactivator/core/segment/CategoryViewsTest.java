package dev.reactivator.core.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.Reactivator;
import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.data.DataWarning;
import dev.reactivator.core.data.OrderLine;
import dev.reactivator.core.score.ScoredBase;
import dev.reactivator.core.segment.cohort.CohortMode;
import dev.reactivator.core.segment.cohort.CohortRow;
import dev.reactivator.core.segment.nbp.AssociationRule;
import dev.reactivator.core.segment.nbp.ProductTransitions;
import dev.reactivator.core.segment.nbp.TransitionMode;
import dev.reactivator.core.spi.TransactionSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * The by-category views on a hand-computed base of five customers, analysed at 2024-07-01:
 *
 * <pre>
 * A  2024-01-10 Кофе 100 (Напитки)   2024-02-15 Торт 200 (Выпечка)
 * B  2024-01-20 Чай 100 (Напитки)    2024-03-05 Пирог 50 (Выпечка)
 * C  2024-02-01 Торт 300 (Выпечка)
 * D  2024-02-10 Кофе 100 (Напитки) + Пирог 150 (Выпечка), one day   2024-05-01 Чай 80 (Напитки)
 * E  2024-06-01 Кофе 50, labelled Выпечка
 * </pre>
 *
 * Кофе's rows say Напитки twice and Выпечка once: it takes Напитки (2 of 3 rows) and the load
 * warns. Categories alphabetically: Выпечка = 0, Напитки = 1.
 */
class CategoryViewsTest {
  private static final LocalDate AS_OF = LocalDate.of(2024, 7, 1);

  static List<OrderLine> lines() {
    List<OrderLine> l = new ArrayList<>();
    l.add(line("A", "Кофе", "Напитки", 100, "2024-01-10"));
    l.add(line("A", "Торт", "Выпечка", 200, "2024-02-15"));
    l.add(line("B", "Чай", "Напитки", 100, "2024-01-20"));
    l.add(line("B", "Пирог", "Выпечка", 50, "2024-03-05"));
    l.add(line("C", "Торт", "Выпечка", 300, "2024-02-01"));
    l.add(line("D", "Кофе", "Напитки", 100, "2024-02-10"));
    l.add(line("D", "Пирог", "Выпечка", 150, "2024-02-10"));
    l.add(line("D", "Чай", "Напитки", 80, "2024-05-01"));
    l.add(line("E", "Кофе", "Выпечка", 50, "2024-06-01"));
    return l;
  }

  private static OrderLine line(
      String id, String product, String category, double amount, String date) {
    return OrderLine.builder()
        .customerId(id)
        .product(product)
        .category(category)
        .amount(amount)
        .date(LocalDate.parse(date))
        .build();
  }

  private static Analysis analysis(List<OrderLine> lines, Map<String, String> map) {
    ScoredBase scored =
        Reactivator.load(TransactionSource.of(lines))
            .withLocale(Locale.forLanguageTag("ru"))
            .withCategories(map)
            .asOf(AS_OF)
            .score()
            .scored();
    return Analysis.of(scored);
  }

  private static int customer(CustomerBase base, String id) {
    for (int c = 0; c < base.size(); c++) {
      if (base.customerIds(c).contains(id)) {
        return c;
      }
    }
    throw new AssertionError(id);
  }

  @Test
  void aProductTakesItsMostFrequentCategoryAndTheLoadWarns() {
    CustomerBase base = analysis(lines(), Map.of()).base();
    assertEquals(List.of("Выпечка", "Напитки"), base.categoryNames());
    int coffee = base.productNames().indexOf("Кофе");
    assertEquals(1, base.productCategory(coffee).getAsInt());
    DataWarning w =
        base.warnings().stream()
            .filter(x -> x.code() == DataWarning.Code.CATEGORY_CONFLICT)
            .findFirst()
            .orElseThrow();
    assertEquals(
        "Товаров с несколькими категориями: 1. Первый — «Кофе»: категорий 2, выбрана самая частая"
            + " — «Напитки» (2 из 3 строк). Чтобы задать категорию явно, передайте файл"
            + " товар;категория (--categories).",
        w.message());
  }

  @Test
  void categoryLedRetentionFollowsTheFirstPurchasesMainProduct() {
    Analysis a = analysis(lines(), Map.of());
    var cohorts = a.categories().orElseThrow().cohorts();
    assertEquals(CohortMode.TRUE_PURCHASES, cohorts.mode());
    // first purchases: A Кофе, B Чай, E Кофе → Напитки (3); C Торт, D {Кофе 100, Пирог 150} whose
    // main product is Пирог → Выпечка (2); the larger cohort first
    assertEquals(2, cohorts.rows().size());
    CohortRow drinks = cohorts.rows().get(0);
    assertEquals("Напитки", drinks.key());
    assertEquals(3, drinks.customers().size());
    // ages in months at July: A 6, B 6, E 1; A buys again in M1, B in M2
    // M1 = 1 / 3, M2 = 1 / 2 (E too young), M3…M6 = 0 / 2, M7 nobody old enough
    assertEquals(1.0, drinks.retention().get(0).getAsDouble(), 1e-12);
    assertEquals(1.0 / 3, drinks.retention().get(1).getAsDouble(), 1e-12);
    assertEquals(0.5, drinks.retention().get(2).getAsDouble(), 1e-12);
    assertEquals(0.0, drinks.retention().get(6).getAsDouble(), 1e-12);
    assertEquals(OptionalDouble.empty(), drinks.retention().get(7));
    // mean LTV (300 + 150 + 50) / 3
    assertEquals(500.0 / 3, drinks.averageLtv(), 1e-9);
    CohortRow bakery = cohorts.rows().get(1);
    assertEquals("Выпечка", bakery.key());
    // C and D, both February (age 5); D buys again in May = M3: M3 = 1 / 2, M6 empty
    assertEquals(0.0, bakery.retention().get(1).getAsDouble(), 1e-12);
    assertEquals(0.5, bakery.retention().get(3).getAsDouble(), 1e-12);
    assertEquals(OptionalDouble.empty(), bakery.retention().get(6));
    assertEquals((300.0 + 330.0) / 2, bakery.averageLtv(), 1e-9);
  }

  @Test
  void theCategoryMatrixCountsEachCategoryOfAPurchaseOnce() {
    Analysis a = analysis(lines(), Map.of());
    var matrix = a.categories().orElseThrow().matrix();
    assertEquals(TransitionMode.SEQUENCE, matrix.mode());
    // A Напитки → Выпечка, B Напитки → Выпечка, D {Выпечка, Напитки} → {Напитки}:
    // Напитки: total 3, Выпечка 2 (2/3), Напитки 1 (1/3); Выпечка: total 1, Напитки 1 (1.0)
    assertEquals(2, matrix.rows().size());
    ProductTransitions drinks = matrix.rows().get(0);
    assertEquals("Напитки", drinks.key());
    assertEquals(3, drinks.total());
    assertEquals("Выпечка", drinks.next().get(0).productName());
    assertEquals(2.0 / 3, drinks.next().get(0).share(), 1e-12);
    assertEquals("Напитки", drinks.next().get(1).productName());
    assertEquals(1.0 / 3, drinks.next().get(1).share(), 1e-12);
    ProductTransitions bakery = matrix.rows().get(1);
    assertEquals("Выпечка", bakery.key());
    assertEquals(1, bakery.total());
    assertEquals(1.0, bakery.next().get(0).share(), 1e-12);
    // the rows speak to the customers whose last purchase's main product is of the category:
    // D (Чай) and E (Кофе) for Напитки; A, B, C for Выпечка
    CustomerBase base = a.base();
    assertEquals(2, drinks.customers().size());
    assertTrue(drinks.customers().containsInt(customer(base, "D")));
    assertTrue(drinks.customers().containsInt(customer(base, "E")));
    assertEquals(3, bakery.customers().size());
  }

  @Test
  void categoryRulesAreMinedOverCategoryBaskets() {
    Analysis a = analysis(lines(), Map.of());
    var rules = a.categories().orElseThrow().rules().rules();
    // baskets A {В, Н}, B {В, Н}, C {В}, D {В, Н}, E {Н}; N = 5, n(В) = n(Н) = 4, both 3:
    // support 3/5 = 0.6, confidence 3/4 = 0.75, lift 0.75 / (4/5) = 0.9375 both ways
    assertEquals(2, rules.size());
    AssociationRule first = rules.get(0);
    assertEquals("category-rule-0-1", first.key());
    assertEquals("Выпечка", first.antecedentName());
    assertEquals("Напитки", first.consequentName());
    assertEquals(3, first.bothCustomers());
    assertEquals(0.6, first.support(), 1e-12);
    assertEquals(0.75, first.confidence(), 1e-12);
    assertEquals(0.9375, first.lift(), 1e-12);
    // targets: bakery buyers without drinks = C; the reverse rule: E
    assertEquals(1, first.customers().size());
    assertTrue(first.customers().containsInt(customer(a.base(), "C")));
    assertEquals(1, rules.get(1).customers().size());
    assertTrue(rules.get(1).customers().containsInt(customer(a.base(), "E")));
  }

  @Test
  void theMapWinsOverTheColumnAndUnmappedProductsWithoutCategoryShareOneKey() {
    List<OrderLine> lines = new ArrayList<>(lines());
    lines.add(
        OrderLine.builder()
            .customerId("F")
            .product("Сахар")
            .amount(10)
            .date(LocalDate.of(2024, 6, 20))
            .build());
    Analysis a = analysis(lines, Map.of("Торт", "Десерты", "Нет в данных", "Прочее"));
    CustomerBase base = a.base();
    assertEquals(List.of("Выпечка", "Десерты", "Напитки"), base.categoryNames());
    assertEquals(1, base.productCategory(base.productNames().indexOf("Торт")).getAsInt());
    assertTrue(base.productCategory(base.productNames().indexOf("Сахар")).isEmpty());
    CategoryViews v = a.categories().orElseThrow();
    assertEquals(List.of("Выпечка", "Десерты", "Напитки", "Без категории"), v.categories());
    assertTrue(v.cohorts().rows().stream().anyMatch(r -> r.key().equals("Без категории")));
    assertFalse(a.isAbsent("category"));
  }

  @Test
  void aCategoryTheDataCallsNoCategoryTakesTheProductsWithoutOne() {
    List<OrderLine> lines = new ArrayList<>(lines());
    lines.add(line("F", "Соль", "Без категории", 10, "2024-06-20"));
    lines.add(
        OrderLine.builder()
            .customerId("G")
            .product("Сахар")
            .amount(10)
            .date(LocalDate.of(2024, 6, 21))
            .build());
    CategoryViews v = analysis(lines, Map.of()).categories().orElseThrow();
    assertEquals(List.of("Без категории", "Выпечка", "Напитки"), v.categories());
    CohortRow none =
        v.cohorts().rows().stream().filter(r -> r.key().equals("Без категории")).findFirst().get();
    assertEquals(2, none.customers().size());
  }

  @Test
  void withoutCategoriesTheViewsAreAbsentAndSaySo() {
    List<OrderLine> plain = new ArrayList<>();
    for (OrderLine l : lines()) {
      plain.add(
          OrderLine.builder()
              .customerId(l.customerId().orElseThrow())
              .product(l.product().orElseThrow())
              .amount(l.amount().getAsDouble())
              .date(l.date().orElseThrow())
              .build());
    }
    Analysis a =
        Analysis.of(Reactivator.load(TransactionSource.of(plain)).asOf(AS_OF).score().scored());
    assertTrue(a.categories().isEmpty());
    assertTrue(a.isAbsent("category"));
    assertFalse(a.base().hasCategories());
  }
}
