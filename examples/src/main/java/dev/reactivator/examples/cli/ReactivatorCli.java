package dev.reactivator.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code reactivator} command line: {@code analyze} a CRM export, write the {@code template}.
 *
 * <p>Exit codes: 0 success; 1 unexpected failure (a bug); 2 the input, the command line or the
 * output folder is unusable, with a one-line reason on stderr; 3 the quota is smaller than the
 * number of unique customers. Help, errors and progress are in the {@code --lang} language (Russian
 * by default).
 */
@Command(
    name = "reactivator",
    mixinStandardHelpOptions = true,
    version = "reactivator 0.1.0",
    description = "Finds customers at risk in a CRM export and plans their reactivation.",
    subcommands = {AnalyzeCommand.class, TemplateCommand.class, CommandLine.HelpCommand.class})
public final class ReactivatorCli {
  /** The input, the command line or the output folder cannot be used. */
  public static final int EXIT_INPUT = 2;

  /** The quota is smaller than the number of unique customers. */
  public static final int EXIT_QUOTA = 3;

  /** An unexpected failure: a bug. */
  public static final int EXIT_BUG = 1;

  private ReactivatorCli() {}

  /** Runs the command line and exits the JVM with its exit code. */
  public static void main(String[] args) {
    // openhtmltopdf's INFO lines go to slf4j, which the CLI's simplelogger.properties keeps at WARN
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /**
   * Runs the command line with the given streams and returns the exit code (for tests and
   * embedding).
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    Locale locale = CliText.localeOf(args);
    CliText text = new CliText(locale);
    CommandLine cl = new CommandLine(new ReactivatorCli());
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.registerConverter(LocalDate.class, CliText::date);
    if (!"en".equals(locale.getLanguage())) {
      // the annotations are the English help; the root bundle is its Russian translation
      cl.setResourceBundle(
          ResourceBundle.getBundle("dev.reactivator.examples.cli.help", Locale.ROOT));
    }
    cl.setParameterExceptionHandler(
        (ex, arguments) -> {
          err.println(text.line(UsageErrors.describe(text, ex)));
          err.flush();
          return EXIT_INPUT;
        });
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          err.println(text.line(text.get("error.unexpected", String.valueOf(ex))));
          err.flush();
          return EXIT_BUG;
        });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
