package dev.reactivator.report.csv;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.score.ScoredBase;
import dev.reactivator.core.score.ScoringOptions;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.core.segment.widget.IntList;
import dev.reactivator.report.CsvStyle;
import dev.reactivator.report.ReportInput;
import dev.reactivator.report.Segment;
import dev.reactivator.report.Segments;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes segments ("Скачать сегмент") as customer lists: one CSV per non-empty {@link Segment} at
 * {@link Segment#fileName()} under the report directory; an empty segment writes no file. Segment
 * and risk level are written as labels in the report's language; phones as described for {@link
 * CsvRenderer}.
 *
 * <p>Static methods only, with no shared mutable state: thread-safe.
 */
public final class SegmentCsv {

  private SegmentCsv() {}

  /**
   * The column headers in {@code locale}'s language (Russian unless English), from the labels
   * bundle.
   *
   * @param locale the language of the headers
   * @return the column headers in {@code locale}'s language (Russian unless English), from the
   *     labels bundle
   */
  public static List<String> header(Locale locale) {
    return header(locale, ScoringOptions.defaults().horizonDays());
  }

  /**
   * The column headers in {@code locale}'s language for a base scored over {@code horizonDays} (the
   * horizon of the purchase probability column).
   *
   * @param locale the language of the headers
   * @param horizonDays the scoring horizon in days
   * @return the column headers
   */
  public static List<String> header(Locale locale, int horizonDays) {
    Objects.requireNonNull(locale, "locale");
    CsvLabels labels = CsvLabels.of(locale);
    List<String> out = new ArrayList<>();
    for (String k :
        CustomerTables.withIdentity(
            "lastPurchase", "churnProbability", "riskLevel", "purchaseProbability", "clv")) {
      out.add(labels.get("seg." + k, Integer.toString(horizonDays)));
    }
    return List.copyOf(out);
  }

  /**
   * Writes every non-empty segment of {@code input}'s analysis into {@code directory}, in one pass
   * over the customers: each customer's row is made once (rows encoded in ordered chunks on several
   * threads, {@link RowChunks}) and written to every file of a segment whose customers are in index
   * order (segments in a widget's own order, such as the largest spenders first, are written after
   * it, each in its order). When the same analysis, language and style were already written into
   * the same directory by this JVM and every file is still there (the dashboard and the CSV
   * renderer both link the segments), nothing is written again.
   *
   * @param input the analysis and the texts to render
   * @param directory the directory to write one file per segment into
   * @return the files written
   */
  public static List<Path> writeAll(ReportInput input, Path directory) {
    return writeAll(input, directory, RowChunks.CHUNK, RowChunks.defaultThreads());
  }

