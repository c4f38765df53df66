package dev.reactivator.report.csv;

import dev.reactivator.report.internal.GlossaryLabels;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The CSV exports' labels from the {@code labels} bundle of this package: Russian by default,
 * English for an English locale. Never falls back to the JVM's default locale.
 */
final class CsvLabels {
  private static final String BUNDLE = "dev.reactivator.report.csv.labels";

  private final ResourceBundle bundle;
  private final Locale locale;
  private final GlossaryLabels glossary;

  private CsvLabels(ResourceBundle bundle, Locale locale) {
    this.bundle = bundle;
    this.locale = locale;
    this.glossary = GlossaryLabels.of(locale);
  }

  static CsvLabels of(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    Locale l = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
    ResourceBundle b = ResourceBundle.getBundle(BUNDLE, l);
    return new CsvLabels(b, locale);
  }

  Locale locale() {
    return locale;
  }

  /**
   * The shared customer groups' labels (RFM segments, risk levels…), the same as every output's.
   */
  GlossaryLabels glossary() {
    return glossary;
  }

  String get(String key) {
    return bundle.getString(key);
  }

  /** The label {@code key} with its {@code {0}} replaced by {@code value}. */
  String get(String key, String value) {
    return bundle.getString(key).replace("{0}", value);
  }

  /** The label {@code key} with each {@code {i}} replaced by {@code values[i]}. */
  String fill(String key, String... values) {
    String s = bundle.getString(key);
    for (int i = 0; i < values.length; i++) {
      s = s.replace("{" + i + "}", values[i]);
    }
    return s;
  }

  /**
   * The labels of {@code col.<key>} for each key, a {@code {0}} in a label (the horizon of a
   * probability) replaced by {@code horizonDays}.
   */
  List<String> header(int horizonDays, String... keys) {
    List<String> out = new ArrayList<>(keys.length);
    for (String k : keys) {
      out.add(get("col." + k, Integer.toString(horizonDays)));
    }
    return out;
  }

  /** The labels of {@code col.<key>} for each key. */
  List<String> header(String... keys) {
    List<String> out = new ArrayList<>(keys.length);
    for (String k : keys) {
      out.add(get("col." + k));
    }
    return out;
  }
}
