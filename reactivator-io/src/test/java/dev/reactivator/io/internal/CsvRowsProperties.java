package dev.reactivator.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The records the reader parses (FastCSV for regular text, commons-csv from the first irregular
 * record on) are exactly commons-csv's, which the input contract describes: the same cells, the
 * same start lines, the same unclosed-quote error at the same line; and the char-level readers of
 * plain amounts and two-digit dates agree with the general cell grammar.
 */
class CsvRowsProperties {
  private static final char[] ALPHABET = {
    'a', 'b', 'я', '1', '.', ' ', ',', ';', '"', '"', '\n', '\n', '\r', '\t'
  };

  @Property(tries = 3000)
  void theRecordsAreCommonsCsvsRecords(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 60) int length,
      @ForAll @IntRange(min = 1, max = 40) int gateChars,
      @ForAll @IntRange(min = 1, max = 9) int piece,
      @ForAll @IntRange(min = 1, max = 80) int maxRecord,
      @ForAll boolean semicolon) {
    Random rnd = new Random(seed);
    StringBuilder sb = new StringBuilder();
    boolean regular = rnd.nextBoolean();
    for (int i = 0; i < length; i++) {
      sb.append(regular ? regularPiece(rnd, semicolon) : ALPHABET[rnd.nextInt(ALPHABET.length)]);
    }
    String text = sb.toString();
    char delimiter = semicolon ? ';' : ',';
    assertEquals(
        commons(text, delimiter), ours(text, delimiter, gateChars, piece, maxRecord), text);
  }

  @Test
  void aQuotedCarriageReturnBeforeALineFeedKeepsItsCell() {
    // FastCSV alone reads "x,\"b\rb\"\na\n" as one record [x, a]
    String text = "h\nx,\"b\rb\"\na\n";
    assertEquals(commons(text, ','), ours(text, ',', 1 << 16, 1 << 16, 1 << 20));
    assertEquals("[line 1 [h], line 2 [x, b\rb], line 4 [a]]", ours(text, ',', 16, 3, 1 << 20));
  }

  @Property(tries = 3000)
  void aPlainAmountReadFromTheCharsEqualsTheGeneralReading(
      @ForAll @LongRange(min = -999_999_999_999_999L, max = 999_999_999_999_999L) long units,
      @ForAll @IntRange(min = 0, max = 8) int scale,
      @ForAll boolean comma) {
    char decimal = comma ? ',' : '.';
    String s = java.math.BigDecimal.valueOf(units, scale).toPlainString().replace('.', decimal);
    double fast = Cells.parsePlainAmount(s.toCharArray(), 0, s.length(), decimal);
    double general = Cells.parseAmount(s, decimal);
    if (Double.isNaN(fast)) {
      assertEquals(true, s.replace("-", "").replace(String.valueOf(decimal), "").length() > 15, s);
    } else {
      assertEquals(Double.doubleToLongBits(general), Double.doubleToLongBits(fast), s);
      assertEquals(Double.parseDouble(s.replace(decimal, '.')), fast, 0.0, s);
    }
  }

  @Property(tries = 3000)
  void anyCellReadFromTheCharsIsReadSoByTheGeneralPath(
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 12) int length) {
    Random rnd = new Random(seed);
    char[] alphabet = {'0', '1', '2', '5', '9', '.', ',', '-', ' ', '/', 'e', '+'};
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < length; i++) {
      sb.append(alphabet[rnd.nextInt(alphabet.length)]);
    }
    String s = sb.toString();
    for (char decimal : new char[] {'.', ','}) {
      double fast = Cells.parsePlainAmount(s.toCharArray(), 0, s.length(), decimal);
      if (!Double.isNaN(fast)) {
        assertEquals(
            Double.doubleToLongBits(Cells.parseAmount(Cells.trim(s), decimal)),
            Double.doubleToLongBits(fast),
            s);
      }
    }
    for (DateConvention c : DateConvention.BUILT_IN) {
      int fast = c.parseFast(s.toCharArray(), 0, s.length());
      if (fast != Cells.INVALID) {
        assertEquals(c.parse(Cells.trim(s)), fast, s);
      }
    }
  }

  @Property(tries = 2000)
  void aDateWrittenInItsOwnShapeIsReadFromTheCharsAsByTheGeneralPath(
      @ForAll @LongRange(min = -25_567, max = 376_000) long epochDay,
      @ForAll @IntRange(min = 0, max = 8) int convention) {
    DateConvention c = DateConvention.BUILT_IN.get(convention);
    LocalDate d = LocalDate.ofEpochDay(epochDay);
    String s =
        c.pattern().equals("yyyyMMdd") || c.pattern().equals("excel")
            ? d.toString()
            : d.format(java.time.format.DateTimeFormatter.ofPattern(c.pattern()));
    int fast = c.parseFast(s.toCharArray(), 0, s.length());
    int general = c.parse(s);
    if (c.kind() == DateConvention.Kind.COMPACT || c.kind() == DateConvention.Kind.EXCEL) {
      assertEquals(Cells.INVALID, fast);
    } else {
      assertEquals(general, fast, s);
      assertEquals((int) epochDay, fast, s);
    }
  }

  @Test
  void anyDelimiterButAQuoteOrALineBreakReads() {
    for (char d : new char[] {'#', '!', '|', ';', '\t', '\u00A6'}) {
      String text = "a" + d + "\"b" + d + "\"\n1" + d + "2\n";
      assertEquals(commons(text, d), ours(text, d, 8, 3, 1 << 20), String.valueOf(d));
    }
  }

  @Test
  void theWhitespaceDelimiterReadsWithoutQuotes() throws IOException {
    try (CsvRows rows = CsvRows.whitespace(new StringReader("a  \"b\n 1\t2 \n"))) {
      assertEquals("line 1 [a, \"b]", rows.next().toString());
      assertEquals("line 2 [1, 2]", rows.next().toString());
      assertNull(rows.next());
    }
  }

  /** A piece of regular RFC 4180 text: a plain cell, a quoted cell, a delimiter or a line break. */
  private static String regularPiece(Random rnd, boolean semicolon) {
    return switch (rnd.nextInt(6)) {
      case 0 -> semicolon ? ";" : ",";
      case 1 -> rnd.nextBoolean() ? "\n" : "\r\n";
      case 2 -> "\"q" + (rnd.nextBoolean() ? "\"\"" : "\n") + (semicolon ? ";" : ",") + "\"";
      default -> "ab я".substring(rnd.nextInt(3));
    };
  }

  /** commons-csv's records and start lines, and its error, as the reader read them before. */
  private static String commons(String text, char delimiter) {
    List<String> out = new ArrayList<>();
    CSVFormat format =
        CSVFormat.Builder.create()
            .setDelimiter(delimiter)
            .setQuote('"')
            .setIgnoreEmptyLines(false)
            .setTrailingData(true)
            .build();
    long line = 1;
    try (CSVParser p = new CSVParser(new StringReader(text), format)) {
      var it = p.iterator();
      while (true) {
        line = p.getCurrentLineNumber() + 1;
        if (!it.hasNext()) {
          break;
        }
        CSVRecord r = it.next();
        List<String> cells = new ArrayList<>();
        r.forEach(cells::add);
        out.add("line " + line + " " + cells);
      }
    } catch (IOException | UncheckedIOException e) {
      out.add("error at line " + line);
    }
    return out.toString();
  }

  private static String ours(String text, char delimiter, int gateChars, int piece, int maxRecord) {
    List<String> out = new ArrayList<>();
    CsvRows rows = CsvRows.delimited(new Pieces(text, piece), delimiter, gateChars, maxRecord);
    try {
      CsvRow r;
      while ((r = rows.next()) != null) {
        out.add(r.toString());
      }
    } catch (IOException e) {
      out.add("error at line " + rows.line());
    }
    return out.toString();
  }

  /** A reader that hands out at most {@code piece} chars a call. */
  private static final class Pieces extends Reader {
    private final String text;
    private final int piece;
    private int at;

    Pieces(String text, int piece) {
      this.text = text;
      this.piece = piece;
    }

    @Override
    public int read(char[] cbuf, int off, int len) {
      if (at == text.length()) {
        return -1;
      }
      int n = Math.min(Math.min(len, piece), text.length() - at);
      text.getChars(at, at + n, cbuf, off);
      at += n;
      return n;
    }

    @Override
    public void close() {}
  }
}