  /** {@link #writeAll(ReportInput, Path)} with rows encoded in chunks of {@code chunk} rows. */
  static List<Path> writeAll(ReportInput input, Path directory, int chunk, int threads) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(directory, "directory");
    List<Segment> segments = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    for (Segment s : Segments.of(input.analysis())) {
      if (!s.isEmpty()) {
        segments.add(s);
        files.add(directory.resolve(s.fileName()));
      }
    }
    String written =
        directory.toAbsolutePath().normalize()
            + "|"
            + input.options().locale()
            + "|"
            + input.options().csvStyle();
    Set<String> done =
        WRITTEN.computeIfAbsent(input.analysis(), k -> ConcurrentHashMap.newKeySet());
    if (done.contains(written) && files.stream().allMatch(Files::isRegularFile)) {
      return List.copyOf(files);
    }
    Rows rows = new Rows(input);
    List<Integer> inOrder = new ArrayList<>();
    List<Integer> ownOrder = new ArrayList<>();
    for (int i = 0; i < segments.size(); i++) {
      (ascending(segments.get(i).customers()) ? inOrder : ownOrder).add(i);
    }
    CsvExport[] open = new CsvExport[segments.size()];
    try {
      for (int i : inOrder) {
        open[i] = CsvExport.open(files.get(i), rows.style, rows.header);
      }
      int[] ordered = inOrder.stream().mapToInt(Integer::intValue).toArray();
      IntList[] members = new IntList[segments.size()];
      for (int i : ordered) {
        members[i] = IntList.copyOf(segments.get(i).customers());
      }
      int[] next = new int[segments.size()];
      int n = input.analysis().base().size();
      boolean[] member = new boolean[n];
      for (int i : ordered) {
        for (int k = 0; k < members[i].size(); k++) {
          member[members[i].getInt(k)] = true;
        }
      }
      if (ordered.length > 0) {
        CsvExport first = open[ordered[0]];
        RowChunks.run(
            n,
            chunk,
            threads,
            (from, to) -> {
              CsvExport.RowEncoder encoder = first.encoder();
              byte[][] lines = new byte[to - from][];
              for (int c = from; c < to; c++) {
                if (member[c]) {
                  lines[c - from] = encoder.encode((Object[]) rows.cells(c));
                }
              }
              return new Chunk(from, lines);
            },
            encoded -> {
              for (int k = 0; k < encoded.lines().length; k++) {
                byte[] line = encoded.lines()[k];
                if (line == null) {
                  continue;
                }
                int c = encoded.from() + k;
                for (int i : ordered) {
                  if (next[i] < members[i].size() && members[i].getInt(next[i]) == c) {
                    open[i].write(line);
                    next[i]++;
                  }
                }
              }
            });
      }
    } finally {
      for (CsvExport e : open) {
        if (e != null) {
          e.close();
        }
      }
    }
    for (int i : ownOrder) {
      try (CsvExport csv = CsvExport.open(files.get(i), rows.style, rows.header)) {
        CsvExport.RowEncoder encoder = csv.encoder();
        for (int c : segments.get(i).customers()) {
          csv.write(encoder.encode((Object[]) rows.cells(c)));
        }
      }
    }
    done.add(written);
    return List.copyOf(files);
  }

  /** The runs already written, per analysis (weakly held: forgotten with the analysis). */
  private static final Map<Analysis, Set<String>> WRITTEN =
      Collections.synchronizedMap(new WeakHashMap<>());

  private static boolean ascending(List<Integer> list) {
    IntList customers = IntList.copyOf(list);
    for (int i = 1; i < customers.size(); i++) {
      if (customers.getInt(i) <= customers.getInt(i - 1)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Writes one segment's customers to {@code file}.
   *
   * @param input the analysis and the texts to render
   * @param segment the segment whose customers are written
   * @param file the file to write, replaced when it exists
   */
  public static void write(ReportInput input, Segment segment, Path file) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(segment, "segment");
    Objects.requireNonNull(file, "file");
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      write(input, segment, Files.newOutputStream(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes one segment's customers to {@code out}, which is closed with the table.
   *
   * @param input the analysis and the texts to render
   * @param segment the segment whose customers are written
   * @param out the stream to write to
   */
  public static void write(ReportInput input, Segment segment, OutputStream out) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(segment, "segment");
    Objects.requireNonNull(out, "out");
    Rows rows = new Rows(input);
    try (CsvExport csv = CsvExport.open(out, rows.style, rows.header)) {
      CsvExport.RowEncoder encoder = csv.encoder();
      for (int c : segment.customers()) {
        csv.write(encoder.encode((Object[]) rows.cells(c)));
      }
    }
  }

  /** The encoded rows of customers {@code from …}: null for a customer in no in-order segment. */
  private record Chunk(int from, byte[][] lines) {}

  /** A segment file's row of a customer, read from the base's columns (no profile is built). */
  private static final class Rows {
    private final Analysis a;
    private final ScoredBase scored;
    private final CustomerBase base;
    private final CsvLabels labels;
    private final CsvStyle style;
    private final List<String> header;

    Rows(ReportInput input) {
      this.a = input.analysis();
      this.scored = a.scored();
      this.base = a.base();
      Locale locale = input.options().locale();
      this.labels = CsvLabels.of(locale);
      this.style = input.options().csvStyle();
      this.header = header(locale, scored.options().horizonDays());
    }

    /** The row's cells; safe to call from several threads (it reads immutable columns). */
    String[] cells(int c) {
      return new String[] {
        base.pseudonym(c),
        CsvCells.crmIds(base.customerIds(c)),
        base.name(c).orElse(""),
        CsvCells.phones(base.phones(c), style),
        String.join(", ", base.emails(c)),
        labels.glossary().label(a.rfm().seedSegment(c)),
        a.rfm().code(c),
        style.number(base.totalSpent(c), 2),
        Integer.toString(base.purchaseCount(c)),
        LocalDate.ofEpochDay(base.lastPurchaseDay(c)).toString(),
        style.number(100 * scored.churnProbability(c), 1),
        labels.glossary().label(scored.riskLevel(c)),
        style.number(100 * scored.returnProbability(c), 1),
        style.number(scored.clv(c), 2)
      };
    }
  }
}
