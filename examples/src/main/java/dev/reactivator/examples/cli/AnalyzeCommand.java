package dev.reactivator.examples.cli;

import dev.reactivator.core.CustomerBase;
import dev.reactivator.core.InputException;
import dev.reactivator.core.LoadStage;
import dev.reactivator.core.QuotaExceededException;
import dev.reactivator.core.QuotaPolicy;
import dev.reactivator.core.Reactivator;
import dev.reactivator.core.data.Field;
import dev.reactivator.core.data.IngestionReport;
import dev.reactivator.core.spi.SourceOptions;
import dev.reactivator.report.csv.CsvStyle;
import dev.reactivator.report.csv.RejectedRowsCsv;
import dev.reactivator.report.json.AnalysisJson;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code reactivator analyze FILE …}: loads a CRM export and writes the analysis. */
@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Analyses a CRM purchase export (one row = one purchase).")
final class AnalyzeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The CSV export to analyse.")
  Path file;

  @Option(names = "--as-of", paramLabel = "yyyy-MM-dd", description = "The analysis date (default: today).")
  LocalDate asOf;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "reactivator-out", description = "Output directory (default: ${DEFAULT-VALUE}).")
  Path outDir;

  @Option(names = "--lang", paramLabel = "ru|en", defaultValue = "ru", description = "Language of messages and reports (default: ${DEFAULT-VALUE}).")
  String lang;

  @Option(names = "--delimiter", paramLabel = "X", description = "Force the delimiter: ';', ',', 'tab'.")
  String delimiter;

  @Option(names = "--encoding", paramLabel = "X", description = "Force the encoding, e.g. UTF-8 or windows-1251.")
  String encoding;

  @Option(names = "--map", paramLabel = "field=Header", split = ",",
      description = "Map fields to differently named headers, e.g. customer_id=CustomerID,purchase_date=InvoiceDate,amount=Quantity*UnitPrice")
  Map<String, String> mapping;

  @Option(names = "--quota", paramLabel = "N", description = "Units (unique customers) left on the balance; default unlimited.")
  Long quota;

  @Option(names = "--progress", negatable = true, description = "Draw a progress bar on stderr (default: when stderr is a terminal).")
  Boolean progress;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Locale locale = locale();
    CliText text = new CliText(locale);
    CustomerBase base;
    try {
      LoadStage stage = Reactivator.load(file, sourceOptions()).withLocale(locale);
      if (quota != null) {
        if (quota < 0) {
          throw new ParameterException(spec.commandLine(), "--quota must be >= 0, was " + quota);
        }
        stage = stage.withQuota(QuotaPolicy.limitedTo(quota));
      }
      if (progress != null ? progress : System.console() != null) {
        stage = stage.withProgress(new ProgressBar(err));
      }
      base = asOf == null ? stage.asOfToday() : stage.asOf(asOf);
    } catch (QuotaExceededException e) {
      err.println("reactivator: " + e.getMessage());
      return ReactivatorCli.EXIT_QUOTA;
    } catch (InputException e) {
      err.println("reactivator: " + e.getMessage());
      return ReactivatorCli.EXIT_INPUT;
    }
    IngestionReport r = base.report();
    Path rejected = outDir.resolve(RejectedRowsCsv.FILE_NAME);
    Path json = outDir.resolve(AnalysisJson.FILE_NAME);
    RejectedRowsCsv.write(r, rejected, CsvStyle.excelRu(), locale);
    AnalysisJson.write(AnalysisJson.of(base), json);
    printSummary(out, text, base, rejected, json);
    return 0;
  }

  private void printSummary(PrintWriter out, CliText t, CustomerBase base, Path rejected, Path json) {
    IngestionReport r = base.report();
    out.println(t.get("summary.title", r.source(), base.asOf()));
    out.println(t.get("summary.rows", r.rowsRead(), r.rowsAccepted(), r.refunds(), r.rowsRejected()));
    out.println(t.get("summary.customers", r.uniqueCustomers(), base.purchaseCount(), base.productCount()));
    List<String> found = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (Field f : Field.values()) {
      if (f.isOptionalFeature()) {
        (r.has(f) ? found : missing).add(locale().getLanguage().equals("en") ? f.englishHeader() : f.templateHeader());
      }
    }
    out.println(t.get("summary.optional", found.isEmpty() ? "—" : String.join(", ", found), missing.isEmpty() ? "—" : String.join(", ", missing)));
    r.details().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .filter(e -> e.getKey().equals("delimiter") || e.getKey().equals("encoding"))
        .forEach(e -> out.println(t.get("summary.detail", e.getKey(), e.getValue())));
    int shown = 0;
    for (var p : r.rejected()) {
      if (shown++ == 5) {
        out.println(t.get("summary.more", r.rejected().size() - 5));
        break;
      }
      out.println("  " + p.message());
    }
    out.println(t.get("summary.written", rejected.toAbsolutePath()));
    out.println(t.get("summary.written", json.toAbsolutePath()));
  }

  private Locale locale() {
    return switch (lang.toLowerCase(Locale.ROOT)) {
      case "ru" -> Locale.forLanguageTag("ru");
      case "en" -> Locale.ENGLISH;
      default -> throw new ParameterException(spec.commandLine(), "--lang must be ru or en, was " + lang);
    };
  }

  private SourceOptions sourceOptions() {
    SourceOptions o = SourceOptions.defaults();
    if (delimiter != null) {
      o = o.withDelimiter(switch (delimiter.toLowerCase(Locale.ROOT)) {
        case ";", "semicolon" -> ';';
        case ",", "comma" -> ',';
        case "tab", "\\t", "\t" -> '\t';
        default -> {
          if (delimiter.length() != 1) {
            throw new ParameterException(spec.commandLine(), "--delimiter must be one character or 'tab', was '" + delimiter + "'");
          }
          yield delimiter.charAt(0);
        }
      });
    }
    if (encoding != null) {
      try {
        o = o.withEncoding(Charset.forName(encoding));
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        throw new ParameterException(spec.commandLine(), "--encoding: unknown encoding '" + encoding + "' (try UTF-8 or windows-1251)");
      }
    }
    if (mapping != null) {
      for (Map.Entry<String, String> e : mapping.entrySet()) {
        o = o.withMapping(field(e.getKey()), e.getValue());
      }
    }
    return o;
  }

  private Field field(String name) {
    String n = name.strip();
    for (Field f : Field.values()) {
      if (f.name().equalsIgnoreCase(n) || f.headers().stream().anyMatch(h -> h.equalsIgnoreCase(n))) {
        return f;
      }
    }
    List<String> names = new ArrayList<>();
    for (Field f : Field.values()) {
      names.add(f.englishHeader());
    }
    throw new ParameterException(spec.commandLine(), "--map: unknown field '" + name + "'; fields: " + String.join(", ", names));
  }

}
