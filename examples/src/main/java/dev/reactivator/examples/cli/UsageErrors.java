package dev.reactivator.examples.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command-line error in one line of the user's language, with the fix: picocli's own errors are
 * translated by kind; the commands' own checks already speak the language and are kept.
 */
final class UsageErrors {
  private UsageErrors() {}

  static String describe(CliText t, ParameterException ex) {
    String command = ex.getCommandLine().getCommandSpec().qualifiedName();
    String help = t.get("error.help", command);
    return reason(t, ex, command) + " " + help;
  }

  private static String reason(CliText t, ParameterException ex, String command) {
    if (ex instanceof UnmatchedArgumentException u) {
      List<String> unmatched = u.getUnmatched();
      String first = unmatched.isEmpty() ? "" : CliText.quoted(unmatched.get(0));
      if (!first.startsWith("-")) {
        return t.get("error.extra", first);
      }
      List<String> suggestions = u.getSuggestions();
      return suggestions.isEmpty()
          ? t.get("error.unknown", first)
          : t.get("error.unknown.suggest", first, String.join(", ", suggestions));
    }
    if (ex instanceof OverwrittenOptionException o) {
      return t.get("error.twice", name(o.getOverwritten()));
    }
    if (ex instanceof MissingParameterException m) {
      if (ex.getMessage() != null && ex.getMessage().startsWith("Missing required subcommand")) {
        return t.get("error.subcommand", command);
      }
      ArgSpec missing = m.getMissing().isEmpty() ? null : m.getMissing().get(0);
      if (missing instanceof OptionSpec o) {
        return t.get("error.noValue", o.longestName(), o.paramLabel());
      }
      return t.get("error.missing", missing == null ? "FILE" : missing.paramLabel(), command);
    }
    if (ex.getMessage() != null && ex.getMessage().startsWith("Missing required subcommand")) {
      return t.get("error.subcommand", command);
    }
    ArgSpec arg = ex.getArgSpec();
    if (arg != null) {
      String name = name(arg);
      String value = CliText.quoted(ex.getValue() == null ? "" : ex.getValue());
      Class<?> type = arg.type();
      if (type == LocalDate.class) {
        return t.get("error.date", name, value);
      }
      if (Number.class.isAssignableFrom(boxed(type))) {
        return t.get("error.number", name, value);
      }
      if (type == Path.class) {
        return t.get("error.path", name, value);
      }
      if (name.equals("--map")) {
        return t.get("error.map", value);
      }
      return t.get("error.value", name, value);
    }
    // the commands' own checks are written in the user's language already
    return CliText.quoted(String.valueOf(ex.getMessage()));
  }

  private static String name(ArgSpec arg) {
    return arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
  }

  private static Class<?> boxed(Class<?> type) {
    if (type == long.class) {
      return Long.class;
    }
    if (type == int.class) {
      return Integer.class;
    }
    if (type == double.class) {
      return Double.class;
    }
    return type;
  }
}
