package dev.reactivator.report.internal;

import dev.reactivator.core.score.RiskLevel;
import dev.reactivator.core.segment.Glossary;
import dev.reactivator.core.segment.rfm.RfmMapSegment;
import dev.reactivator.core.segment.rfm.SeedRfmSegment;
import dev.reactivator.core.segment.sales.ReturnForecast;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The labels of the shared customer groups ({@link Glossary}) in one language, from the one {@code
 * glossary} bundle every output reads: the dashboard, the CSV files and the executive report name a
 * group with the same words. Russian by default, English for an English locale. Internal.
 */
public final class GlossaryLabels {
  private static final String BUNDLE = "dev.reactivator.report.internal.glossary";

  private final ResourceBundle bundle;

  private GlossaryLabels(ResourceBundle bundle) {
    this.bundle = bundle;
  }

  /**
   * The labels for {@code locale}.
   *
   * @param locale the report's language
   * @return the labels: English for {@code en}, else Russian
   */
  public static GlossaryLabels of(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    // the root bundle is Russian; no Control, so that the lookup works in a named module
    Locale l = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
    return new GlossaryLabels(ResourceBundle.getBundle(BUNDLE, l));
  }

  /**
   * The group's label.
   *
   * @param group the group
   * @return its label, e.g. {@code Зона риска}
   */
  public String label(Glossary group) {
    return bundle.getString(Objects.requireNonNull(group, "group").key());
  }

  /**
   * The label of a churn-risk bucket.
   *
   * @param level the bucket
   * @return its label, e.g. {@code Критический риск}
   */
  public String label(RiskLevel level) {
    return label(Glossary.of(level));
  }

  /**
   * The label of an RFM segment.
   *
   * @param segment the segment
   * @return its label, e.g. {@code Чемпионы}
   */
  public String label(SeedRfmSegment segment) {
    return label(Glossary.of(segment));
  }

  /**
   * The label of an RFM map segment.
   *
   * @param segment the segment
   * @return its label, e.g. {@code Звёзды}
   */
  public String label(RfmMapSegment segment) {
    return label(Glossary.of(segment));
  }

  /**
   * The label of a return forecast.
   *
   * @param forecast the forecast
   * @return its label, e.g. {@code Успех}
   */
  public String label(ReturnForecast forecast) {
    return label(Glossary.of(forecast));
  }

  /**
   * The label of the group with stable key {@code key}, or the key itself when it names no group.
   *
   * @param key a stable key, such as {@code rfm/champions}
   * @return its label, or {@code key}
   */
  public String label(String key) {
    Objects.requireNonNull(key, "key");
    return bundle.containsKey(key) ? bundle.getString(key) : key;
  }
}
