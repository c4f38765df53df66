package dev.reactivator.io.internal;

import dev.reactivator.core.data.RowProblem;
import dev.reactivator.core.data.SourceRow;
import dev.reactivator.core.spi.ReadContext;
import dev.reactivator.core.spi.TransactionSink;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleConsumer;

/**
 * The rest of a UTF-8 CSV file after the conventions' sample, read in parallel: the bytes are cut
 * into chunks at line breaks that end a record, every chunk is parsed as the sequential read parses
 * ({@link CsvRows}) and validated by its own {@link RowValidator} on a worker thread into a list of
 * sink events, and the lists are replayed into the sink in file order. So the sink sees exactly the
 * calls of the sequential read: the same rows, refunds, rejected rows and messages, with the same
 * line numbers.
 *
 * <p>Only a file the cut cannot get wrong is chunked: valid UTF-8 (the sequential read would stop
 * at an undecodable byte), and every quote where RFC 4180 puts one — opening a cell, closing it
 * before a delimiter or a line break, or doubled inside a quoted cell. A quote anywhere else (which
 * commons-csv reads as a plain character or as trailing data) or a quote left open makes {@link
 * #plan} return {@code null}, and the caller reads on sequentially. At most twice as many chunks as
 * workers are in memory at once.
 */
final class ChunkedRows {
  /** The chunk length the reader aims at, in bytes; a chunk ends at the next record's end. */
  static final int CHUNK_BYTES = 1 << 20;

  private static final byte QUOTE = '"';
  private static final byte CR = '\r';
  private static final byte LF = '\n';

  // the quote states of the scan
  private static final int FIELD_START = 0;
  private static final int UNQUOTED = 1;
  private static final int QUOTED = 2;
  private static final int QUOTE_IN_QUOTED = 3;

  private ChunkedRows() {}

  /**
   * Where the chunks of {@code bytes[from, to)} start and end, and the line each starts on.
   *
   * @param starts the byte offset of each chunk's first byte, and {@code to} last
   * @param lines the number of line breaks before each chunk, counted from the body's start
   */
  record Plan(int[] starts, long[] lines) {
    int chunks() {
      return starts.length - 1;
    }
  }

  /**
   * The byte offset after the {@code breaks}-th line break of {@code bytes} (a CR LF pair is one
   * break, as commons-csv counts lines), or -1 when there are fewer.
   */
  static int afterBreaks(byte[] bytes, int length, long breaks) {
    if (breaks == 0) {
      return 0;
    }
    long seen = 0;
    for (int i = 0; i < length; i++) {
      byte b = bytes[i];
      if (b == LF || (b == CR && (i + 1 >= length || bytes[i + 1] != LF))) {
        if (++seen == breaks) {
          return i + 1;
        }
      }
    }
    return -1;
  }

  /**
   * Cuts {@code bytes[from, to)} into chunks of about {@code chunkBytes}, each ending after a line
   * feed that ends a record.
   *
   * @param firstLineBreaks the line breaks before {@code from}
   * @return the plan, or {@code null} when a quote is out of place or left open, or there would be
   *     fewer than two chunks
   */
  static Plan plan(
      byte[] bytes, int from, int to, long firstLineBreaks, byte delimiter, int chunkBytes) {
    List<int[]> cuts = new ArrayList<>();
    List<Long> cutLines = new ArrayList<>();
    cuts.add(new int[] {from});
    cutLines.add(firstLineBreaks);
    long breaks = firstLineBreaks;
    int state = FIELD_START;
    int next = from + chunkBytes;
    for (int i = from; i < to; i++) {
      byte b = bytes[i];
      boolean lineBreak = b == LF || (b == CR && (i + 1 >= to || bytes[i + 1] != LF));
      if (lineBreak) {
        breaks++;
      }
      switch (state) {
        case FIELD_START, UNQUOTED -> {
          if (b == QUOTE) {
            if (state == UNQUOTED) {
              return null; // a quote inside an unquoted cell: a plain character for commons-csv
            }
            state = QUOTED;
          } else if (b == delimiter || b == CR || b == LF) {
            state = FIELD_START;
          } else {
            state = UNQUOTED;
          }
        }
        case QUOTED -> {
          if (b == QUOTE) {
            state = QUOTE_IN_QUOTED;
          }
        }
        default -> {
          if (b == QUOTE) {
            state = QUOTED; // a doubled quote
          } else if (b == delimiter || b == CR || b == LF) {
            state = FIELD_START;
          } else {
            return null; // data after a closing quote
          }
        }
      }
      if (b == LF && state == FIELD_START && i + 1 >= next && i + 1 < to) {
        cuts.add(new int[] {i + 1});
        cutLines.add(breaks);
        next = i + 1 + chunkBytes;
      }
    }
    if (state == QUOTED || cuts.size() < 2) {
      return null;
    }
    int[] starts = new int[cuts.size() + 1];
    long[] lines = new long[cuts.size()];
    for (int k = 0; k < cuts.size(); k++) {
      starts[k] = cuts.get(k)[0];
      lines[k] = cutLines.get(k);
    }
    starts[cuts.size()] = to;
    return new Plan(starts, lines);
  }

