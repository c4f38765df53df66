package dev.reactivator.spark;

import dev.reactivator.core.Reactivator;
import dev.reactivator.core.SegmentStage;
import dev.reactivator.core.score.ScoringOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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

  @TempDir Path dir;

  @Test
  void generatedBaseWithHostileRowsEqualsTheLibrary() throws IOException {
    Path csv = dir.resolve("generated.csv");
    Files.writeString(csv, generate(3000, 7), StandardCharsets.UTF_8);
    SegmentStage library =
        Reactivator.load(csv).asOf(AS_OF).score(ScoringOptions.defaults().withSupervised(false));
    SparkRun run =
        SparkReactivator.run(
            SparkReactivator.read(LocalSpark.get(), csv.toString()),
            SparkOptions.of(AS_OF).withFirstLine(2).withPartitions(3));
    SampleEqualityTest.Equality.assertSame(library.scored(), run);
  }

  /** {@code customers} customers with 1-12 purchases each, and one hostile row in ~15. */
  static String generate(int customers, long seed) {
    Random r = new Random(seed);
    StringBuilder s =
        new StringBuilder("customer_id;phone;email;name;product;amount;purchase_date\n");
    String[] products = {"Чай", "Кофе", "Сахар", "Молоко", "Хлеб", "Сыр"};
    for (int c = 0; c < customers; c++) {
      int lines = 1 + r.nextInt(12);
      String id = "C" + c;
      // phones and e-mails shared with a neighbour chain customers into one component
      String phone =
          "+7 (9"
              + (10 + r.nextInt(80))
              + ") "
              + (100 + c % 900)
              + "-"
              + (10 + r.nextInt(4))
              + "-00";
      String email = "u" + (r.nextInt(5) == 0 ? c - 1 : c) + "@mail.ru";
      int start = 30 + r.nextInt(1500);
      for (int j = 0; j < lines; j++) {
        LocalDate d = AS_OF.minusDays(Math.max(0, start - j * (5 + r.nextInt(90))));
        String amount =
            String.format(java.util.Locale.ROOT, "%d,%02d", 100 + r.nextInt(90000), r.nextInt(100));
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
        s.append(row).append('\n');
      }
    }
    return s.toString();
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
