package dev.reactivator.io.internal;

import dev.reactivator.core.InputException;
import dev.reactivator.core.data.Field;
import dev.reactivator.core.data.ProblemCode;
import dev.reactivator.core.data.RowProblem;
import dev.reactivator.core.spi.ReadContext;
import dev.reactivator.core.spi.SourceOptions;
import dev.reactivator.core.spi.TransactionSink;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;

/**
 * One streaming read of a CSV input: sniff the first bytes (Excel, BOM, encoding, delimiter), match
 * the header, then validate every record into the sink. Holds one record at a time.
 */
public final class CsvReader {
  private static final int PROGRESS_EVERY = 4096; // records between progress checks

  /** Files from this size on are read in parallel chunks after the sample (when UTF-8). */
  static final long PARALLEL_BYTES = 4L * ChunkedRows.CHUNK_BYTES;

  /**
   * The cores from which the chunks are read in parallel. With two, the load already keeps both
   * busy (the source parses on one, the base builder merges on the other), and the chunked read
   * measured slower and twice as large in memory (docs/benchmarks.md).
   */
  static final int PARALLEL_CORES = 4;

  private CsvReader() {}

  /**
   * Reads the CSV bytes of {@code raw}, named {@code name}, into {@code sink}, and closes {@code
   * raw}.
   *
   * @param name the input's name for messages
   * @param raw the bytes, from the start
   * @param size the number of bytes when known, for progress
   * @param options the caller's forced conventions
   * @param context the analysis date and language
   * @param sink receives the rows and problems
   */
  public static void read(
      String name,
      InputStream raw,
      OptionalLong size,
      SourceOptions options,
      ReadContext context,
      TransactionSink sink) {
    read(
        name,
        raw,
        size,
        options,
        context,
        sink,
        Conventions.SAMPLE,
        size.orElse(0) >= PARALLEL_BYTES && ChunkedRows.workers() >= PARALLEL_CORES
            ? ChunkedRows.CHUNK_BYTES
            : 0);
  }