  /** Whether {@code bytes[from, to)} is valid UTF-8, checked chunk by chunk on the workers. */
  static boolean validUtf8(byte[] bytes, Plan plan, ExecutorService pool) {
    List<Future<Boolean>> checks = new ArrayList<>();
    for (int k = 0; k < plan.chunks(); k++) {
      int a = plan.starts()[k];
      int b = plan.starts()[k + 1];
      checks.add(pool.submit(() -> decode(bytes, a, b) != null));
    }
    boolean ok = true;
    for (Future<Boolean> f : checks) {
      ok &= join(f);
    }
    return ok;
  }

  /** The chunk's text, or {@code null} when it is not valid UTF-8. */
  private static String decode(byte[] bytes, int from, int to) {
    CharsetDecoder d =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = d.decode(ByteBuffer.wrap(bytes, from, to - from));
      return chars.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * Parses and validates every chunk of {@code plan} on {@code pool} and replays each chunk's sink
   * calls into {@code sink} in file order.
   *
   * @param progress receives the share of the body's bytes replayed, after each chunk
   */
  static void read(
      byte[] bytes,
      Plan plan,
      Layout layout,
      ReadContext context,
      char delimiter,
      Conventions conventions,
      TransactionSink sink,
      ExecutorService pool,
      DoubleConsumer progress) {
    int n = plan.chunks();
    int ahead = 2 * Math.max(1, workers());
    ArrayDeque<Future<List<Object>>> pending = new ArrayDeque<>();
    int submitted = 0;
    int total = plan.starts()[n] - plan.starts()[0];
    for (int k = 0; k < n; k++) {
      while (submitted < n && pending.size() < ahead) {
        int c = submitted++;
        pending.add(
            pool.submit(
                () ->
                    chunk(
                        bytes,
                        plan.starts()[c],
                        plan.starts()[c + 1],
                        plan.lines()[c],
                        layout,
                        context,
                        delimiter,
                        conventions)));
      }
      for (Object e : join(pending.poll())) {
        replay(e, sink);
      }
      progress.accept((double) (plan.starts()[k + 1] - plan.starts()[0]) / total);
    }
  }

  /** The worker threads a read uses: every core. */
  static int workers() {
    return Runtime.getRuntime().availableProcessors();
  }

  /** A pool of daemon worker threads for one read; the caller shuts it down. */
  static ExecutorService pool() {
    AtomicInteger id = new AtomicInteger();
    return Executors.newFixedThreadPool(
        workers(),
        r -> {
          Thread t = new Thread(r, "reactivator-csv-" + id.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }

  /** One chunk's sink calls, in order. */
  private static List<Object> chunk(
      byte[] bytes,
      int from,
      int to,
      long lineBreaks,
      Layout layout,
      ReadContext context,
      char delimiter,
      Conventions conventions) {
    String text = decode(bytes, from, to);
    if (text == null) {
      throw new IllegalStateException("a chunk checked as UTF-8 no longer decodes");
    }
    Recorder recorder = new Recorder();
    RowValidator validator = new RowValidator(layout, context, recorder, delimiter, conventions);
    try (CsvRows rows = CsvRows.delimited(new StringReader(text), delimiter)) {
      CsvRow r;
      while ((r = rows.next()) != null) {
        validator.row(r, lineBreaks + r.line());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return recorder.events;
  }

  private static void replay(Object e, TransactionSink sink) {
    if (e instanceof SourceRow row) {
      sink.accept(row);
    } else if (e instanceof Refund r) {
      sink.refund(r.line, r.amount, r.customerId, r.phone, r.email);
    } else if (e instanceof Rejected r) {
      sink.reject(r.problem);
    } else {
      sink.warn(((Warned) e).problem);
    }
  }

  private static <T> T join(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading in parallel", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private record Refund(
      long line,
      double amount,
      Optional<String> customerId,
      Optional<String> phone,
      Optional<String> email) {}

  private record Rejected(RowProblem problem) {}

  private record Warned(RowProblem problem) {}

  /** Keeps a chunk's sink calls for the replay. */
  private static final class Recorder implements TransactionSink {
    final List<Object> events = new ArrayList<>();

    @Override
    public void begin(
        java.util.Set<dev.reactivator.core.data.Field> c, java.util.Map<String, String> d) {
      throw new IllegalStateException("begin is called once, by the reader");
    }

    @Override
    public void accept(SourceRow row) {
      events.add(row);
    }

    @Override
    public void refund(long line, double amount) {
      events.add(new Refund(line, amount, Optional.empty(), Optional.empty(), Optional.empty()));
    }

    @Override
    public void refund(
        long line,
        double amount,
        Optional<String> customerId,
        Optional<String> phone,
        Optional<String> email) {
      events.add(new Refund(line, amount, customerId, phone, email));
    }

    @Override
    public void reject(RowProblem problem) {
      events.add(new Rejected(problem));
    }

    @Override
    public void warn(RowProblem problem) {
      events.add(new Warned(problem));
    }
  }
}
