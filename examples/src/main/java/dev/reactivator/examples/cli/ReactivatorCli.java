package dev.reactivator.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code reactivator} command line: {@code analyze} a CRM export, write the {@code template}.
 *
 * <p>Exit codes: 0 success; 1 unexpected failure; 2 the input (or the command line) is unusable,
 * with the reason on stderr; 3 the quota is smaller than the number of unique customers.
 */
@Command(
    name = "reactivator",
    mixinStandardHelpOptions = true,
    version = "reactivator 0.1.0",
    description = "Finds customers at risk in a CRM export and plans their reactivation.",
    subcommands = {AnalyzeCommand.class, TemplateCommand.class, CommandLine.HelpCommand.class})
public final class ReactivatorCli {
  /** The input (or the command line) cannot be used. */
  public static final int EXIT_INPUT = 2;

  /** The quota is smaller than the number of unique customers. */
  public static final int EXIT_QUOTA = 3;

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
    CommandLine cl = new CommandLine(new ReactivatorCli());
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          err.println("reactivator: unexpected failure: " + ex);
          return 1;
        });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
