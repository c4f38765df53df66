package dev.reactivator.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.InputException;
import dev.reactivator.core.Reactivator;
import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.data.RowProblem;
import dev.reactivator.core.spi.ReadContext;
import dev.reactivator.core.spi.SourceOptions;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * Properties of {@link CsvSource}: the accounting invariant, order independence, phone keys,
 * robustness.
 */
class CsvSourceProperties {

  /** What a corruption of a valid row makes of it. */
  enum Outcome {
    REJECT,
    REFUND
  }

  /**
   * A way to spoil one cell of a valid row. Cells: name, phone, email, product, amount, days,
   * first.
   */
  enum Corruption {
    PHONE_TEXT(1, "89000000000 инстаграм ba_int_de", Outcome.REJECT),
    PHONE_SCIENTIFIC(1, "7,97E+10", Outcome.REJECT),
    EMAIL_TEXT(2, "a@b.ru пишите", Outcome.REJECT),
    NO_PRODUCT(3, "", Outcome.REJECT),
    DOLLAR_WORD(4, "15 долларов", Outcome.REJECT),
    EURO_WORD(4, "15 000 евро", Outcome.REJECT),
    ABOUT(4, "около 15000", Outcome.REJECT),
    MIXED_SEPARATORS(4, "\"1.975,432.09\"", Outcome.REJECT),
    NEGATIVE(4, "-1500,50", Outcome.REFUND),
    ZERO(4, "0", Outcome.REFUND),
    DAYS_TEXT(5, "давно", Outcome.REJECT),
    NO_DAYS(5, "", Outcome.REJECT),
    BAD_DATE(6, "31.02.2021", Outcome.REJECT),
    FUTURE_DATE(6, "01.01.2099", Outcome.REJECT),
    EMPTY_LINE(-1, "", Outcome.REJECT),
    SEMICOLONS(-1, ";;;;;;", Outcome.REJECT),
    SHORT(-1, "Анна;89001234567;;ИБП", Outcome.REJECT);

    final int cell;
    final String value;
    final Outcome outcome;

    Corruption(int cell, String value, Outcome outcome) {
      this.cell = cell;
      this.value = value;
      this.outcome = outcome;
    }
  }

  /** A valid row; identity from a small pool so that rows merge. */
  static Arbitrary<List<String>> validRow() {
    Arbitrary<Integer> who = Arbitraries.integers().between(0, 30);
    Arbitrary<Integer> kopecks = Arbitraries.integers().between(1, 99_999_999);
    Arbitrary<Integer> days = Arbitraries.integers().between(0, 3000);
    Arbitrary<Integer> product = Arbitraries.integers().between(0, 5);
    Arbitrary<Integer> spelling = Arbitraries.integers().between(0, 3);
    return Combinators.combine(who, kopecks, days, product, spelling)
        .as(
            (w, k, d, p, s) -> {
              String phone =
                  w % 3 == 2
                      ? ""
                      : phoneSpellings("9" + String.format("%09d", 1_000_000 + w)).get(s);
              String email = w % 3 == 1 || w % 5 == 0 ? "c" + w + "@example.ru" : "";
              if (phone.isEmpty() && email.isEmpty()) {
                email = "c" + w + "@example.ru";
              }
              String amount = (k / 100) + "," + String.format("%02d", k % 100);
              return List.of(
                  "Клиент " + w,
                  phone,
                  email,
                  "Товар " + p,
                  amount,
                  Integer.toString(d),
                  "01.0" + (1 + w % 9) + ".2019");
            });
  }

  @Provide
  Arbitrary<List<List<String>>> rows() {
    return validRow().list().ofMinSize(1).ofMaxSize(60);
  }

  private static String line(List<String> cells) {
    return String.join(";", cells);
  }

