package dev.reactivator.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyFormatTest {
  private static Currency c(String code) {
    return Currency.getInstance(code);
  }

  @Test
  void commonCurrenciesHaveTheirSignOthersTheirCode() {
    assertEquals("₽", MoneyFormat.symbol(c("RUB")));
    assertEquals("$", MoneyFormat.symbol(c("USD")));
    assertEquals("£", MoneyFormat.symbol(c("GBP")));
    assertEquals("R$", MoneyFormat.symbol(c("BRL")));
    assertEquals("SEK", MoneyFormat.symbol(c("SEK")));
  }

  @Test
  void documentsWithoutTheRubleGlyphWriteRubOrTheCode() {
    assertEquals("руб.", MoneyFormat.plainSymbol(c("RUB"), true));
    assertEquals("RUB", MoneyFormat.plainSymbol(c("RUB"), false));
    assertEquals("€", MoneyFormat.plainSymbol(c("EUR"), true));
    assertEquals("KZT", MoneyFormat.plainSymbol(c("KZT"), true));
    assertEquals("BRL", MoneyFormat.plainSymbol(c("BRL"), false));
  }

  @Test
  void theNarratorWritesTheBaseCurrency() {
    assertEquals("1,235 £", Texts.of(Locale.ENGLISH, c("GBP")).money(1234.6));
    assertEquals("1\u00A0235\u00A0₽", Texts.of(Locale.forLanguageTag("ru")).money(1234.6));
  }
}
