package dev.reactivator.io.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Localised messages of the io module: Russian (the root bundle, default) and English. */
public final class IoMessages {
  private static final String BUNDLE = "dev.reactivator.io.internal.messages";

  private IoMessages() {}

  /** The bundle for {@code locale}: English for {@code en}, Russian otherwise. */
  public static ResourceBundle bundle(Locale locale) {
    Locale l = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
    // English or the root bundle exactly: neither lookup falls back to the JVM's default locale
    return ResourceBundle.getBundle(BUNDLE, l);
  }

  /** The message {@code key} in {@code locale}, formatted with {@link MessageFormat}. */
  public static String get(Locale locale, String key, Object... args) {
    return format(bundle(locale), locale, key, args);
  }

  /** The message {@code key} of an already looked-up bundle. */
  public static String format(ResourceBundle bundle, Locale locale, String key, Object... args) {
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }
}
