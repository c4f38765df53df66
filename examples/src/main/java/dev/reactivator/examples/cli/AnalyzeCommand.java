package dev.reactivator.examples.cli;

import dev.reactivator.core.InputException;
import dev.reactivator.core.LoadStage;
import dev.reactivator.core.ModelFileException;
import dev.reactivator.core.QuotaExceededException;
import dev.reactivator.core.QuotaPolicy;
import dev.reactivator.core.Reactivator;
import dev.reactivator.core.ReactivatorException;
import dev.reactivator.core.SavedModels;
import dev.reactivator.core.ScoreStage;
import dev.reactivator.core.SegmentStage;
import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.base.IdentityPolicy;
import dev.reactivator.core.data.AnalysisDate;
import dev.reactivator.core.data.DataWarning;
import dev.reactivator.core.data.Field;
import dev.reactivator.core.data.IngestionReport;
import dev.reactivator.core.data.ProblemCode;
import dev.reactivator.core.score.ScoringOptions;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.core.segment.SegmentOptions;
import dev.reactivator.core.segment.overview.Overview;
import dev.reactivator.core.spi.ProgressListener;
import dev.reactivator.core.spi.SourceOptions;
import dev.reactivator.core.spi.Stage;
import dev.reactivator.io.CategoryMap;
import dev.reactivator.llm.LlmProviders;
import dev.reactivator.narrative.ExecutiveSummary;
import dev.reactivator.narrative.MoneyFormat;
import dev.reactivator.narrative.NarrationContext;
import dev.reactivator.narrative.Narrator;
import dev.reactivator.narrative.Narrators;
import dev.reactivator.report.CsvStyle;
import dev.reactivator.report.ReportInput;
import dev.reactivator.report.ReportOptions;
import dev.reactivator.report.ReportRenderer;
import dev.reactivator.report.ReportRenderers;
import dev.reactivator.report.UnknownReportFormatException;
import dev.reactivator.report.csv.RejectedRowsCsv;
import dev.reactivator.report.html.DashboardProtection;
import dev.reactivator.report.html.HtmlRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.LongSupplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code reactivator analyze FILE …}: loads a CRM export and writes the analysis. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "Analyses a CRM purchase export (one row = one purchase) and writes the dashboard, exports and executive report.")
final class AnalyzeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  /** The texts of the run's language, set first thing in {@link #call()}. */
  private CliText text = new CliText(Locale.ROOT);

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      description = "The CSV export to analyse (or give --jdbc and --query).")
  Path file;

  @Option(
      names = "--jdbc",
      paramLabel = "URL",
      description =
          "Read the purchases from a database instead of a file, e.g. jdbc:postgresql://host/crm;"
              + " user and password from REACTIVATOR_JDBC_USER / REACTIVATOR_JDBC_PASSWORD or the URL"
              + " (never printed). Columns are matched like CSV headers; --map applies.")
  String jdbcUrl;

  @Option(
      names = "--query",
      paramLabel = "SQL",
      description = "With --jdbc: the SELECT whose rows are the order lines.")
  String query;

  @Option(
      names = "--as-of",
      paramLabel = "yyyy-MM-dd",
      description =
          "The analysis date (default: the day after the last purchase in the file; today when"
              + " the file has only days since each purchase).")
  LocalDate asOf;

  @Option(
      names = "--currency",
      paramLabel = "CODE",
      description =
          "The currency of the amounts, ISO 4217 (RUB, USD, EUR, GBP, BRL, …); default: the one"
              + " the amounts show, else RUB. Amounts are not converted.")
  String currency;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "reactivator-out",
      description = "Output directory (default: ${DEFAULT-VALUE}).")
  Path outDir;

  @Option(
      names = "--lang",
      paramLabel = "ru|en",
      defaultValue = "ru",
      description = "Language of messages and reports (default: ${DEFAULT-VALUE}).")
  String lang;

  @Option(
      names = "--delimiter",
      paramLabel = "X",
      description =
          "Force the delimiter: ';', ',', 'tab', or 'space' (also 'whitespace': runs of spaces and"
              + " tabs, no quotes).")
  String delimiter;

  @Option(
      names = "--decimal",
      paramLabel = ".|,",
      description = "Force the decimal separator of amounts (default: detected from the column).")
  String decimal;

  @Option(
      names = "--date-format",
      paramLabel = "PATTERN",
      description =
          "Force the format of the date columns: a java.time pattern such as MM/dd/yyyy or"
              + " dd.MM.yyyy, or 'excel' for Excel serial days (default: detected per column).")
  String dateFormat;

  @Option(
      names = "--encoding",
      paramLabel = "X",
      description = "Force the encoding, e.g. UTF-8 or windows-1251.")
  String encoding;

  @Option(
      names = "--map",
      paramLabel = "field=Header",
      split = ",",
      description =
          "Map fields to headers the dictionary does not know, e.g. customer_id=Клиент ID,product=Позиция,amount=Qty*Price; Товар#2 is the second of two equal headers")
  Map<String, String> mapping;

  @Option(
      names = "--quota",
      paramLabel = "N",
      description = "Units (unique customers) left on the balance; default unlimited.")
  Long quota;

  @Option(
      names = "--progress",
      negatable = true,
      description =
          "Show progress on stderr: on a terminal a bar with the percent, rows per second and"
              + " the time left, otherwise one line per stage (default: when stderr is a"
              + " terminal).")
  Boolean progress;

  @Option(
      names = "--formats",
      paramLabel = "F,…",
      split = ",",
      defaultValue = "html,csv,json,pdf,docx",
      description =
          "Report formats to write (default: ${DEFAULT-VALUE}); any installed renderer's name.")
  List<String> formats;

  @Option(
      names = "--llm",
      paramLabel = "offline|gigachat|NAME",
      description =
          "Who writes the executive summary: the offline narrator or an installed LLM provider, "
              + "configured from the environment (e.g. GIGACHAT_CREDENTIALS). Without it: -Dreactivator.llm, then "
              + "REACTIVATOR_LLM, else offline: the CLI sends nothing to an LLM unless asked. An LLM failure falls "
              + "back to offline.")
  Optional<String> llm = Optional.empty();

  @Option(
      names = "--llm-timeout",
      paramLabel = "SECONDS",
      description =
          "The longest wait for the LLM's summary, all attempts included (default 45); then the"
              + " offline narrator writes it and says why. A line on stderr every few seconds shows"
              + " the wait.")
  Double llmTimeout;

  @Option(
      names = "--context",
      paramLabel = "TEXT",
      description = "Your business context for the summary (contacts in it are masked).")
  String context;

  @Option(
      names = "--context-file",
      paramLabel = "F",
      description = "Read the business context from a UTF-8 file.")
  Path contextFile;

  @Option(
      names = "--cac",
      paramLabel = "N",
      description =
          "Customer acquisition cost in rubles for LTV vs CAC and the ROI simulator (default 3000).")
  Double cac;

  @Option(
      names = "--calls-per-day",
      paramLabel = "N",
      defaultValue = "50",
      description =
          "Daily call capacity: the first N due, overdue or critical customers of the call list make today's list (default ${DEFAULT-VALUE}).")
  int callsPerDay;

  @Option(
      names = "--csv-style",
      paramLabel = "excel-ru|rfc4180",
      defaultValue = "excel-ru",
      description =
          "CSV exports for Russian Excel (UTF-8 BOM, ';', decimal comma; default) or plain RFC 4180.")
  String csvStyle;

  @Option(
      names = "--identity",
      paramLabel = "any-key|customer-id",
      defaultValue = "any-key",
      description =
          "How rows become customers: any shared id, phone or e-mail merges (any-key, default), or "
              + "the CRM's customer id is the truth (customer-id): different ids never merge.")
  String identity;

  @Option(
      names = "--categories",
      paramLabel = "FILE",
      description =
          "A product;category file (one pair a line, optional header Товар;Категория): the"
              + " category of each product it names, over any category column; turns on the"
              + " by-category cohorts, next-best-product matrix and rules.")
  Path categories;

  @Option(
      names = "--protect",
      description =
          "Encrypt names, phones and e-mails in dashboard.html (AES-GCM in the browser); the page"
              + " asks for the passphrase. The passphrase comes from "
              + PASSPHRASE_ENV
              + " or is asked for at the terminal, never from the command line. The CSV files keep"
              + " the contacts.")
  boolean protect;

  /** The environment variable holding the passphrase of {@code --protect}. */
  static final String PASSPHRASE_ENV = "REACTIVATOR_PASSPHRASE";

  /** Where the passphrase variable is read; tests replace it. */
  static Function<String, String> environment = System::getenv;

  @Option(
      names = "--dashboard-rows",
      paramLabel = "N",
      defaultValue = "1000",
      description =
          "The most rows of each customer list in dashboard.html (the call list, VIP, whales;"
              + " default ${DEFAULT-VALUE}); a cut list says \"first N of M\" and names the CSV that"
              + " holds it whole.")
  int dashboardRows;

  @Option(
      names = "--verbose",
      description = "Print one line per stage on stderr with its wall time.")
  boolean verbose;

  @Option(
      names = "--save-model",
      paramLabel = "FILE",
      description = "Save the fitted models (versioned JSON) to score later bases with --model.")
  Path saveModel;

  @Option(
      names = "--model",
      paramLabel = "FILE",
      description = "Score with models saved by --save-model instead of fitting them on this file.")
  Path model;

  /** The wall clock of the stages; tests replace it. */
  static LongSupplier nanos = System::nanoTime;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Locale locale = locale();
    CliText text = new CliText(locale);
    this.text = text;
    StageClock clock = new StageClock(err, text, verbose, nanos);
    try {
      return analyze(clock);
    } catch (OutOfMemoryError e) {
      return outOfMemory(err, text, clock);
    } catch (RuntimeException e) {
      if (causedByOutOfMemory(e)) {
        return outOfMemory(err, text, clock);
      }
      throw e;
    }
  }

  /** Memory ran out: one line naming the stage and what reduces memory, exit {@code 1}. */
  private static int outOfMemory(PrintWriter err, CliText text, StageClock clock) {
    long maxMb = Runtime.getRuntime().maxMemory() >> 20;
    // the report options only help once the reports are being written: before that the whole base
    // is in memory whatever is asked for
    boolean reporting = clock.currentKey().equals("report");
    err.println(
        text.line(
            text.get(reporting ? "error.memory" : "error.memory.base", clock.current(), maxMb)));
    err.flush();
    return ReactivatorCli.EXIT_BUG;
  }

  /** Whether an {@link OutOfMemoryError} is among the causes of {@code e} (a worker's, wrapped). */
  static boolean causedByOutOfMemory(Throwable e) {
    for (Throwable c = e.getCause(); c != null && c != e; c = c.getCause()) {
      if (c instanceof OutOfMemoryError) {
        return true;
      }
      e = c;
    }
    return false;
  }

  private Integer analyze(StageClock clock) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Locale locale = locale();
    CliText text = this.text;
    if (dashboardRows < 1) {
      throw new ParameterException(
          spec.commandLine(), text.get("error.dashboardRows", dashboardRows));
    }
    List<ReportRenderer> renderers = renderers();
    if (protect) {
      Optional<String> problem = protectDashboard(renderers, text);
      if (problem.isPresent()) {
        err.println("reactivator: " + problem.get());
        return ReactivatorCli.EXIT_INPUT;
      }
    }
    renderers.replaceAll(clock::timed);
    String businessContext = businessContext();
    SegmentOptions segmentOptions = segmentOptions();
    CsvStyle style = csvStyle();
    java.time.Duration deadline = narrationDeadline(text);
    boolean terminal = System.console() != null;
    boolean drawProgress = progress != null ? progress : terminal;
    ProgressListener bar =
        drawProgress
            ? new ProgressBar(err, text, terminal, System::nanoTime)
            : ProgressListener.none();
    OutputFolder.check(spec, text, outDir);
    ScoreStage loaded;
    try {
      LoadStage stage =
          (jdbcUrl == null
                  ? Reactivator.load(inputFile(), sourceOptions())
                  : Reactivator.load(
                      JdbcCli.source(spec, text, jdbcUrl, query, sourceOptions(), file)))
              .withLocale(locale)
              .withIdentity(identity());
      if (quota != null) {
        if (quota < 0) {
          throw new ParameterException(spec.commandLine(), text.get("error.quota", quota));
        }
        stage = stage.withQuota(QuotaPolicy.limitedTo(quota));
      }
      if (drawProgress) {
        stage = stage.withProgress(bar);
      }
      if (currency != null) {
        stage = stage.withCurrency(currency());
      }
      if (categories != null) {
        stage = stage.withCategories(CategoryMap.read(categories, locale));
      }
      LoadStage ready = stage;
      loaded = clock.time("load", () -> asOf == null ? ready.asOfData() : ready.asOf(asOf));
    } catch (QuotaExceededException e) {
      err.println(text.line(e.getMessage()));
      return ReactivatorCli.EXIT_QUOTA;
    } catch (InputException e) {
      err.println(text.line(e.getMessage()));
      return ReactivatorCli.EXIT_INPUT;
    }
    ScoreStage toScore = loaded;
    CustomerBase base = loaded.base();
    IngestionReport r = base.report();
    List<Path> written = new ArrayList<>();
    Path rejected = outDir.resolve(RejectedRowsCsv.FILE_NAME);
    try {
      RejectedRowsCsv.write(r, rejected, style, locale);
    } catch (ReactivatorException e) {
      return writeFailed(err, text, e);
    }
    written.add(rejected);

    Analysis analysis;
    try {
      SegmentStage scored =
          clock.time(
              "score",
              () ->
                  model == null
                      ? toScore.score()
                      : toScore.score(ScoringOptions.defaults(), SavedModels.read(model, locale)));
      if (saveModel != null) {
        SavedModels.write(scored.scored().model().orElseThrow(), saveModel, locale);
        written.add(saveModel);
      }
      analysis = clock.time("segment", () -> scored.segment(segmentOptions));
    } catch (ModelFileException e) {
      err.println("reactivator: " + e.getMessage());
      return ReactivatorCli.EXIT_INPUT;
    }
    // an application asks before it sends anything to an LLM: offline unless a provider is named
    Optional<String> requested = llm.or(() -> LlmProviders.requested(System.getenv()));
    Narrator narrator =
        requested.isPresent() ? Narrators.select(requested, System.getenv()) : Narrators.offline();
    Analysis segmented = analysis;
    ExecutiveSummary summary =
        clock.time(
            "narrate",
            () ->
                narrator.write(
                    segmented,
                    NarrationContext.of(locale)
                        .withBusinessContext(businessContext)
                        .withDeadline(deadline)
                        .withListener(
                            (provider, elapsed, limit) ->
                                err.println(
                                    text.line(
                                        text.get(
                                            "llm.waiting",
                                            provider,
                                            elapsed.toSeconds(),
                                            Math.max(
                                                1, Math.round(limit.toMillis() / 1000.0))))))));
    ReportInput input =
        new ReportInput(
            analysis,
            summary,
            ReportOptions.defaults()
                .withLocale(locale)
                .withCsvStyle(style)
                .withDashboardRows(dashboardRows));
    List<Path> files;
    try {
      files =
          ReportRenderers.renderAll(
              renderers, input, outDir, written, done -> bar.onProgress(Stage.REPORTING, done));
    } catch (ReactivatorException e) {
      return writeFailed(err, text, e);
    }
    printSummary(out, text, base, analysis, summary, files);
    return 0;
  }

  /**
   * Replaces the html renderer by a protected one; the passphrase comes from {@value
   * #PASSPHRASE_ENV}, else from the terminal (asked twice). Empty when done, else why not.
   */
  private static Optional<String> protectDashboard(List<ReportRenderer> renderers, CliText t) {
    int html = -1;
    for (int i = 0; i < renderers.size(); i++) {
      if (renderers.get(i) instanceof HtmlRenderer) {
        html = i;
      }
    }
    if (html < 0) {
      return Optional.of(t.get("protect.noHtml"));
    }
    char[] passphrase;
    String fromEnv = environment.apply(PASSPHRASE_ENV);
    if (fromEnv != null && !fromEnv.isEmpty()) {
      passphrase = fromEnv.toCharArray();
    } else if (System.console() != null) {
      passphrase = System.console().readPassword("%s", t.get("protect.prompt"));
      char[] again = System.console().readPassword("%s", t.get("protect.again"));
      if (passphrase == null || again == null || !Arrays.equals(passphrase, again)) {
        return Optional.of(t.get("protect.mismatch"));
      }
      Arrays.fill(again, '\0');
    } else {
      return Optional.of(t.get("protect.none", PASSPHRASE_ENV));
    }
    try {
      if (passphrase.length < DashboardProtection.MIN_LENGTH) {
        return Optional.of(t.get("protect.short", DashboardProtection.MIN_LENGTH));
      }
      renderers.set(html, new HtmlRenderer(DashboardProtection.withPassphrase(passphrase)));
      return Optional.empty();
    } finally {
      Arrays.fill(passphrase, '\0');
    }
  }

  /** The analysis was made, but writing its files failed (no space left, no permission). */
  private int writeFailed(PrintWriter err, CliText text, ReactivatorException e) {
    err.println(text.line(text.get("error.write", outDir.toAbsolutePath(), e.getMessage())));
    return ReactivatorCli.EXIT_INPUT;
  }

  /** The decimal separator and the date formats the source chose, and how it chose them. */
  private static void conventions(PrintWriter out, CliText t, Map<String, String> details) {
    String decimal = details.get("decimal");
    if (decimal != null) {
      out.println(t.get("summary.decimal", decimal, source(t, details.get("decimalSource"))));
    }
    details.entrySet().stream()
        .filter(e -> e.getKey().startsWith("dateFormat."))
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e -> {
              String column = e.getKey().substring("dateFormat.".length());
              out.println(
                  t.get(
                      "summary.dateFormat",
                      column,
                      e.getValue(),
                      source(t, details.get("dateFormatSource." + column))));
            });
  }

  private static String source(CliText t, String source) {
    return source == null ? "" : t.get("summary.source." + source);
  }

  private void printSummary(
      PrintWriter out,
      CliText t,
      CustomerBase base,
      Analysis analysis,
      ExecutiveSummary summary,
      List<Path> written) {
    IngestionReport r = base.report();
    out.println(
        t.get(jdbcUrl == null ? "summary.title" : "summary.title.jdbc", r.source(), base.asOf()));
    AnalysisDate date = base.analysisDate();
    out.println(
        t.get(
            "summary.asOf." + date.basis().name(),
            date.lastPurchase(),
            date.daysAfterLastPurchase()));
    for (DataWarning w : base.warnings()) {
      out.println(t.get("summary.warning", w.message()));
    }
    out.println(
        t.get("summary.rows", r.rowsRead(), r.rowsAccepted(), r.refunds(), r.rowsRejected()));
    printMatching(out, t, r);
    out.println(
        t.get(
            "summary.customers",
            r.uniqueCustomers(),
            base.purchaseCount(),
            base.has(Field.PRODUCT) ? base.productCount() : 0));
    base.quota()
        .ifPresent(
            q ->
                out.println(
                    q.left().isPresent()
                        ? t.get("summary.quota", q.charged(), q.left().getAsLong())
                        : t.get("summary.quota.unlimited", q.charged())));
    List<String> found = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (Field f : Field.values()) {
      if (f.isOptionalFeature()) {
        (r.has(f) ? found : missing)
            .add(locale().getLanguage().equals("en") ? f.englishHeader() : f.templateHeader());
      }
    }
    out.println(
        t.get(
            "summary.optional",
            found.isEmpty() ? "—" : String.join(", ", found),
            missing.isEmpty() ? "—" : String.join(", ", missing)));
    String ignored = r.details().getOrDefault("ignoredColumns", "");
    if (!ignored.isBlank()) {
      out.println(t.get("summary.ignored", ignored));
      if (!r.has(Field.PRODUCT)) {
        out.println(t.get("summary.ignored.product", ignored.split(", ")[0]));
      }
    }
    r.details().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .filter(e -> e.getKey().equals("delimiter") || e.getKey().equals("encoding"))
        .forEach(e -> out.println(t.get("summary.detail", e.getKey(), e.getValue())));
    conventions(out, t, r.details());
    int shown = 0;
    for (var p : r.rejected()) {
      if (shown++ == 5) {
        out.println(t.get("summary.more", r.rejected().size() - 5));
        break;
      }
      out.println("  " + p.message());
    }
    Overview o = analysis.overview();
    out.println(
        t.get(
            o.health().alarm() ? "summary.health.alarm" : "summary.health",
            Math.round(o.health().score())));
    out.println(
        t.get(
            "summary.risk",
            o.atRisk().count(),
            o.atRisk().share() * 100,
            o.criticalChurn().count(),
            Math.round(o.revenueAtRisk().total()),
            MoneyFormat.symbol(base.currency())));
    analysis
        .scored()
        .model()
        .ifPresent(
            m -> {
              if (m.limitedData()) {
                out.println(t.get("summary.limited"));
              }
            });
    out.println(
        summary.fallbackReason().isPresent()
            ? t.get("summary.writer.fallback", summary.writer(), summary.fallbackReason().get())
            : t.get("summary.writer", summary.writer()));
    Path dir = outDir.toAbsolutePath().normalize();
    // per folder of nested files (the segment files): how many, and their total size in bytes
    Map<Path, long[]> nested = new java.util.TreeMap<>();
    for (Path p : written) {
      Path abs = p.toAbsolutePath().normalize();
      Path parent = abs.getParent();
      if (parent == null || parent.equals(dir) || !abs.startsWith(dir)) {
        out.println(t.get("summary.written", abs));
      } else {
        long[] folder =
            nested.computeIfAbsent(dir.resolve(dir.relativize(abs).getName(0)), k -> new long[2]);
        folder[0]++;
        folder[1] += sizeOf(abs);
      }
    }
    nested.forEach(
        (folder, n) ->
            out.println(t.get("summary.written.folder", folder, n[0], n[1] / (1024.0 * 1024.0))));
    written.stream()
        .filter(p -> p.getFileName().toString().endsWith(".html"))
        .findFirst()
        .ifPresent(p -> out.println(t.get("summary.open", p.toAbsolutePath())));
  }

  /** The size of a written file in bytes, 0 when it cannot be read (it was just written). */
  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (java.io.IOException e) {
      return 0;
    }
  }

  /** The FILE to read, told apart from a folder or a missing path in the run's language. */
  private Path inputFile() {
    Path f = JdbcCli.requireFile(spec, text, file, query);
    if (Files.isDirectory(f)) {
      throw new ParameterException(spec.commandLine(), text.get("error.input.folder", f));
    }
    if (!Files.exists(f)) {
      throw new ParameterException(spec.commandLine(), text.get("error.input.missing", f));
    }
    return f;
  }

  private List<ReportRenderer> renderers() {
    List<ReportRenderer> out = new ArrayList<>();
    for (String f : formats) {
      if (f.isBlank()) {
        continue;
      }
      try {
        ReportRenderer r = ReportRenderers.forFormat(f);
        if (!out.contains(r)) {
          out.add(r);
        }
      } catch (UnknownReportFormatException e) {
        throw new ParameterException(spec.commandLine(), text.get("error.formats", e.getMessage()));
      }
    }
    return out;
  }

  private java.time.Duration narrationDeadline(CliText text) {
    if (llmTimeout == null) {
      return NarrationContext.DEFAULT_DEADLINE;
    }
    if (!(llmTimeout > 0) || llmTimeout > 3600) {
      throw new ParameterException(spec.commandLine(), text.get("error.llmTimeout", llmTimeout));
    }
    return java.time.Duration.ofMillis(Math.round(llmTimeout * 1000));
  }

  private String businessContext() {
    if (context != null && contextFile != null) {
      throw new ParameterException(spec.commandLine(), text.get("error.context"));
    }
    if (contextFile != null) {
      try {
        return Files.readString(contextFile, StandardCharsets.UTF_8);
      } catch (IOException | UncheckedIOException e) {
        throw new ParameterException(
            spec.commandLine(), text.get("error.contextFile", contextFile, e.getMessage()));
      }
    }
    return context == null ? "" : context;
  }

  private SegmentOptions segmentOptions() {
    SegmentOptions o = SegmentOptions.defaults();
    if (cac != null) {
      if (!(cac > 0) || cac.isInfinite()) {
        throw new ParameterException(spec.commandLine(), text.get("error.cac", cac));
      }
      o = o.withCac(cac);
    }
    if (callsPerDay < 0) {
      throw new ParameterException(
          spec.commandLine(), "--calls-per-day must be 0 or more, was " + callsPerDay);
    }
    return o.withSales(o.sales().withCallsPerDay(callsPerDay));
  }

  private CsvStyle csvStyle() {
    return switch (csvStyle.toLowerCase(Locale.ROOT)) {
      case "excel-ru", "excel" -> CsvStyle.excelRu();
      case "rfc4180", "rfc" -> CsvStyle.rfc4180();
      default ->
          throw new ParameterException(
              spec.commandLine(), text.get("error.csvStyle", CliText.quoted(csvStyle)));
    };
  }

  private IdentityPolicy identity() {
    return switch (identity.toLowerCase(Locale.ROOT)) {
      case "any-key" -> IdentityPolicy.anyKey();
      case "customer-id" -> IdentityPolicy.customerIdFirst();
      default ->
          throw new ParameterException(
              spec.commandLine(), "--identity must be any-key or customer-id, was " + identity);
    };
  }

  private Locale locale() {
    return switch (lang.toLowerCase(Locale.ROOT)) {
      case "ru" -> Locale.forLanguageTag("ru");
      case "en" -> Locale.ENGLISH;
      default ->
          throw new ParameterException(
              spec.commandLine(), new CliText(Locale.ROOT).get("error.lang", CliText.quoted(lang)));
    };
  }

  private Currency currency() {
    try {
      return Currency.getInstance(currency.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(
          spec.commandLine(), text.get("error.currency", CliText.quoted(currency)));
    }
  }

  private SourceOptions sourceOptions() {
    SourceOptions o = SourceOptions.defaults();
    if (delimiter != null) {
      o =
          o.withDelimiter(
              switch (delimiter.toLowerCase(Locale.ROOT)) {
                case ";", "semicolon" -> ';';
                case ",", "comma" -> ',';
                case "tab", "\\t", "\t" -> '\t';
                case "space", "whitespace", " " -> ' ';
                default -> {
                  char d = delimiter.length() == 1 ? delimiter.charAt(0) : '"';
                  if (d == '"' || d == '\n' || d == '\r') {
                    throw new ParameterException(
                        spec.commandLine(), text.get("error.delimiter", CliText.quoted(delimiter)));
                  }
                  yield d;
                }
              });
    }
    if (encoding != null) {
      try {
        o = o.withEncoding(Charset.forName(encoding));
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        throw new ParameterException(
            spec.commandLine(), text.get("error.encoding", CliText.quoted(encoding)));
      }
    }
    if (decimal != null) {
      if (!decimal.equals(".") && !decimal.equals(",")) {
        throw new ParameterException(
            spec.commandLine(), text.get("error.decimal", CliText.quoted(decimal)));
      }
      o = o.withDecimal(decimal.charAt(0));
    }
    if (dateFormat != null) {
      try {
        o = o.withDateFormat(dateFormat);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(
            spec.commandLine(), text.get("error.dateFormat", CliText.quoted(dateFormat)));
      }
    }
    if (mapping != null) {
      for (Map.Entry<String, String> e : mapping.entrySet()) {
        o = o.withMapping(field(e.getKey()), e.getValue());
      }
    }
    return o;
  }

  /**
   * How the header was read: every column matched by a synonym, every field read from the first of
   * several equal headers, and how many accepted rows had a placeholder instead of a customer key.
   */
  private static void printMatching(PrintWriter out, CliText t, IngestionReport r) {
    for (Field f : Field.values()) {
      String name = f.englishHeader();
      String synonym = r.details().get("column." + name);
      if (synonym != null) {
        out.println(t.get("summary.column", synonym, name));
      }
      String duplicate = r.details().get("duplicate." + name);
      if (duplicate != null) {
        out.println(t.get("summary.duplicate", duplicate, name));
      }
    }
    long placeholders =
        r.warnings().stream().filter(w -> w.code() == ProblemCode.NO_IDENTITY).count();
    if (placeholders > 0) {
      out.println(t.get("summary.placeholders", placeholders));
    }
  }

  private Field field(String name) {
    String n = name.strip();
    for (Field f : Field.values()) {
      if (f.name().equalsIgnoreCase(n)
          || f.headers().stream().anyMatch(h -> h.equalsIgnoreCase(n))) {
        return f;
      }
    }
    List<String> names = new ArrayList<>();
    for (Field f : Field.values()) {
      names.add(f.englishHeader());
    }
    throw new ParameterException(
        spec.commandLine(),
        text.get("error.mapField", CliText.quoted(name), String.join(", ", names)));
  }
}
