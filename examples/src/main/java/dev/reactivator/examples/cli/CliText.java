package dev.reactivator.examples.cli;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import picocli.CommandLine.TypeConversionException;

/** The CLI's texts in Russian (default) or English. */
final class CliText {
  /** The most characters of one value from the command line or a file that a message quotes. */
  static final int MAX_QUOTED = 200;

  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n]]");
  private static final DateTimeFormatter RUSSIAN_DATE =
      DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);

  private final ResourceBundle bundle;
  private final Locale locale;

  CliText(Locale locale) {
    this.locale = locale;
    // the root bundle is Russian; asking for ROOT or ENGLISH never falls back to the JVM's locale
    this.bundle =
        ResourceBundle.getBundle(
            "dev.reactivator.examples.cli.cli",
            "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT);
  }

  /**
   * The language the command line asks for ({@code --lang en} or {@code --lang=en}), read before
   * parsing so that even a parse error speaks it; Russian otherwise.
   */
  static Locale localeOf(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      String value = null;
      if (a.equals("--lang") && i + 1 < args.length) {
        value = args[i + 1];
      } else if (a.startsWith("--lang=")) {
        value = a.substring("--lang=".length());
      }
      if (value != null && value.strip().equalsIgnoreCase("en")) {
        return Locale.ENGLISH;
      }
    }
    return Locale.forLanguageTag("ru");
  }

  /**
   * An analysis date as written on the command line: {@code yyyy-MM-dd} or the Russian {@code
   * dd.MM.yyyy}.
   */
  static LocalDate date(String value) {
    String v = value.strip();
    try {
      return v.indexOf('.') > 0 ? LocalDate.parse(v, RUSSIAN_DATE) : LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("not a date: " + quoted(v));
    }
  }

  /** A value as quoted in a message: at most {@value #MAX_QUOTED} characters, controls escaped. */
  static String quoted(String value) {
    String cut = value.length() <= MAX_QUOTED ? value : value.substring(0, MAX_QUOTED).concat("…");
    return escaped(cut);
  }

  private static String escaped(String s) {
    return CONTROL
        .matcher(s)
        .replaceAll(m -> String.format("\\\\u%04X", (int) m.group().charAt(0)));
  }

  /** The longest message a line of stderr carries, in characters (a 2 KB line at most). */
  static final int MAX_LINE = 1000;

  /**
   * One line of stderr: {@code reactivator: } and the message, line breaks as spaces, control
   * characters escaped, cut to {@value #MAX_LINE} characters (a safety net: messages are short).
   */
  String line(String message) {
    String one = escaped(message.strip().replace('\n', ' '));
    return "reactivator: " + (one.length() <= MAX_LINE ? one : one.substring(0, MAX_LINE) + "…");
  }

  String get(String key, Object... args) {
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }
}
