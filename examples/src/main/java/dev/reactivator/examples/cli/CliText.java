package dev.reactivator.examples.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The CLI's texts in Russian (default) or English. */
final class CliText {
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

  String get(String key, Object... args) {
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }
}
