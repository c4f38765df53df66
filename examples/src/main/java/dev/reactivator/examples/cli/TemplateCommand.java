package dev.reactivator.examples.cli;

import dev.reactivator.core.ReactivatorException;
import dev.reactivator.io.CsvTemplate;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code reactivator template [--extended] FILE}: writes the downloadable input template. */
@Command(
    name = "template",
    mixinStandardHelpOptions = true,
    description =
        "Writes the input template (basic or extended columns) with the manual's example rows.")
final class TemplateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--extended",
      description = "Add the optional columns Жалоб, Обращений, Покупок со скидкой.")
  boolean extended;

  @Parameters(index = "0", paramLabel = "FILE", description = "Where to write the template CSV.")
  Path file;

  @Override
  public Integer call() {
    try {
      CsvTemplate.write(extended ? CsvTemplate.Variant.EXTENDED : CsvTemplate.Variant.BASIC, file);
    } catch (ReactivatorException e) {
      spec.commandLine().getErr().println("reactivator: " + e.getMessage());
      return ReactivatorCli.EXIT_INPUT;
    }
    spec.commandLine().getOut().println(file.toAbsolutePath());
    return 0;
  }
}
