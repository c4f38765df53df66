package dev.reactivator.report.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reactivator.core.Reactivator;
import dev.reactivator.core.data.OrderLine;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.core.spi.TransactionSource;
import dev.reactivator.report.ReportOptions;
import dev.reactivator.report.json.JsonRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The by-category views in analysis.json and the three CSV files, on five customers at 2024-07-01
 * (the base of core's {@code CategoryViewsTest}): A Кофе → Торт, B Чай → Пирог, C Торт, D {Кофе,
 * Пирог} → Чай, E Кофе; Кофе and Чай are Напитки, Торт and Пирог Выпечка. The category baskets give
 * the rules Выпечка ⇄ Напитки with support 3/5, confidence 3/4 and lift 0.9375; the matrix row
 * Напитки has 3 transitions, 2 of them to Выпечка.
 */
class CategoryExportsTest {
  @TempDir Path dir;

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

  private static Analysis analysis(boolean categories) {
    List<OrderLine> l = new ArrayList<>();
    String drinks = categories ? "Напитки" : null;
    String bakery = categories ? "Выпечка" : null;
    l.add(line("A", "Кофе", drinks, 100, "2024-01-10"));
    l.add(line("A", "Торт", bakery, 200, "2024-02-15"));
    l.add(line("B", "Чай", drinks, 100, "2024-01-20"));
    l.add(line("B", "Пирог", bakery, 50, "2024-03-05"));
    l.add(line("C", "Торт", bakery, 300, "2024-02-01"));
    l.add(line("D", "Кофе", drinks, 100, "2024-02-10"));
    l.add(line("D", "Пирог", bakery, 150, "2024-02-10"));
    l.add(line("D", "Чай", drinks, 80, "2024-05-01"));
    l.add(line("E", "Кофе", drinks, 50, "2024-06-01"));
    return Reactivator.load(TransactionSource.of(l))
        .asOf(LocalDate.of(2024, 7, 1))
        .score()
        .segment();
  }

  private static JsonNode json(Analysis a) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonRenderer().render(ReportSamples.input(a, ReportOptions.defaults()), out);
    return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void analysisJsonCarriesTheCategoryViews() throws IOException {
    JsonNode c = json(analysis(true)).get("categories");
    assertEquals("[\"Выпечка\",\"Напитки\"]", c.get("names").toString());
    assertEquals("Напитки", c.at("/cohorts/rows/0/key").asText());
    assertEquals(3, c.at("/cohorts/rows/0/customers").asInt());
    assertEquals(1.0 / 3, c.at("/cohorts/rows/0/retention/1").asDouble(), 1e-12);
    assertEquals("sequence", c.at("/nextBestCategories/mode").asText());
    assertEquals("Напитки", c.at("/nextBestCategories/matrix/0/category").asText());
    assertEquals(3, c.at("/nextBestCategories/matrix/0/total").asInt());
    assertEquals("Выпечка", c.at("/nextBestCategories/matrix/0/next/0/category").asText());
    assertEquals(2, c.at("/nextBestCategories/matrix/0/next/0/count").asInt());
    assertEquals("category-rule-0-1", c.at("/associationRules/rules/0/key").asText());
    assertEquals(0.6, c.at("/associationRules/rules/0/support").asDouble(), 1e-12);
    assertEquals(0.75, c.at("/associationRules/rules/0/confidence").asDouble(), 1e-12);
    assertEquals(0.9375, c.at("/associationRules/rules/0/lift").asDouble(), 1e-12);
    assertEquals(1, c.at("/associationRules/rules/0/targets").asInt());
  }

  @Test
  void withoutCategoriesTheObjectIsAbsentAndTheAbsenceNamesTheColumn() throws IOException {
    JsonNode root = json(analysis(false));
    assertTrue(root.path("categories").isMissingNode());
    boolean found = false;
    for (JsonNode a : root.get("absences")) {
      found |=
          a.get("widget").asText().equals("category")
              && a.get("missingColumn").asText().equals("category");
    }
    assertTrue(found, root.get("absences").toString());
  }

  @Test
  void theCsvFilesHoldTheCategoryViews() throws IOException {
    List<Path> files =
        new CsvRenderer()
            .render(ReportSamples.input(analysis(true), ReportOptions.defaults()), dir);
    assertTrue(files.contains(dir.resolve(CsvRenderer.COHORTS_BY_CATEGORY_FILE)), files.toString());
    List<String> cohorts =
        Files.readAllLines(
            dir.resolve(CsvRenderer.COHORTS_BY_CATEGORY_FILE), StandardCharsets.UTF_8);
    assertTrue(cohorts.get(0).startsWith("\uFEFFКатегория ввода;"), cohorts.get(0));
    // Напитки: 3 customers, mean LTV 500 / 3 = 166,67, M0 100 %, M1 33,3 %, M2 50 %, M3–M6 0 %,
    // M7–M12 nobody old enough
    assertEquals("Напитки;3;166,67;100;33,3;50;0;0;0;0;;;;;;", cohorts.get(1));
    List<String> matrix =
        Files.readAllLines(
            dir.resolve(CsvRenderer.NEXT_BEST_CATEGORY_FILE), StandardCharsets.UTF_8);
    assertTrue(matrix.get(0).startsWith("\uFEFFПредыдущая категория;"), matrix.get(0));
    assertTrue(matrix.get(1).startsWith("Напитки;3;66,7;33,3"), matrix.toString());
    List<String> rules =
        Files.readAllLines(dir.resolve(CsvRenderer.CATEGORY_RULES_FILE), StandardCharsets.UTF_8);
    assertEquals("Выпечка;Напитки;3;60;75;0,938;1", rules.get(1));
  }

  @Test
  void withoutCategoriesNoCategoryFileIsWritten() throws IOException {
    List<Path> files =
        new CsvRenderer()
            .render(ReportSamples.input(analysis(false), ReportOptions.defaults()), dir);
    assertFalse(files.contains(dir.resolve(CsvRenderer.COHORTS_BY_CATEGORY_FILE)));
    assertFalse(Files.exists(dir.resolve(CsvRenderer.CATEGORY_RULES_FILE)));
  }
}
