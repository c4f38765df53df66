package dev.reactivator.narrative;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The narrator's texts and number formats in one language: Russian (the default, the base bundle)
 * or English. Patterns use named placeholders {@code {key}} filled by {@link #fill}; chain
 * placeholders such as {@code {name}} are left for {@code MessageChain.merge}.
 */
final class Texts {
  private static final String BUNDLE = "dev.reactivator.narrative.narrative";

  private final Locale locale;
  private final boolean russian;
  private final ResourceBundle bundle;
  private final String currency;

  private Texts(Locale locale, Currency currency) {
    this.russian = !"en".equals(locale.getLanguage());
    this.locale = russian ? Locale.forLanguageTag("ru") : Locale.ENGLISH;
    this.bundle = ResourceBundle.getBundle(BUNDLE, russian ? Locale.ROOT : Locale.ENGLISH);
    this.currency = MoneyFormat.symbol(currency);
  }

  /** The texts for {@code locale}: English for any English locale, else Russian; rubles. */
  static Texts of(Locale locale) {
    return of(locale, Currency.getInstance("RUB"));
  }

  /** The texts for {@code locale} with amounts in {@code currency}. */
  static Texts of(Locale locale, Currency currency) {
    return new Texts(Objects.requireNonNull(locale, "locale"), Objects.requireNonNull(currency));
  }

  /** The locale written in ({@code ru} or {@code en}). */
  Locale locale() {
    return locale;
  }

  boolean russian() {
    return russian;
  }

  /** Whether the bundle has {@code key}. */
  boolean has(String key) {
    return bundle.containsKey(key);
  }

  /** The text of {@code key}. */
  String get(String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("narrative bundle has no key " + key, e);
    }
  }

  /**
   * The text of {@code key} with {@code {k}} replaced by {@code values.get(k)} for each given key.
   */
  String fill(String key, Map<String, String> values) {
    return replace(get(key), values);
  }

  static String replace(String pattern, Map<String, String> values) {
    StringBuilder out = new StringBuilder(pattern.length() + 64);
    int i = 0;
    while (i < pattern.length()) {
      char ch = pattern.charAt(i);
      if (ch == '{') {
        int end = pattern.indexOf('}', i);
        if (end > i) {
          String value = values.get(pattern.substring(i + 1, end));
          if (value != null) {
            out.append(value);
            i = end + 1;
            continue;
          }
        }
      }
      out.append(ch);
      i++;
    }
    return out.toString();
  }

  private DecimalFormat format(String pattern) {
    DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(Locale.ROOT);
    s.setGroupingSeparator(russian ? '\u00A0' : ',');
    s.setDecimalSeparator(russian ? ',' : '.');
    s.setMinusSign('−');
    DecimalFormat f = new DecimalFormat(pattern, s);
    f.setRoundingMode(java.math.RoundingMode.HALF_UP);
    return f;
  }

  /** A whole number with grouping: {@code 1 234 567} / {@code 1,234,567}. */
  String number(double value) {
    return format("#,##0").format(value);
  }

  /** A number with at most one decimal: {@code 2,5} / {@code 2.5}. */
  String decimal(double value) {
    return format("#,##0.#").format(value);
  }

  /**
   * An expected number of people, whole and marked as an estimate: {@code ≈ 9}, or {@code < 1} when
   * the whole count is 0 but some are expected (never a fraction of a customer).
   */
  String approximateCount(long whole, boolean someExpected) {
    if (whole == 0 && someExpected) {
      return "<\u00A01";
    }
    return "≈\u00A0" + number(whole);
  }

  /** Money rounded to whole units: {@code 1 234 567 ₽} (the base's currency sign). */
  String money(double value) {
    return number(value) + (russian ? "\u00A0" : " ") + currency;
  }

  /** A fraction as a percentage with at most one decimal: {@code 12,5 %} / {@code 12.5%}. */
  String percent(double fraction) {
    return percentValue(100 * fraction);
  }

  /** A value already in percent: {@code 12,5 %} / {@code 12.5%}. */
  String percentValue(double percent) {
    return decimal(percent) + (russian ? "\u00A0%" : "%");
  }

  /**
   * {@code n} and the word of {@code key} in the right plural form: {@code 21 клиент}, {@code 5
   * клиентов}.
   */
  String count(long n, String key) {
    String[] forms = get("plural." + key).split("\\|");
    String word;
    if (russian) {
      long mod100 = Math.abs(n) % 100;
      long mod10 = Math.abs(n) % 10;
      word =
          mod100 >= 11 && mod100 <= 14
              ? forms[2]
              : mod10 == 1 ? forms[0] : mod10 >= 2 && mod10 <= 4 ? forms[1] : forms[2];
    } else {
      word = n == 1 ? forms[0] : forms[1];
    }
    return number(n) + (russian ? "\u00A0" : " ") + word;
  }
}
