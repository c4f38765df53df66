package dev.reactivator.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.reactivator.core.InputException;
import dev.reactivator.core.data.Field;
import dev.reactivator.core.data.RowProblem;
import dev.reactivator.core.data.SourceRow;
import dev.reactivator.core.spi.ReadContext;
import dev.reactivator.core.spi.SourceOptions;
import dev.reactivator.core.spi.TransactionSink;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The parallel chunked read of the rows after the sample gives the sink exactly the calls of the
 * sequential read: the same rows, refunds, rejected rows and warnings with the same messages and
 * lines, or the same whole-file error, on random files with random chunk lengths — quoted cells
 * with delimiters, line breaks and doubled quotes, CRLF and LF, blank and short rows, bad values,
 * Cyrillic text, and sometimes a quote out of place, an unclosed quote or a byte that is not UTF-8
 * (where the chunked read must hand over to the sequential one).
 */
class ChunkedReadProperties {
  private static final ReadContext EN = new ReadContext(LocalDate.of(2026, 1, 31), Locale.ENGLISH);
  private static final ReadContext RU =
      new ReadContext(LocalDate.of(2026, 1, 31), Locale.forLanguageTag("ru"));

  @Property(tries = 400)
  void theChunkedReadEqualsTheSequentialRead(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 400) int chunkBytes,
      @ForAll @IntRange(min = 1, max = 6) int sampleRecords,
      @ForAll @IntRange(min = 0, max = 120) int rows,
      @ForAll boolean russian) {
    Random rnd = new Random(seed);
    boolean irregular = rnd.nextInt(6) == 0;
    byte[] file = file(rnd, rows, irregular);
    ReadContext context = russian ? RU : EN;
    List<Object> sequential = read(file, context, sampleRecords, 0);
    List<Object> chunked = read(file, context, sampleRecords, chunkBytes);
    assertSameCalls(sequential, chunked);
  }

  @Test
  void aRegularFileIsCutIntoChunksAndAnIrregularOneIsNot() {
    byte[] ok = "a,b\r\n\"x,\ny\",2\n\"q\"\"q\",3\n4,5\n".getBytes(StandardCharsets.UTF_8);
    ChunkedRows.Plan plan = ChunkedRows.plan(ok, 0, ok.length, 0, (byte) ',', 1);
    assertNotNull(plan);
    // cuts after "a,b\r\n" (line 1), after the quoted line break's record (lines 2–3) and line 4
    assertEquals(List.of(0, 5, 14, 23, 27), toList(plan.starts()));
    assertEquals(List.of(0L, 1L, 3L, 4L), toList(plan.lines()));
    byte[] midQuote = "a,b\nx\"y,2\n3,4\n".getBytes(StandardCharsets.UTF_8);
    assertNull(ChunkedRows.plan(midQuote, 0, midQuote.length, 0, (byte) ',', 1));
    byte[] trailing = "a,b\n\"x\"y,2\n3,4\n".getBytes(StandardCharsets.UTF_8);
    assertNull(ChunkedRows.plan(trailing, 0, trailing.length, 0, (byte) ',', 1));
    byte[] open = "a,b\n\"x,2\n3,4\n".getBytes(StandardCharsets.UTF_8);
    assertNull(ChunkedRows.plan(open, 0, open.length, 0, (byte) ',', 1));
    assertEquals(5, ChunkedRows.afterBreaks(ok, ok.length, 1));
    assertEquals(-1, ChunkedRows.afterBreaks(ok, ok.length, 9));
  }

  @Test
  void aLargeFileInDefaultChunksAfterTheDefaultSampleReadsTheSame() {
    Random rnd = new Random(7);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("customer_id,date,amount\n".getBytes(StandardCharsets.UTF_8));
    int k = 0;
    while (out.size() < CsvReader.PARALLEL_BYTES + 100_000) {
      String row =
          (k % 997 == 0)
              ? "c" + k + ",2026-02-30,10\n" // an invalid date, rejected
              : "c"
                  + rnd.nextInt(50_000)
                  + ",2025-0"
                  + (1 + rnd.nextInt(9))
                  + "-1"
                  + rnd.nextInt(9)
                  + ","
                  + (rnd.nextInt(2000) - 100)
                  + "."
                  + rnd.nextInt(10)
                  + "\n";
      out.writeBytes(row.getBytes(StandardCharsets.UTF_8));
      k++;
    }
    byte[] file = out.toByteArray();
    List<Object> sequential = read(file, EN, Conventions.SAMPLE, 0);
    List<Object> byDefault = read(file, EN, Conventions.SAMPLE, ChunkedRows.CHUNK_BYTES);
    assertSameCalls(sequential, byDefault);
  }

  /** The first call where the two reads differ, if any (not the whole lists: they are long). */
  private static void assertSameCalls(List<Object> expected, List<Object> actual) {
    int n = Math.min(expected.size(), actual.size());
    for (int i = 0; i < n; i++) {
      assertEquals(expected.get(i), actual.get(i), "sink call " + i);
    }
    assertEquals(expected.size(), actual.size(), "sink calls");
  }

  private static <T> List<T> toList(Object array) {
    List<T> out = new ArrayList<>();
    for (int i = 0; i < java.lang.reflect.Array.getLength(array); i++) {
      @SuppressWarnings("unchecked")
      T t = (T) java.lang.reflect.Array.get(array, i);
      out.add(t);
    }
    return out;
  }

  /** Every sink call of one read, or the whole-file error it ended in. */
  private static List<Object> read(
      byte[] file, ReadContext context, int sampleRecords, int chunkBytes) {
    List<Object> events = new ArrayList<>();
    try {
      CsvReader.read(
          "test.csv",
          new ByteArrayInputStream(file),
          OptionalLong.of(file.length),
          SourceOptions.defaults(),
          context,
          new Recording(events),
          sampleRecords,
          chunkBytes);
    } catch (InputException e) {
      events.add(List.of("error", e.getMessage(), String.valueOf(e.line())));
    }
    return events;
  }

  /** A random file: a header of three to five known columns, then {@code rows} random rows. */
  private static byte[] file(Random rnd, int rows, boolean irregular) {
    char d = ",;\t".charAt(rnd.nextInt(3));
    List<String> columns = new ArrayList<>(List.of("customer_id", "date", "amount"));
    if (rnd.nextBoolean()) {
      columns.add(1 + rnd.nextInt(3), "product");
    }
    if (rnd.nextInt(3) == 0) {
      columns.add("phone");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringBuilder sb = new StringBuilder(String.join(String.valueOf(d), columns));
    sb.append(rnd.nextBoolean() ? "\r\n" : "\n");
    for (int i = 0; i < rows; i++) {
      int shape = rnd.nextInt(40);
      if (shape == 0) {
        // a blank line
      } else if (shape == 1) {
        sb.append("short").append(d).append("row");
      } else {
        for (int c = 0; c < columns.size(); c++) {
          if (c > 0) {
            sb.append(d);
          }
          sb.append(cell(rnd, columns.get(c), d, irregular));
        }
        if (shape == 2) {
          sb.append(d).append(d); // blank extra cells
        }
      }
      if (i < rows - 1 || rnd.nextBoolean()) {
        sb.append(rnd.nextInt(3) == 0 ? "\r\n" : "\n");
      }
      if (irregular && rnd.nextInt(rows + 1) == 0 && rnd.nextBoolean()) {
        out.writeBytes(sb.toString().getBytes(StandardCharsets.UTF_8));
        sb.setLength(0);
        out.write(0xC3); // a truncated two-byte sequence: not UTF-8
      }
    }
    out.writeBytes(sb.toString().getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static String cell(Random rnd, String column, char d, boolean irregular) {
    String v =
        switch (column) {
          case "customer_id" -> pick(rnd, "c1", "c2", "C-3", "Анна", "N/A", "", " c1 ", "4", "0");
          case "date" ->
              pick(
                  rnd,
                  "2025-01-02",
                  "2025-12-31",
                  "2026-01-31",
                  "2026-02-01",
                  "2025-02-30",
                  "",
                  "02.01.2025",
                  "2025-03-04 10:00");
          case "amount" -> pick(rnd, "10.50", "20", "-5", "0", "1,5", "abc", "", "7.25", "1e3");
          case "product" -> pick(rnd, "Лампа", "Lamp", "", "Кабель ВВГ", "a" + d + "b");
          default -> pick(rnd, "89001234567", "+7 900 123-45-67", "call me", "", "N/A");
        };
    int q = rnd.nextInt(irregular ? 14 : 10);
    if (q == 0 || v.indexOf(d) >= 0) {
      return "\"" + v + "\""; // quoted, also to hold the delimiter
    } else if (q == 1) {
      return "\"" + v + "\r\n" + v + "\""; // a line break inside a quoted cell
    } else if (q == 2) {
      return "\"" + v + "\"\"x\"\"\""; // doubled quotes
    } else if (q == 10) {
      return v + "\"x"; // a quote inside an unquoted cell
    } else if (q == 11) {
      return "\"" + v + "\"tail"; // data after the closing quote
    } else if (q == 12 && rnd.nextInt(4) == 0) {
      return "\"" + v; // a quote left open
    }
    return v;
  }

  private static String pick(Random rnd, String... values) {
    return values[rnd.nextInt(values.length)];
  }

  /** Records every sink call as a comparable value. */
  private record Recording(List<Object> events) implements TransactionSink {
    @Override
    public void begin(Set<Field> columns, Map<String, String> details) {
      events.add(List.of("begin", Set.copyOf(columns), Map.copyOf(details)));
    }

    @Override
    public void accept(SourceRow row) {
      events.add(row);
    }

    @Override
    public void refund(long line, double amount) {
      events.add(List.of("refund", line, amount));
    }

    @Override
    public void refund(
        long line,
        double amount,
        Optional<String> customerId,
        Optional<String> phone,
        Optional<String> email) {
      events.add(List.of("refund", line, amount, customerId, phone, email));
    }

    @Override
    public void reject(RowProblem problem) {
      events.add(problem);
    }

    @Override
    public void warn(RowProblem problem) {
      events.add(List.of("warn", problem));
    }
  }
}
