package dev.reactivator.report.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reactivator.report.CsvStyle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * The fast CSV writer writes the bytes of the commons-csv printer it replaced, and the chunked,
 * multi-threaded row writer the bytes of the one-thread loop.
 */
class FastCsvWriterTest {

  /** Cells full of what quoting and neutralising look at: quotes, delimiters, breaks, signs. */
  @Provide
  Arbitrary<String> cells() {
    return Arbitraries.strings()
        .withChars("aZя0-9=+@\"';,\r\n\t #.")
        .withCharRange('\u0000', '\u0040')
        .ofMaxLength(8);
  }

  @Provide
  Arbitrary<CsvStyle> styles() {
    return Arbitraries.of(CsvStyle.excelRu(), CsvStyle.rfc4180());
  }

  @Property(tries = 500)
  void rowsAreTheBytesOfTheCommonsCsvPrinter(
      @ForAll("styles") CsvStyle style,
      @ForAll @Size(min = 1, max = 4) List<@From("cells") String> header,
      @ForAll @Size(max = 5) List<@Size(min = 4, max = 4) List<@From("cells") String>> rows)
      throws IOException {
    List<String> head = new ArrayList<>(header);
    while (head.size() < 4) {
      head.add("h" + head.size());
    }
    ByteArrayOutputStream fast = new ByteArrayOutputStream();
    try (CsvExport csv = CsvExport.open(fast, style, head)) {
      for (int i = 0; i < rows.size(); i++) {
        if (i % 2 == 0) {
          csv.row(rows.get(i).toArray());
        } else {
          csv.line(csv.format(rows.get(i).toArray(new String[0])));
        }
      }
    }
    assertArrayEquals(reference(style, head, rows), fast.toByteArray());
  }

  /** The writer this one replaced: a CSVPrinter on an OutputStreamWriter, cells neutralised. */
  private static byte[] reference(CsvStyle style, List<String> header, List<List<String>> rows)
      throws IOException {
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(style.delimiter())
            .setRecordSeparator("\r\n")
            .setQuoteMode(QuoteMode.MINIMAL)
            .build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
    if (style.byteOrderMark()) {
      w.write('\uFEFF');
    }
    try (CSVPrinter p = new CSVPrinter(w, format)) {
      p.printRecord(protect(header, style));
      for (List<String> r : rows) {
        p.printRecord(protect(r, style));
      }
    }
    return bytes.toByteArray();
  }

  private static List<String> protect(List<String> cells, CsvStyle style) {
    List<String> out = new ArrayList<>();
    for (String c : cells) {
      out.add(isNumber(c, style) ? c : CsvExport.neutralise(c));
    }
    return out;
  }

  private static boolean isNumber(String s, CsvStyle style) {
    return !s.isEmpty()
        && s.matches("-?[0-9]*(" + (style.decimalComma() ? "," : "\\.") + "[0-9]*)?")
        && !s.equals("-");
  }

  @Property(tries = 500)
  void wholeNumbersAreWrittenAsDecimalFormatWritesThem(
      @ForAll @IntRange(min = -2_000_000, max = 2_000_000) int whole,
      @ForAll @IntRange(min = 0, max = 3) int decimals,
      @ForAll boolean comma) {
    CsvStyle style = comma ? CsvStyle.excelRu() : CsvStyle.rfc4180();
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
    symbols.setDecimalSeparator(comma ? ',' : '.');
    symbols.setMinusSign('-');
    DecimalFormat f = new DecimalFormat("0", symbols);
    f.setMaximumFractionDigits(decimals);
    f.setGroupingUsed(false);
    double v = whole * 1000.0;
    assertEquals(f.format(v), style.number(v, decimals));
    assertEquals(f.format((double) whole), style.number(whole, decimals));
  }

  @Property(tries = 60)
  void chunkedRowsOnSeveralThreadsAreTheBytesOfTheOneThreadLoop(
      @ForAll @IntRange(min = 0, max = 3000) int n,
      @ForAll @IntRange(min = 1, max = 700) int chunk,
      @ForAll @IntRange(min = 1, max = 4) int threads) {
    IntFunction<Object[]> cellsOf =
        k -> new Object[] {"c" + k, k % 7 == 0 ? "=x;\"" + k + "\"" : "Имя " + k, k / 3.0};
    ByteArrayOutputStream loop = new ByteArrayOutputStream();
    try (CsvExport csv = CsvExport.open(loop, CsvStyle.excelRu(), List.of("a", "b", "c"))) {
      for (int k = 0; k < n; k++) {
        csv.row(cellsOf.apply(k));
      }
    }
    ByteArrayOutputStream chunked = new ByteArrayOutputStream();
    try (CsvExport csv = CsvExport.open(chunked, CsvStyle.excelRu(), List.of("a", "b", "c"))) {
      RowChunks.run(
          n,
          chunk,
          threads,
          (from, to) -> {
            CsvExport.RowEncoder rows = csv.encoder();
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            for (int k = from; k < to; k++) {
              b.writeBytes(rows.encode(cellsOf.apply(k)));
            }
            return b;
          },
          csv::write);
    }
    assertArrayEquals(loop.toByteArray(), chunked.toByteArray());
  }
}
