package dev.reactivator.spark;

import dev.reactivator.core.Reactivator;
import dev.reactivator.core.SegmentStage;
import dev.reactivator.core.score.ScoringOptions;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated base with hostile rows — shared phones and e-mails chaining customer ids together,
 * refunds, bad and future dates, an empty product, unreadable amounts and phones, rows without an
 * identity — gives the library's customers, scores, models and rejects.
 */
class GeneratedBaseEqualityTest {
  static final LocalDate AS_OF = LocalDate.of(2026, 1, 31);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  /**
   * Customers whose phone numbers share their middle digits ({@code c % 900}): four to a block, as
   * in a base of 3 600 customers, whatever the base's size, so the share of customers merged by a
   * phone stays the same on a large base.
   */
  private static final int PHONE_BLOCK = 3600;

  @TempDir Path dir;

  @Test
  void generatedBaseWithHostileRowsEqualsTheLibrary() throws IOException {
    assertEqualsTheLibrary(dir.resolve("generated.csv"), 3000, 12, 7, 3);
  }

  /**
   * Generates a base ({@link #write}), runs the library and the job in {@code local[2]} on the same
   * file and compares them ({@link Equality#assertSame}).
   */
  static void assertEqualsTheLibrary(
      Path csv, int customers, int maxLines, long seed, int partitions) throws IOException {
    write(csv, customers, maxLines, seed);
    SegmentStage library =
        Reactivator.load(csv).asOf(AS_OF).score(ScoringOptions.defaults().withSupervised(false));
    SparkRun run =
        SparkReactivator.run(
            SparkReactivator.read(LocalSpark.get(), csv.toString()),
            SparkOptions.of(AS_OF).withFirstLine(2).withPartitions(partitions));
    Equality.assertSame(library.scored(), run);
  }

  /**
   * Writes {@code customers} customers with 1 to {@code maxLines} lines each, and one hostile row
   * in about 15, to {@code csv} (UTF-8, {@code ;}, a header line), a line at a time.
   */
  static void write(Path csv, int customers, int maxLines, long seed) throws IOException {
    Random r = new Random(seed);
    String[] products = {"Чай", "Кофе", "Сахар", "Молоко", "Хлеб", "Сыр"};
    try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      out.write("customer_id;phone;email;name;product;amount;purchase_date\n");
      for (int c = 0; c < customers; c++) {
        int lines = 1 + r.nextInt(maxLines);
        String id = "C" + c;
        // phones and e-mails shared with a neighbour chain customers into one component
        String phone =
            "+7 (9"
                + (10 + r.nextInt(80))
                + ") "
                + (100 + c % 900)
                + "-"
                + (10 + r.nextInt(4))
                + String.format(Locale.ROOT, "-%02d", c / PHONE_BLOCK % 100);
        String email = "u" + (r.nextInt(5) == 0 ? c - 1 : c) + "@mail.ru";
        int start = 30 + r.nextInt(1500);
        for (int j = 0; j < lines; j++) {
          LocalDate d = AS_OF.minusDays(Math.max(0, start - j * (5 + r.nextInt(90))));
          String amount =
              String.format(Locale.ROOT, "%d,%02d", 100 + r.nextInt(90000), r.nextInt(100));
          String row =
              String.join(
                  ";",
                  r.nextInt(3) == 0 ? "" : id,
                  r.nextInt(4) == 0 ? "" : phone,
                  r.nextInt(3) == 0 ? "" : email,
                  "Клиент " + c,
                  products[r.nextInt(products.length)],
                  amount,
                  d.format(DATE));
          if (r.nextInt(15) == 0) {
            row = hostile(r, id, d);
          }
          out.write(row);
          out.write('\n');
        }
      }
    }
  }

  private static String hostile(Random r, String id, LocalDate d) {
    return switch (r.nextInt(8)) {
      case 0 -> id + ";;;;Чай;-150,00;" + d.format(DATE); // refund
      case 1 -> id + ";;;;Чай;0;" + d.format(DATE); // refund of zero
      case 2 -> id + ";;;;Чай;100;31.02.2025"; // no such date
      case 3 -> id + ";;;;Чай;100;" + AS_OF.plusDays(3).format(DATE); // in the future
      case 4 -> id + ";;;;;100;" + d.format(DATE); // no product
      case 5 -> id + ";;;;Чай;сто;" + d.format(DATE); // no number
      case 6 -> id + ";12;;;Чай;100;" + d.format(DATE); // no phone
      default -> ";;;Аноним;Чай;100;" + d.format(DATE); // no identity
    };
  }
}