  /**
   * The read with its sample size and chunk length chosen, for tests that compare the chunked read
   * with the sequential one on small files.
   *
   * @param sampleRecords the records buffered before the conventions are decided (at least, more
   *     while a date column's day and month order is open)
   * @param chunkBytes the chunk length of the parallel read after the sample, or 0 to read
   *     sequentially
   */
  static void read(
      String name,
      InputStream raw,
      OptionalLong size,
      SourceOptions options,
      ReadContext context,
      TransactionSink sink,
      int sampleRecords,
      int chunkBytes) {
    Locale locale = context.locale();
    CsvRows records = null;
    try (CountingInputStream counting = new CountingInputStream(raw);
        BufferedInputStream in = new BufferedInputStream(counting, Detection.PREFIX + 1)) {
      in.mark(Detection.PREFIX + 1);
      byte[] prefix = in.readNBytes(Detection.PREFIX);
      int n = prefix.length;
      boolean whole = n < Detection.PREFIX;
      in.reset();

      var excel =
          Detection.excelKind(prefix, n)
              .or(
                  () ->
                      Detection.isZip(prefix, n)
                          ? Detection.excelExtension(name)
                          : java.util.Optional.empty());
      if (excel.isPresent()) {
        throw new InputException(name, IoMessages.get(locale, "file.excel", name, excel.get()));
      }
      if (Detection.isZip(prefix, n)) {
        throw new InputException(name, IoMessages.get(locale, "file.zip", name));
      }
      Detection.Encoding enc =
          options
              .encoding()
              .map(cs -> new Detection.Encoding(cs, Detection.bomLength(prefix, n, cs)))
              .orElseGet(() -> Detection.detect(prefix, n, whole));
      in.skipNBytes(enc.bomLength());
      char delimiter =
          options
              .delimiter()
              .orElseGet(
                  () ->
                      Detection.delimiter(
                          new String(prefix, enc.bomLength(), n - enc.bomLength(), enc.charset())));

      // a detected encoding is only a guess: the first byte it cannot decode ends the read with
      // the line, the byte and the option; an encoding the user forced replaces and counts them
      boolean whitespace = delimiter == Detection.WHITESPACE;
      // a UTF-8 file that is large enough is read into memory, so that the rows after the sample
      // can be cut into chunks and read on every core (ChunkedRows); any other input streams
      byte[] body = null;
      CountingInputStream bodyCount = null;
      InputStream decoded = in;
      if (chunkBytes > 0
          && !whitespace
          && enc.charset().equals(StandardCharsets.UTF_8)
          && size.orElse(Long.MAX_VALUE) < Integer.MAX_VALUE - 64) {
        body = in.readAllBytes();
        bodyCount = new CountingInputStream(new ByteArrayInputStream(body));
        decoded = bodyCount;
      }
      CountingDecoder reader =
          new CountingDecoder(
              decoded, enc.charset(), enc.bomLength(), options.encoding().isEmpty());
      records = whitespace ? CsvRows.whitespace(reader) : CsvRows.delimited(reader, delimiter);
      CsvRow first = records.next();
      if (first == null) {
        throw new InputException(
            name, IoMessages.get(locale, "file.empty", name, templateHeader(locale)));
      }
      List<String> headers = first.cells().stream().map(Shown::header).toList();
      if (headers.stream().allMatch(h -> Cells.trim(h).isEmpty())) {
        throw new InputException(
            name,
            1,
            null,
            IoMessages.get(locale, "file.noHeader", name, templateHeader(locale)),
            null);
      }
      if (headers.stream().noneMatch(Cells::hasLetter)) {
        throw new InputException(
            name,
            1,
            null,
            IoMessages.get(
                locale,
                "file.headerless",
                name,
                Shown.value(String.join(" ", headers).strip()),
                templateHeader(locale)),
            null);
      }
      Layout layout = Layout.resolve(name, headers, options.mapping(), locale);

      // a bounded sample decides the number and date conventions before any row is validated
      Conventions.Sampler sampler = new Conventions.Sampler(layout, options);
      List<CsvRow> sample = new ArrayList<>();
      CsvRow r;
      while ((sample.size() < sampleRecords
              || (sample.size() < Conventions.MAX_SAMPLE && sampler.orderOpen()))
          && (r = records.next()) != null) {
        CsvRow kept = r.copy();
        sample.add(kept);
        sampler.add(kept);
      }
      Conventions conventions = sampler.decide(name, locale);
      sink.begin(layout.fields(), details(layout, enc, delimiter, options, conventions));

      RowValidator validator = new RowValidator(layout, context, sink, delimiter, conventions);
      for (int i = 0; i < sample.size(); i++) {
        validator.row(sample.get(i), sample.get(i).line());
        sample.set(i, null);
      }
      sample = null;
      long total = size.orElse(-1);
      if (body != null
          && chunked(
              body,
              records,
              delimiter,
              chunkBytes,
              layout,
              context,
              conventions,
              sink,
              total,
              enc)) {
        encodingWarnings(name, prefix, n, whole, enc, options, reader, locale, sink);
        sink.progress(1.0);
        return;
      }
      CountingInputStream progressCount = bodyCount == null ? counting : bodyCount;
      long progressBase = bodyCount == null ? 0 : enc.bomLength();
      double reported = 0;
      long count = 0;
      while ((r = records.next()) != null) {
        validator.row(r, r.line());
        if (total > 0 && ++count % PROGRESS_EVERY == 0) {
          double f = Math.min(1.0, (double) (progressBase + progressCount.count()) / total);
          if (f - reported >= 0.01) {
            sink.progress(f);
            reported = f;
          }
        }
      }
      encodingWarnings(name, prefix, n, whole, enc, options, reader, locale, sink);
      sink.progress(1.0);
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CountingDecoder.Undecodable u) {
        throw undecodable(name, locale, u);
      }
      throw malformed(name, locale, records, e.getCause() == null ? e : e.getCause());
    } catch (CountingDecoder.Undecodable e) {
      throw undecodable(name, locale, e);
    } catch (IOException e) {
      throw malformed(name, locale, records, e);
    } finally {
      if (records != null) {
        try {
          records.close();
        } catch (IOException ignored) {
          // the stream is closed by try-with-resources as well; nothing left to release
        }
      }
    }
  }

  /**
   * Reads the rows after the sample in parallel chunks when the file allows it (see {@link
   * ChunkedRows}); otherwise leaves the parser where it is for the sequential read.
   *
   * @return whether the rest of the file was read
   */
  private static boolean chunked(
      byte[] body,
      CsvRows records,
      char delimiter,
      int chunkBytes,
      Layout layout,
      ReadContext context,
      Conventions conventions,
      TransactionSink sink,
      long total,
      Detection.Encoding enc) {
    if (delimiter > 0x7F) {
      return false;
    }
    // the parser stands right after the line break that ends the sample's last record
    long breaks = records.breaks();
    int from = ChunkedRows.afterBreaks(body, body.length, breaks);
    if (from < 0 || from >= body.length) {
      return false;
    }
    ChunkedRows.Plan plan =
        ChunkedRows.plan(body, from, body.length, breaks, (byte) delimiter, chunkBytes);
    if (plan == null) {
      return false;
    }
    ExecutorService pool = ChunkedRows.pool();
    try {
      if (!ChunkedRows.validUtf8(body, plan, pool)) {
        return false;
      }
      double[] reported = {0};
      ChunkedRows.read(
          body,
          plan,
          layout,
          context,
          delimiter,
          conventions,
          sink,
          pool,
          share -> {
            if (total > 0) {
              double f =
                  Math.min(1.0, (enc.bomLength() + from + share * (body.length - from)) / total);
              if (f - reported[0] >= 0.01) {
                sink.progress(f);
                reported[0] = f;
              }
            }
          });
      return true;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Warns about a detected windows-1251 fallback (naming the first byte that is not UTF-8) and
   * about every byte sequence the decoder had to replace: none is replaced silently.
   */
  private static void encodingWarnings(
      String name,
      byte[] prefix,
      int n,
      boolean whole,
      Detection.Encoding enc,
      SourceOptions options,
      CountingDecoder reader,
      Locale locale,
      TransactionSink sink) {
    if (options.encoding().isEmpty()
        && enc.bomLength() == 0
        && enc.charset().equals(Detection.WINDOWS_1251)) {
      int at = Detection.firstInvalidUtf8(prefix, n, whole);
      long line = Detection.lineOf(prefix, at);
      sink.warn(
          RowProblem.ofRow(
              line,
              ProblemCode.ENCODING,
              IoMessages.get(locale, "encoding.fallback", name, line, at + 1)));
    }
    if (reader.invalid() > 0) {
      sink.warn(
          RowProblem.ofRow(
              reader.firstInvalidLine(),
              ProblemCode.ENCODING,
              IoMessages.get(
                  locale,
                  "encoding.replaced",
                  name,
                  reader.invalid(),
                  reader.firstInvalidLine(),
                  enc.charset().name())));
    }
  }

  private static InputException undecodable(
      String name, Locale locale, CountingDecoder.Undecodable u) {
    String other =
        u.charset.equals(java.nio.charset.StandardCharsets.UTF_8) ? "windows-1251" : "UTF-8";
    return new InputException(
        name,
        u.line,
        null,
        IoMessages.get(
            locale,
            "encoding.undecodable",
            name,
            u.line,
            u.offset + 1,
            String.format("%02X", u.value),
            u.charset.name(),
            other),
        u);
  }

  private static InputException malformed(
      String name, Locale locale, CsvRows records, Throwable e) {
    if (records == null) {
      return new InputException(
          name, IoMessages.get(locale, "file.unreadable", name, String.valueOf(e.getMessage())), e);
    }
    long line = Math.max(1, records.line());
    return new InputException(
        name, line, null, IoMessages.get(locale, "file.malformed", name, line), e);
  }

  private static String templateHeader(Locale locale) {
    StringBuilder sb = new StringBuilder();
    for (Field f : Layout.TEMPLATE_FIELDS) {
      if (sb.length() > 0) {
        sb.append(';');
      }
      sb.append(Layout.display(f, locale));
    }
    return sb.toString();
  }

  private static Map<String, String> details(
      Layout layout,
      Detection.Encoding enc,
      char delimiter,
      SourceOptions options,
      Conventions conventions) {
    Map<String, String> d = new LinkedHashMap<>();
    d.put("format", "csv");
    d.put("delimiter", Detection.describe(delimiter));
    d.put("delimiterDetected", Boolean.toString(options.delimiter().isEmpty()));
    d.put("encoding", enc.charset().name());
    d.put("encodingDetected", Boolean.toString(options.encoding().isEmpty()));
    d.put("bom", Boolean.toString(enc.bomLength() > 0));
    StringBuilder header = new StringBuilder();
    for (int i = 0; i < layout.headers().size(); i++) {
      if (i > 0) {
        header.append(delimiter);
      }
      header.append(layout.header(i));
    }
    d.put("header", header.toString());
    d.put("columns", layout.describe());
    d.put("ignoredColumns", String.join(", ", layout.ignored()));
    conventions.describe(layout, d);
    d.putAll(layout.matching());
    return d;
  }

  /** Counts the bytes read through it, for progress by bytes. */
  static final class CountingInputStream extends FilterInputStream {
    private long count;

    CountingInputStream(InputStream in) {
      super(in);
    }

    long count() {
      return count;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long s = super.skip(n);
      count += s;
      return s;
    }

    @Override
    public boolean markSupported() {
      return false;
    }
  }
}
