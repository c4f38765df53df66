package dev.reactivator.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds installed {@link ReportRenderer}s by format name, in the same shape as the source and LLM
 * provider look-ups: an explicit choice (argument, then the system property {@value #PROPERTY},
 * then the environment variable {@value #ENV}), else the built-in default {@value #DEFAULT_FORMAT};
 * renderers come from {@link ServiceLoader}. A renderer that fails to load is logged (naming it and
 * why) and skipped; of two renderers with the same format the first found is used and both are
 * named in a warning.
 *
 * <p>Static methods only, with no shared mutable state: thread-safe.
 */
public final class ReportRenderers {

  /**
   * System property naming the format {@link #select(Optional, Map)} uses when no argument is
   * given.
   */
  public static final String PROPERTY = "reactivator.report";

  /** Environment / configuration key naming the format (the system property wins). */
  public static final String ENV = "REACTIVATOR_REPORT";

  /** The format used when nothing is chosen. */
  public static final String DEFAULT_FORMAT = "html";

  private static final Logger LOG = LoggerFactory.getLogger(ReportRenderers.class);
  private static final int MAX_BROKEN = 256;

  private ReportRenderers() {}

  /**
   * Every installed renderer by format, sorted by format name.
   *
   * @return the renderers by lower-case format
   */
  public static Map<String, ReportRenderer> installed() {
    return installed(Thread.currentThread().getContextClassLoader());
  }

  /**
   * Every renderer installed in {@code loader}, by format; the first one found wins a duplicate
   * name, and a renderer that cannot be loaded is skipped; both are logged.
   *
   * @param loader the class loader to search
   * @return the renderers by lower-case format, sorted by format
   */
  public static Map<String, ReportRenderer> installed(ClassLoader loader) {
    return load(ServiceLoader.load(ReportRenderer.class, loader).iterator(), LOG::warn);
  }

  /**
   * Drains {@code services}, skipping broken and duplicate renderers and telling {@code warn} about
   * them.
   */
  static Map<String, ReportRenderer> load(
      Iterator<ReportRenderer> services, Consumer<String> warn) {
    Map<String, ReportRenderer> byFormat = new TreeMap<>();
    int broken = 0;
    while (broken < MAX_BROKEN) {
      ReportRenderer r;
      String format;
      try {
        if (!services.hasNext()) {
          break;
        }
        r = services.next();
        format = r.format().toLowerCase(Locale.ROOT);
      } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
        broken++;
        warn.accept("Skipping a broken report renderer: " + e);
        continue;
      }
      ReportRenderer previous = byFormat.putIfAbsent(format, r);
      if (previous != null) {
        warn.accept(
            "Two report renderers have the format '"
                + format
                + "': using "
                + previous.getClass().getName()
                + ", ignoring "
                + r.getClass().getName());
      }
    }
    return byFormat;
  }

  /**
   * The renderer of {@code format} (case-insensitive).
   *
   * @param format the format name
   * @return the renderer
   * @throws UnknownReportFormatException when none is installed; it lists the installed formats
   */
  public static ReportRenderer forFormat(String format) {
    Objects.requireNonNull(format, "format");
    return forFormat(installed(), format);
  }

  /**
   * The renderer chosen by {@code format}, else the system property {@value #PROPERTY}, else
   * {@value #ENV} in {@code configuration}, else {@value #DEFAULT_FORMAT} (logged once as a
   * warning).
   *
   * @param format the explicit choice, if any
   * @param configuration environment-style settings (typically {@link System#getenv()})
   * @return the renderer
   * @throws UnknownReportFormatException when the chosen format is not installed
   */
  public static ReportRenderer select(Optional<String> format, Map<String, String> configuration) {
    return select(installed(), format, configuration, LOG::warn);
  }

  /** {@link #select(Optional, Map)} over {@code installed}. */
  static ReportRenderer select(
      Map<String, ReportRenderer> installed,
      Optional<String> format,
      Map<String, String> configuration,
      Consumer<String> warn) {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(configuration, "configuration");
    Optional<String> chosen =
        format
            .or(() -> Optional.ofNullable(System.getProperty(PROPERTY)))
            .or(() -> Optional.ofNullable(configuration.get(ENV)))
            .map(String::strip)
            .filter(s -> !s.isEmpty());
    if (chosen.isEmpty()) {
      warn.accept(
          "No report format chosen ("
              + PROPERTY
              + " / "
              + ENV
              + "); using the default '"
              + DEFAULT_FORMAT
              + "'");
    }
    return forFormat(installed, chosen.orElse(DEFAULT_FORMAT));
  }

  /**
   * Renders one run into {@code directory}: every renderer once, those that {@linkplain
   * ReportRenderer#linksExports() link the exports} last, each of them with {@link
   * ReportOptions#exports()} set to every file written before it (the {@code earlier} files
   * included), so that a link exists exactly when its file was written in this run. This list is
   * the one record of a run's files: it is what the dashboard links to and what the caller reports.
   *
   * @param renderers the renderers, in the order asked for (duplicates are rendered once)
   * @param input the analysis, summary and options
   * @param directory the output directory
   * @param earlier files the caller already wrote into {@code directory} in this run (such as the
   *     rejected rows), listed first
   * @param progress told the share of renderers done, 0 before the first and 1 after the last
   * @return every file of the run, {@code earlier} first, without duplicates, in the order written
   * @throws ReportException when a file cannot be written
   */
  public static List<Path> renderAll(
      List<ReportRenderer> renderers,
      ReportInput input,
      Path directory,
      List<Path> earlier,
      DoubleConsumer progress) {
    Objects.requireNonNull(renderers, "renderers");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(earlier, "earlier");
    Objects.requireNonNull(progress, "progress");
    List<Path> written = new ArrayList<>();
    addNew(written, earlier);
    return renderEach(
        order(renderers),
        input,
        written,
        done -> relative(directory, done),
        (r, in) -> r.render(in, directory),
        progress);
  }

  /**
   * Renders one run into {@code sink} (a directory or a ZIP stream), in the order and with the
   * exports of {@link #renderAll(List, ReportInput, Path, List, DoubleConsumer)}: the dashboard
   * links exactly the entries written before it. A web service returns every format this way with
   * no temporary file.
   *
   * @param renderers the renderers, in the order asked for (duplicates are rendered once)
   * @param input the analysis, summary and options
   * @param sink where the entries go; not closed
   * @param progress told the share of renderers done, 0 before the first and 1 after the last
   * @return every entry name of the run, in the order written
   * @throws ReportException when an entry cannot be written
   * @throws UnsupportedOperationException when a renderer writes only to a directory
   */
  public static List<String> renderAll(
      List<ReportRenderer> renderers, ReportInput input, ReportSink sink, DoubleConsumer progress) {
    Objects.requireNonNull(renderers, "renderers");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(sink, "sink");
    Objects.requireNonNull(progress, "progress");
    return renderEach(
        order(renderers),
        input,
        new ArrayList<>(),
        List::copyOf,
        (r, in) -> r.render(in, sink),
        progress);
  }

  /**
   * Renders {@code order} one after another into {@code written}: a renderer that links the exports
   * gets, as {@link ReportOptions#exports()}, the names of everything written before it.
   */
  private static <T> List<T> renderEach(
      List<ReportRenderer> order,
      ReportInput input,
      List<T> written,
      Function<List<T>, List<String>> exportNames,
      BiFunction<ReportRenderer, ReportInput, List<T>> render,
      DoubleConsumer progress) {
    for (int i = 0; i < order.size(); i++) {
      progress.accept((double) i / order.size());
      ReportRenderer r = order.get(i);
      ReportInput in =
          r.linksExports()
              ? new ReportInput(
                  input.analysis(),
                  input.summary(),
                  input.options().withExports(exportNames.apply(written)))
              : input;
      addNew(written, render.apply(r, in));
    }
    progress.accept(1.0);
    return List.copyOf(written);
  }

  private static <T> void addNew(List<T> written, List<T> items) {
    for (T item : items) {
      if (!written.contains(item)) {
        written.add(item);
      }
    }
  }

  /** The renderers without duplicates, those that link the exports last. */
  private static List<ReportRenderer> order(List<ReportRenderer> renderers) {
    List<ReportRenderer> order = new ArrayList<>();
    for (boolean linking : new boolean[] {false, true}) {
      for (ReportRenderer r : renderers) {
        if (r.linksExports() == linking && !order.contains(r)) {
          order.add(r);
        }
      }
    }
    return order;
  }

  /** The files inside {@code directory}, relative to it with {@code /} separators. */
  static List<String> relative(Path directory, List<Path> files) {
    Path dir = directory.toAbsolutePath().normalize();
    List<String> out = new ArrayList<>();
    for (Path f : files) {
      Path abs = f.toAbsolutePath().normalize();
      if (abs.startsWith(dir) && !abs.equals(dir)) {
        String rel = dir.relativize(abs).toString().replace(java.io.File.separatorChar, '/');
        if (!out.contains(rel)) {
          out.add(rel);
        }
      }
    }
    return out;
  }

  private static ReportRenderer forFormat(Map<String, ReportRenderer> installed, String format) {
    ReportRenderer r = installed.get(format.trim().toLowerCase(Locale.ROOT));
    if (r == null) {
      throw new UnknownReportFormatException(format, List.copyOf(installed.keySet()));
    }
    return r;
  }
}
