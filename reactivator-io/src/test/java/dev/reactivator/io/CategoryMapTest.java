package dev.reactivator.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.InputException;
import dev.reactivator.core.Reactivator;
import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.data.Field;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The category column of a CSV file and the product → category map file. */
class CategoryMapTest {
  private static final Locale RU = Locale.forLanguageTag("ru");

  @Test
  void readsPairsWithAnOptionalHeaderAndAnyDelimiter() {
    assertEquals(
        Map.of("Кофе", "Напитки", "Торт", "Выпечка"),
        CategoryMap.parse("c.csv", "Товар;Категория\nКофе;Напитки\n\nТорт ; Выпечка\n", RU));
    assertEquals(
        Map.of("Coffee", "Drinks", "Cake, large", "Bakery"),
        CategoryMap.parse("c.csv", "product,category\nCoffee,Drinks\n\"Cake, large\",Bakery", RU));
    assertEquals(Map.of("a", "b"), CategoryMap.parse("c.tsv", "\uFEFFa\tb\n", RU));
  }

  @Test
  void aBadLineNamesTheLineTheColumnAndTheFix() {
    InputException cells =
        assertThrows(
            InputException.class, () -> CategoryMap.parse("c.csv", "Кофе;Напитки\nТорт\n", RU));
    assertEquals(
        "Файл категорий c.csv, строка 2: колонок 1 вместо двух. Пишите в каждой строке"
            + " «товар;категория» (значение с разделителем — в кавычках).",
        cells.getMessage());
    assertEquals(2, cells.line().getAsLong());
    InputException empty =
        assertThrows(
            InputException.class, () -> CategoryMap.parse("c.csv", "Кофе;Напитки\nТорт;\n", RU));
    assertEquals(
        "Файл категорий c.csv, строка 2, колонка 2 (категория): пусто у товара «Торт». Впишите"
            + " категорию или удалите строку.",
        empty.getMessage());
    InputException twice =
        assertThrows(
            InputException.class,
            () -> CategoryMap.parse("c.csv", "Кофе;Напитки\n\nКофе;Выпечка\n", Locale.ENGLISH));
    assertEquals(
        "Category file c.csv, line 3, column 2 (category): product \"Кофе\" is already in category"
            + " \"Напитки\" on line 1. Keep one of the lines.",
        twice.getMessage());
    assertThrows(InputException.class, () -> CategoryMap.parse("c.csv", "Товар;Категория\n", RU));
    assertThrows(InputException.class, () -> CategoryMap.parse("c.csv", ";Напитки\n", RU));
  }

  @Test
  void theCsvCategoryColumnAndTheMapReachTheBase(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("orders.csv");
    Files.writeString(
        csv,
        "ID клиента;Товар;Группа товаров;Сумма;Дата покупки\n"
            + "1;Кофе;Напитки;100;01.03.2024\n"
            + "2;Торт;Выпечка;200;02.03.2024\n"
            + "3;Кофе;Выпечка;100;03.03.2024\n"
            + "3;Кофе;Напитки;100;04.03.2024\n"
            + "4;Сахар;;10;05.03.2024\n",
        StandardCharsets.UTF_8);
    CustomerBase base = Reactivator.load(csv).asOf(LocalDate.of(2024, 4, 1)).base();
    assertTrue(base.has(Field.CATEGORY));
    assertEquals(List.of("Выпечка", "Напитки"), base.categoryNames());
    // Кофе: Напитки 2 rows, Выпечка 1 → Напитки
    assertEquals(1, base.productCategory(base.productNames().indexOf("Кофе")).getAsInt());
    assertTrue(base.productCategory(base.productNames().indexOf("Сахар")).isEmpty());
    Path map = dir.resolve("categories.csv");
    Files.writeString(map, "Сахар;Бакалея\n", StandardCharsets.UTF_8);
    CustomerBase mapped =
        Reactivator.load(csv)
            .withCategories(CategoryMap.read(map, RU))
            .asOf(LocalDate.of(2024, 4, 1))
            .base();
    assertEquals(List.of("Бакалея", "Выпечка", "Напитки"), mapped.categoryNames());
  }

  @Test
  void aTypedTableReadsTheCategoryByNameOrByTheMapping() {
    TypedRows.Row row =
        new TypedRows.Row() {
          final String[] cells = {"C1", "Кофе", "Напитки", "100", "2024-03-01"};

          @Override
          public String text(int column) {
            return cells[column];
          }

          @Override
          public java.math.BigDecimal number(int column) {
            return new java.math.BigDecimal(cells[column]);
          }

          @Override
          public LocalDate date(int column) {
            return LocalDate.parse(cells[column]);
          }
        };
    List<TypedRows.Kind> kinds =
        List.of(
            TypedRows.Kind.TEXT,
            TypedRows.Kind.TEXT,
            TypedRows.Kind.TEXT,
            TypedRows.Kind.NUMBER,
            TypedRows.Kind.DATE);
    // by the header dictionary
    TypedRows byName =
        TypedRows.resolve(
            "orders",
            List.of("client_id", "product", "Категория", "amount", "purchase_date"),
            kinds,
            Map.of(),
            RU);
    assertTrue(byName.fields().contains(Field.CATEGORY));
    assertEquals("Напитки", byName.read(row).category().orElseThrow());
    // by the explicit mapping, as JDBC's --map category=grp
    TypedRows mapped =
        TypedRows.resolve(
            "orders",
            List.of("client_id", "product", "grp", "amount", "purchase_date"),
            kinds,
            Map.of(Field.CATEGORY, "grp"),
            RU);
    assertEquals("Напитки", mapped.read(row).category().orElseThrow());
  }

  @Property(tries = 100)
  void aWrittenMapReadsBackWhateverTheOrderOfItsLines(
      @ForAll @IntRange(min = 1, max = 30) int size, @ForAll("seed") long seed) {
    Random r = new Random(seed);
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < size; i++) {
      m.put(
          "товар " + r.nextInt(1000) + (r.nextBoolean() ? "; с точкой" : ""), "cat" + r.nextInt(5));
    }
    List<String> lines = new ArrayList<>();
    m.forEach((p, c) -> lines.add("\"" + p + "\";" + c));
    Collections.shuffle(lines, r);
    assertEquals(m, CategoryMap.parse("m.csv", String.join("\n", lines), RU));
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Long> seed() {
    return Arbitraries.longs();
  }
}
