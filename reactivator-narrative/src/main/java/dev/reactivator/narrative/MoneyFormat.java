package dev.reactivator.narrative;

import java.util.Currency;
import java.util.Map;
import java.util.Objects;

/**
 * How a currency is written next to an amount: {@code ₽}, {@code $}, {@code €}, {@code £}, {@code
 * R$}, …, else its ISO 4217 code. The one definition every renderer and the narrator use, so an
 * export in pounds reads in pounds everywhere. Stateless and thread-safe.
 */
public final class MoneyFormat {
  private static final Map<String, String> SYMBOLS =
      Map.ofEntries(
          Map.entry("RUB", "₽"),
          Map.entry("USD", "$"),
          Map.entry("EUR", "€"),
          Map.entry("GBP", "£"),
          Map.entry("BRL", "R$"),
          Map.entry("KZT", "₸"),
          Map.entry("UAH", "₴"),
          Map.entry("BYN", "Br"),
          Map.entry("CNY", "¥"),
          Map.entry("JPY", "¥"),
          Map.entry("INR", "₹"),
          Map.entry("TRY", "₺"),
          Map.entry("CHF", "CHF"),
          Map.entry("PLN", "zł"));

  /** Symbols that the PDF's standard fonts can draw. */
  private static final String PDF_SAFE = "$€£";

  private MoneyFormat() {}

  /**
   * The sign written after an amount in {@code currency}.
   *
   * @param currency the currency of the amounts
   * @return the symbol, such as {@code ₽}, or the ISO code when there is no common symbol
   */
  public static String symbol(Currency currency) {
    Objects.requireNonNull(currency, "currency");
    return SYMBOLS.getOrDefault(currency.getCurrencyCode(), currency.getCurrencyCode());
  }

  /**
   * The sign written after an amount in a document whose font may lack the currency's symbol:
   * {@code руб.} for rubles in Russian, the ISO code for symbols outside {@code $ € £}.
   *
   * @param currency the currency of the amounts
   * @param russian whether the document is in Russian
   * @return a sign every standard font can draw
   */
  public static String plainSymbol(Currency currency, boolean russian) {
    String code = currency.getCurrencyCode();
    if (code.equals("RUB")) {
      return russian ? "руб." : "RUB";
    }
    String s = symbol(currency);
    return s.length() == 1 && PDF_SAFE.indexOf(s.charAt(0)) >= 0 ? s : code;
  }
}