  @Property(tries = 200)
  void everyRowEndsInExactlyOneOutcomeAndEveryRejectionIsListedWithItsLine(
      @ForAll("rows") List<List<String>> rows,
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 100) int percent) {
    Random rnd = new Random(seed);
    StringBuilder sb = new StringBuilder(Csv.HEADER);
    TreeSet<Long> rejectLines = new TreeSet<>();
    TreeSet<Long> refundLines = new TreeSet<>();
    long lineNo = 1;
    for (List<String> row : rows) {
      lineNo++;
      if (rnd.nextInt(100) < percent) {
        Corruption c = Corruption.values()[rnd.nextInt(Corruption.values().length)];
        if (c.cell < 0) {
          sb.append(c.value);
        } else {
          List<String> spoilt = new ArrayList<>(row);
          spoilt.set(c.cell, c.value);
          sb.append(line(spoilt));
        }
        (c.outcome == Outcome.REJECT ? rejectLines : refundLines).add(lineNo);
      } else {
        sb.append(line(row));
      }
      sb.append(rnd.nextBoolean() ? "\n" : "\r\n");
    }
    CollectingSink sink = Csv.read(sb.toString());
    assertEquals(rows.size(), sink.rows(), "rows read = accepted + refunds + rejected");
    assertEquals(rejectLines, new TreeSet<>(sink.rejected.stream().map(RowProblem::line).toList()));
    assertEquals(refundLines, new TreeSet<>(sink.refundLines.stream().map(l -> l[0]).toList()));
    assertEquals(rows.size() - rejectLines.size() - refundLines.size(), sink.accepted.size());
    for (RowProblem p : sink.rejected) {
      assertTrue(p.message().startsWith("Строка " + p.line()), p.message());
    }
  }

  @Property(tries = 100)
  void mergeResultDoesNotDependOnRowOrder(
      @ForAll("rows") List<List<String>> rows, @ForAll long seed) {
    List<List<String>> shuffled = new ArrayList<>(rows);
    Collections.shuffle(shuffled, new Random(seed));
    CustomerBase a = load(rows);
    CustomerBase b = load(shuffled);
    assertEquals(a.size(), b.size());
    assertEquals(a.customers(), b.customers());
    for (int c = 0; c < a.size(); c++) {
      assertEquals(a.totalSpent(c), b.totalSpent(c));
    }
    assertEquals(a.productNames(), b.productNames());
  }

  private static CustomerBase load(List<List<String>> rows) {
    StringBuilder sb = new StringBuilder(Csv.HEADER);
    rows.forEach(r -> sb.append(line(r)).append('\n'));
    return Reactivator.load(
            Csv.source(sb.toString().getBytes(StandardCharsets.UTF_8), SourceOptions.defaults()))
        .asOf(Csv.AS_OF)
        .base();
  }

  static List<String> phoneSpellings(String tenDigits) {
    String d = tenDigits;
    String a = d.substring(0, 3);
    String b = d.substring(3, 6);
    String c = d.substring(6, 8);
    String e = d.substring(8, 10);
    return List.of(
        "+7 (" + a + ") " + b + "-" + c + "-" + e,
        "8 " + a + " " + b + " " + c + " " + e,
        "8" + d,
        "7" + d,
        d,
        "+7" + d,
        "8(" + a + ")" + b + c + e,
        "+7\u00A0" + a + "\u00A0" + b + "\u00A0" + c + e,
        "7-" + a + "-" + b + "-" + c + "-" + e);
  }

  @Property(tries = 200)
  void allSpellingsOfOnePhoneGiveOneKey(@ForAll @IntRange(min = 0, max = 999_999_999) int n) {
    String ten = "9" + String.format("%09d", n);
    StringBuilder sb = new StringBuilder(Csv.HEADER);
    for (String s : phoneSpellings(ten)) {
      sb.append("Анна;").append(s).append(";;ИБП;5000;10;01.01.2020\n");
    }
    CollectingSink sink = Csv.read(sb.toString());
    assertEquals(phoneSpellings(ten).size(), sink.accepted.size(), () -> sink.rejected.toString());
    assertEquals(1, sink.accepted.stream().map(r -> r.phone().orElseThrow()).distinct().count());
    assertEquals("7" + ten, sink.accepted.get(0).phone().orElseThrow());
    CustomerBase base =
        Reactivator.load(
                Csv.source(
                    sb.toString().getBytes(StandardCharsets.UTF_8), SourceOptions.defaults()))
            .asOf(Csv.AS_OF)
            .base();
    assertEquals(1, base.size());
  }

  @Provide
  Arbitrary<byte[]> csvLikeBytes() {
    Arbitrary<String> body =
        Arbitraries.strings()
            .withChars(";,\t\n\r\" 0123456789.-+eE@абвАБВxyz₽\u00A0\uFEFF")
            .ofMaxLength(400);
    Arbitrary<String> header =
        Arbitraries.of(
            Csv.HEADER,
            "Телефон;Товар;Сумма;Дата покупки\n",
            "phone,product,amount,days,first_purchase_date\n",
            "",
            "\"Товар;Сумма\n");
    Arbitrary<byte[]> text =
        Combinators.combine(header, body, Arbitraries.of("UTF-8", "windows-1251", "UTF-16LE"))
            .as((h, b, cs) -> (h + b).getBytes(Charset.forName(cs)));
    Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
    Arbitrary<byte[]> magic =
        random.map(
            b -> {
              byte[] out = new byte[b.length + 4];
              out[0] = 0x50;
              out[1] = 0x4B;
              out[2] = 3;
              out[3] = 4;
              System.arraycopy(b, 0, out, 4, b.length);
              return out;
            });
    return Arbitraries.oneOf(text, random, magic);
  }

  @Property(tries = 1000)
  void arbitraryBytesGiveAnInputExceptionOrAnAccountedResult(@ForAll("csvLikeBytes") byte[] bytes)
      throws IOException {
    CollectingSink sink = new CollectingSink();
    try {
      Csv.source(bytes, SourceOptions.defaults()).read(new ReadContext(Csv.AS_OF, Csv.RU), sink);
    } catch (InputException expected) {
      Statistics.collect("input exception");
      return;
    }
    Statistics.collect(sink.rows() == 0 ? "read, no rows" : "read, rows");
    assertEquals(1, sink.begins);
    assertEquals(
        referenceRecordCount(bytes, sink) - 1,
        sink.rows(),
        "every record but the header is accounted for");
    long previous = 1;
    List<Long> lines = new ArrayList<>();
    sink.accepted.forEach(r -> lines.add(r.line()));
    sink.refundLines.forEach(l -> lines.add(l[0]));
    sink.rejected.forEach(p -> lines.add(p.line()));
    Collections.sort(lines);
    for (long l : lines) {
      assertTrue(l > previous, "lines strictly increase after the header: " + lines);
      previous = l;
    }
  }

  /** Records in the file by plain commons-csv with the detected delimiter and encoding. */
  private static long referenceRecordCount(byte[] bytes, CollectingSink sink) throws IOException {
    Charset cs = Charset.forName(sink.details.get("encoding"));
    String d = sink.details.get("delimiter");
    int skip =
        "true".equals(sink.details.get("bom")) ? (cs.name().startsWith("UTF-16") ? 2 : 3) : 0;
    CSVFormat f =
        CSVFormat.Builder.create()
            .setDelimiter(d.equals("tab") ? '\t' : d.charAt(0))
            .setQuote('"')
            .setIgnoreEmptyLines(false)
            .setTrailingData(true)
            .build();
    try (Reader r =
            new InputStreamReader(
                new java.io.ByteArrayInputStream(bytes, skip, bytes.length - skip), cs);
        CSVParser p = new CSVParser(r, f)) {
      long n = 0;
      for (var ignored : p) {
        n++;
      }
      return n;
    }
  }
}
