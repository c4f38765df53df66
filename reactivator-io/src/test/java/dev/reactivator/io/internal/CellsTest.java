package dev.reactivator.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CellsTest {

  @Test
  void readsTheCanonicalDecimalComma() {
    assertEquals(1975432.09, Cells.parseAmount("1975432,09", ','));
  }

  @Test
  void readsADecimalPoint() {
    assertEquals(1975432.09, Cells.parseAmount("1975432.09", ','));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1 975 432,09",
        "1\u00A0975\u00A0432,09",
        "1\u202F975\u202F432,09",
        "1\u2009975\u2009432.09"
      })
  void readsSpaceLikeThousandsSeparators(String s) {
    assertEquals(1975432.09, Cells.parseAmount(s, ','));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "15000 ₽",
        "15000₽",
        "15000 руб",
        "15000 руб.",
        "15000 р.",
        "15000р",
        "15000 rub",
        "15 000 РУБ.",
        "15000 RUB"
      })
  void readsATrailingRoubleSignOrWord(String s) {
    assertEquals(15000.0, Cells.parseAmount(s, ','));
  }

  @Test
  void readsNegativeAndZeroAmountsForRefunds() {
    assertEquals(-1000.5, Cells.parseAmount("-1000,5", ','));
    assertEquals(-1000.0, Cells.parseAmount("\u22121000", ','));
    assertEquals(0.0, Cells.parseAmount("0", ','));
    assertEquals(0.0, Cells.parseAmount("0,00", ','));
  }

  @Test
  void readsFractionsThatCannotBeThousands() {
    assertEquals(0.125, Cells.parseAmount("0,125", ','));
    assertEquals(1500.125, Cells.parseAmount("1500,125", ','));
    assertEquals(15000.5, Cells.parseAmount("15 000,500", ','));
    assertEquals(2.5, Cells.parseAmount("2,5", ','));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "$15",
        "15 000 USD",
        "около 15000",
        "1,975,432.09",
        "12 3",
        "1 5000",
        "15 000руб x",
        "abc",
        "",
        "-",
        ",5",
        "5,",
        "1e5",
        "15 000 €",
        "1 000 000 000 000 000",
        "+-5",
        "15 , 5"
      })
  void rejectsAnythingElse(String s) {
    assertTrue(Double.isNaN(Cells.parseAmount(s, ',')), s);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "$15|amount.currency",
        "15 000 USD|amount.currency",
        "100 евро|amount.currency",
        "1,975,432.09|amount.grouping",
        "1.975.432,0.9|amount.grouping",
        "около 15000|amount.invalid",
        "12a|amount.invalid"
      })
  void explainsWhyAnAmountIsRejected(String s, String key) {
    assertEquals(key, Cells.amountProblem(s));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "4.775|.|4.775",
        "4.775|,|4775",
        "1,500|.|1500",
        "1,500|,|1.5",
        "1,975,432.09|.|1975432.09",
        "1.975.432,09|,|1975432.09",
        "12,5|.|12.5",
        "1500,125|.|1500.125",
        "0,125|.|0.125",
        "15 000,500|.|15000.5",
        "199.33333333299998|.|199.33333333299998",
        "199.33333333299998|,|199.33333333299998",
        "0.000000000000000001|.|1e-18",
        "-1 500,50 руб.|,|-1500.5"
      })
  void readsAmountsUnderTheColumnsDecimalConvention(String s, char decimal, double expected) {
    assertEquals(expected, Cells.parseAmount(s, decimal));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1,975,432.09|,",
        "1.975.432,09|.",
        "1.975,432.09|.",
        "1,5,0|.",
        "1 975,432.09|.",
        "1234567890123456.5|."
      })
  void rejectsSeparatorsThatDoNotFitTheConvention(String s, char decimal) {
    assertTrue(Double.isNaN(Cells.parseAmount(s, decimal)), s);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "4.8533|.",
        "1332.665|.",
        "12.5|.",
        "0.500|.",
        "1,975,432.09|.",
        "1.975.432|,",
        "1 500,00|,",
        "-1 500,50 руб.|,",
        "15000 руб.|0",
        "4.775|0",
        "1,500|0",
        "12|0",
        "abc|0"
      })
  void tellsWhichCharAnAmountProvesToBeTheDecimalSeparator(String s, char expected) {
    assertEquals(expected == '0' ? 0 : expected, Cells.decimalEvidence(s));
  }

  @Test
  void readsRussianAndIsoDates() {
    assertEquals(LocalDate.of(2024, 10, 5).toEpochDay(), Cells.parseDate("05.10.2024"));
    assertEquals(LocalDate.of(2024, 10, 5).toEpochDay(), Cells.parseDate("2024-10-05"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2010-12-01 08:26",
        "2010-12-01T08:26:00",
        "01.12.2010 8:26",
        "01.12.2010 08:26:59.123"
      })
  void ignoresATimeAfterTheDate(String s) {
    assertEquals(LocalDate.of(2010, 12, 1).toEpochDay(), Cells.parseDate(s));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "31.02.2024",
        "5.10.2024",
        "05/10/2024",
        "10/5/2024",
        "2024-13-01",
        "00.01.2024",
        "01.01.1899",
        "2024-1-05",
        "05.10.24",
        "вчера",
        "05.10.2024 25:00",
        "05.10.2024 10:61",
        "05.10.2024x",
        "2024-10-05 ",
        ""
      })
  void rejectsInvalidOrOtherDateFormats(String s) {
    assertEquals(Cells.INVALID, Cells.parseDate(s), s);
  }

  @Test
  void readsNonNegativeWholeNumbers() {
    assertEquals(0, Cells.parseWhole("0", 10));
    assertEquals(120, Cells.parseWhole("120", 1000));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "1,5", "1.0", "12a", "", "1 000", "99999999999"})
  void rejectsOtherWholeNumbers(String s) {
    assertEquals(Cells.INVALID, Cells.parseWhole(s, Integer.MAX_VALUE), s);
  }

  @Test
  void rejectsWholeNumbersAboveTheMaximum() {
    assertEquals(Cells.INVALID, Cells.parseWhole("101", 100));
  }

  @ParameterizedTest
  @ValueSource(strings = {"7,97E+10", "7.9E10", "8E+10", "7,90012E+10", "7,97e+10"})
  void recognisesExcelScientificNotation(String s) {
    assertTrue(Cells.isScientific(s));
  }

  @ParameterizedTest
  @ValueSource(strings = {"89001234567", "E+10", "7,97E+", "abcE+10", "7,97E+1x"})
  void doesNotMistakeOtherValuesForScientificNotation(String s) {
    assertFalse(Cells.isScientific(s));
  }

  @Test
  void trimsSpreadsheetSpaces() {
    assertEquals("a b", Cells.trim("\u00A0 a b\u202F\t"));
    assertEquals("x", Cells.trim("\uFEFFx"));
  }

  @Property
  void amountsWrittenWithACommaOrAPointReadBack(
      @ForAll @LongRange(min = 0, max = 99_999_999_999L) long cents) {
    String whole = Long.toString(cents / 100);
    String frac = String.format("%02d", cents % 100);
    double expected = cents / 100.0;
    assertEquals(expected, Cells.parseAmount(whole + "," + frac, ','), 1e-9);
    assertEquals(expected, Cells.parseAmount(whole + "." + frac, ','), 1e-9);
    assertEquals(-expected, Cells.parseAmount("-" + whole + "," + frac, ','), 1e-9);
  }

  @Property
  void thousandsGroupingDoesNotChangeTheValue(
      @ForAll @LongRange(min = 0, max = 999_999_999_999L) long v) {
    String plain = Long.toString(v);
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < plain.length(); i++) {
      if (i > 0 && (plain.length() - i) % 3 == 0) {
        grouped.append('\u00A0');
      }
      grouped.append(plain.charAt(i));
    }
    assertEquals((double) v, Cells.parseAmount(grouped + " ₽", ','));
  }

  @Property
  void everyExistingDateReadsBackInBothFormats(
      @ForAll @IntRange(min = -25567, max = 300000) int epochDay) {
    LocalDate d = LocalDate.ofEpochDay(epochDay);
    if (d.getYear() > Cells.MAX_YEAR) {
      return;
    }
    String ru = String.format("%02d.%02d.%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    assertEquals(epochDay, Cells.parseDate(ru));
    assertEquals(epochDay, Cells.parseDate(d.toString()));
  }

  @Property
  void parsersNeverThrow(@ForAll String s) {
    Cells.parseAmount(s, ',');
    Cells.amountProblem(s);
    Cells.parseDate(s);
    Cells.parseWhole(s, Integer.MAX_VALUE);
    Cells.isScientific(s);
    Cells.trim(s);
  }

  @Property(tries = 3000)
  void dateGrammarAgreesWithLocalDate(
      @ForAll @LongRange(min = -25567, max = 376199) long epochDay) {
    LocalDate d = LocalDate.ofEpochDay(epochDay); // 1900-01-01 … 2999-12-31
    String dotted =
        String.format("%02d.%02d.%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    assertEquals((int) epochDay, Cells.parseDate(dotted));
    assertEquals((int) epochDay, Cells.parseDate(d.toString()));
  }

  @Property(tries = 3000)
  void dateGrammarRejectsWhatLocalDateRejects(
      @ForAll @IntRange(min = 1900, max = 2999) int year,
      @ForAll @IntRange(min = 0, max = 13) int month,
      @ForAll @IntRange(min = 0, max = 32) int day) {
    int expected;
    try {
      expected = (int) LocalDate.of(year, month, day).toEpochDay();
    } catch (java.time.DateTimeException e) {
      expected = Cells.INVALID;
    }
    assertEquals(expected, Cells.parseDate(String.format("%02d.%02d.%04d", day, month, year)));
  }
}
