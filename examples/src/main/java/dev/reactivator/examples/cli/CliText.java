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
    this.bundle = ResourceBundle.getBundle("dev.reactivator.examples.cli.cli", locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  String get(String key, Object... args) {
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }
}
