package dev.reactivator.core.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Localised core messages (Russian by default, English available). Internal. */
public final class Messages {
  private static final String BUNDLE = "dev.reactivator.core.internal.messages";

  private Messages() {}

  /** The message {@code key} in {@code locale}, formatted with {@link MessageFormat}. */
  public static String get(Locale locale, String key, Object... args) {
    // English or the root bundle exactly: neither lookup falls back to the JVM's default locale
    Locale l = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, l);
    MessageFormat f = new MessageFormat(bundle.getString(key), locale);
    return f.format(args);
  }
}
