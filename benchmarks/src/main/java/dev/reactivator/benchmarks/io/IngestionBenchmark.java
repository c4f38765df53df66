package dev.reactivator.benchmarks.io;

import dev.reactivator.core.Reactivator;
import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.data.Field;
import dev.reactivator.core.data.RowProblem;
import dev.reactivator.core.data.SourceRow;
import dev.reactivator.core.spi.ReadContext;
import dev.reactivator.core.spi.TransactionSink;
import dev.reactivator.io.CsvSource;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Ingestion of a large purchase export, against plain commons-csv tokenising of the same file.
 *
 * <p><b>Input</b> (generated in {@link #setUp}, in a temporary directory deleted in {@link
 * #tearDown}): {@code rows} rows (1 000 000 by default) in the template format — UTF-8, {@code ;},
 * Russian headers {@code Имя;Телефон;Email;Товар;Сумма;Дни;Дата первой покупки}, amounts with a
 * decimal comma, phones spelled in four ways — drawn from {@code customers} (350 000) customers so
 * that about 330 000 distinct customers occur, over 200 products. Fixed seed.
 *
 * <p><b>Measured</b>, one whole file per operation:
 *
 * <ul>
 *   <li>{@link #baselineCommonsCsv}: commons-csv alone — decode UTF-8, split records, touch every
 *       cell (sum of cell lengths). The floor any CSV reader built on commons-csv pays.
 *   <li>{@link #csvSourceParseAndValidate}: {@link CsvSource#read} into a counting sink —
 *       detection, header matching, the field grammar, phone and e-mail normalisation, one {@link
 *       SourceRow} per accepted row.
 *   <li>{@link #loadAndMerge}: {@code Reactivator.load(source).asOf(date)} — the above plus the
 *       identity merge into a {@link CustomerBase} (union-find over phone and e-mail keys,
 *       per-customer sort).
 * </ul>
 *
 * The figure of merit is the ratio {@code loadAndMerge / baselineCommonsCsv} (goal ≤ 2), reported
 * in {@code docs/benchmarks.md}; absolute times depend on the machine.
 *
 * <p><b>Run</b>: {@code mvn -o -q -pl benchmarks -am package -DskipTests} then {@code java -jar
 * benchmarks/target/benchmarks.jar IngestionBenchmark -f 1 -wi 1 -i 3}. Memory: {@code java -jar
 * benchmarks/target/benchmarks.jar 'IngestionBenchmark.loadAndMerge' -f 1 -wi 0 -i 1 -jvmArgsAppend
 * -Xmx300m}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class IngestionBenchmark {
  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 31);

  /** Rows in the generated file. */
  @Param("1000000")
  public int rows;

  /** Customers the rows are drawn from. */
  @Param("350000")
  public int customers;

  private Path dir;
  private Path file;
  private CSVFormat format;

  /** Writes the file. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("reactivator-ingestion");
    file = dir.resolve("export.csv");
    write(file, rows, customers, 42);
    format =
        CSVFormat.Builder.create()
            .setDelimiter(';')
            .setQuote('"')
            .setIgnoreEmptyLines(false)
            .build();
  }

  /** Deletes the file. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** The generated export: {@code rows} rows over {@code customers} customers. */
  static void write(Path file, int rows, int customers, long seed) throws IOException {
    Random rnd = new Random(seed);
    String[] names = {
      "Анна", "Иван", "Мария", "Пётр", "ООО Вектор", "Ольга", "Сергей", "ИП Смирнов"
    };
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("Имя;Телефон;Email;Товар;Сумма;Дни;Дата первой покупки\n");
      StringBuilder sb = new StringBuilder(128);
      for (int i = 0; i < rows; i++) {
        int c = rnd.nextInt(customers);
        long number = 9_000_000_000L + c * 7919L % 999_999_999L;
        String d = Long.toString(number);
        sb.setLength(0);
        sb.append(names[c % names.length]).append(' ').append(c).append(';');
        switch (rnd.nextInt(4)) {
          case 0 -> sb.append("8").append(d);
          case 1 ->
              sb.append("+7 (")
                  .append(d, 0, 3)
                  .append(") ")
                  .append(d, 3, 6)
                  .append('-')
                  .append(d, 6, 8)
                  .append('-')
                  .append(d, 8, 10);
          case 2 ->
              sb.append("8 ")
                  .append(d, 0, 3)
                  .append(' ')
                  .append(d, 3, 6)
                  .append(' ')
                  .append(d, 6, 8)
                  .append(' ')
                  .append(d, 8, 10);
          default -> sb.append('7').append(d);
        }
        sb.append(';');
        if (c % 3 == 0) {
          sb.append("client").append(c).append("@example.ru");
        }
        sb.append(";Товар ").append(rnd.nextInt(200)).append(';');
        int kopecks = 10_000 + rnd.nextInt(50_000_000);
        sb.append(kopecks / 100)
            .append(',')
            .append(String.format(Locale.ROOT, "%02d", kopecks % 100))
            .append(';');
        sb.append(rnd.nextInt(2000)).append(';');
        LocalDate first = LocalDate.of(2018, 1, 1).plusDays(c % 2500);
        sb.append(
            String.format(
                Locale.ROOT,
                "%02d.%02d.%04d",
                first.getDayOfMonth(),
                first.getMonthValue(),
                first.getYear()));
        sb.append('\n');
        w.append(sb);
      }
    }
  }

  /** (a) commons-csv alone: records split and every cell touched. */
  @Benchmark
  public long baselineCommonsCsv() throws IOException {
    long sum = 0;
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser p = new CSVParser(r, format)) {
      for (CSVRecord rec : p) {
        for (int i = 0; i < rec.size(); i++) {
          sum += rec.get(i).length();
        }
      }
    }
    return sum;
  }

  /** (b) {@link CsvSource}: parse and validate every row into a counting sink. */
  @Benchmark
  public long csvSourceParseAndValidate() {
    CountingSink sink = new CountingSink();
    CsvSource.of(file).read(new ReadContext(AS_OF, Locale.forLanguageTag("ru")), sink);
    if (sink.rejected != 0) {
      throw new IllegalStateException(sink.rejected + " rows rejected in a generated file");
    }
    return sink.accepted + Double.doubleToLongBits(sink.amount);
  }

  /** (c) the whole load stage: parse, validate and merge into a {@link CustomerBase}. */
  @Benchmark
  public int loadAndMerge() {
    CustomerBase base = Reactivator.load(CsvSource.of(file)).asOf(AS_OF).base();
    return base.size() + base.purchaseCount();
  }

  /** Counts what it is given and sums the accepted amounts, keeping nothing. */
  public static final class CountingSink implements TransactionSink {
    /** Accepted rows. */
    public long accepted;

    /** Refund rows. */
    public long refunds;

    /** Rejected rows. */
    public long rejected;

    /** The accepted rows' amounts. */
    public double amount;

    @Override
    public void begin(Set<Field> columns, Map<String, String> details) {}

    @Override
    public void accept(SourceRow row) {
      accepted++;
      amount += row.amount();
    }

    @Override
    public void refund(long line, double amount) {
      refunds++;
    }

    @Override
    public void reject(RowProblem problem) {
      rejected++;
    }

    @Override
    public void warn(RowProblem problem) {}
  }
}
