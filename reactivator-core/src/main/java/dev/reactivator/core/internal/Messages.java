package dev.reactivator.core.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Localised core messages (Russian by default, English available). Internal. */
public final class Messages {
  private static final String BUNDLE = "dev.reactivator.core.internal.messages";

  private Messages() {}

  /** The message {@code key} in {@code locale}, formatted with {@link MessageFormat}. */
  public static String get(Locale locale, String key, Object... args) {
    ResourceBundle bundle;
    try {
      bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    } catch (MissingResourceException e) {
      bundle = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
    }
    MessageFormat f = new MessageFormat(bundle.getString(key), locale);
    return f.format(args);
  }
}
