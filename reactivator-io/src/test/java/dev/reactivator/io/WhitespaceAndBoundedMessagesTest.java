package dev.reactivator.io;

import static dev.reactivator.io.Csv.EN;
import static dev.reactivator.io.Csv.RU;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.InputException;
import dev.reactivator.core.data.RowProblem;
import dev.reactivator.core.data.SourceRow;
import dev.reactivator.core.spi.SourceOptions;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whitespace-aligned text (CDNOW's log) and messages that never flood. */
class WhitespaceAndBoundedMessagesTest {
  /** CDNOW's purchase log with a header added (and a product column, which the input needs). */
  private static final String CDNOW =
      " customer_id  purchase_date product  quantity   amount\n"
          + " 00001 19970101 CD  1   11.77\n"
          + " 00002 19970112 CD  1   12.00\n"
          + "\t00002 19970112\tCD  5   77.00   \n"
          + " 00003 19970102 CD  2   20.76\n";

  private static CollectingSink read(String text, SourceOptions options) {
    return Csv.read(text.getBytes(StandardCharsets.UTF_8), options, EN);
  }

  @Test
  void runsOfSpacesSeparateFieldsWhenForcedOrDetected() {
    for (SourceOptions o :
        List.of(SourceOptions.defaults(), SourceOptions.defaults().withDelimiter(' '))) {
      CollectingSink sink = read(CDNOW, o);
      assertEquals(4, sink.accepted.size(), sink.rejected.toString());
      SourceRow r = sink.accepted.get(2);
      assertEquals("00002", r.customerId().get());
      assertEquals(77.0, r.amount());
      assertEquals(LocalDate.of(1997, 1, 12), r.date());
      assertEquals(4, r.line());
      assertEquals("space", sink.details.get("delimiter"));
      assertEquals("yyyyMMdd", sink.details.get("dateFormat.purchase_date"));
    }
  }

  @Test
  void quotesMeanNothingBetweenSpaces() {
    CollectingSink sink =
        read(
            "customer_id purchase_date product amount\n1 19970101 \"CD 11.77\n2 19970101 CD X 3\n",
            SourceOptions.defaults().withDelimiter(' '));
    assertEquals(1, sink.accepted.size());
    assertEquals("\"CD", sink.accepted.get(0).product());
    RowProblem p = sink.onlyRejected();
    assertEquals(3, p.line());
    assertTrue(p.message().contains("Check the delimiters \"space\""), p.message());
  }

  @Test
  void aHeaderlessLogIsAnErrorAskingForAHeader() {
    InputException e =
        assertThrows(
            InputException.class,
            () ->
                read(
                    " 00001 19970101  1   11.77\n 00002 19970112  1   12.00\n",
                    SourceOptions.defaults().withDelimiter(' ')));
    assertTrue(
        e.getMessage()
            .startsWith(
                "The first line of the file \"test.csv\" holds values (00001 19970101 1 11.77),"
                    + " not column names. The file needs a header line with the column names"),
        e.getMessage());
    assertTrue(
        assertThrows(InputException.class, () -> Csv.read("1;2;3\n4;5;6\n", RU))
            .getMessage()
            .contains("Нужна строка заголовка"));
  }

  @Test
  void aLongCellIsQuotedToTwoHundredCharactersAndControlCharactersAreEscaped() {
    String longCell = "9".repeat(150) + "x".repeat(10_000);
    RowProblem p =
        Csv.row("Анна;89001234567;;ИБП;" + longCell + ";10;01.01.2025", EN).onlyRejected();
    String quoted = "9".repeat(150) + "x".repeat(50) + "…";
    assertTrue(p.message().contains("\"" + quoted + "\""), p.message());
    assertTrue(p.message().length() < 400, p.message());

    RowProblem esc =
        Csv.row("Анна;89001234567;;ИБП;15\u001B[31m000;10;01.01.2025", EN).onlyRejected();
    assertTrue(esc.message().contains("\"15\\u001B[31m000\""), esc.message());
    assertFalse(esc.message().contains("\u001B"), esc.message());
  }

  @Test
  void aHeaderWithControlCharactersOrOfAnyLengthIsShownEscapedAndCut() {
    InputException e =
        assertThrows(
            InputException.class,
            () ->
                Csv.read(
                    "Имя;Телефон;Email;Товар;Сум\u001Bма;Дни;Дата первой покупки;"
                        + "Y".repeat(5000)
                        + "\nАнна;89001234567;;ИБП;5000;10;01.01.2025;\n",
                    EN));
    assertTrue(e.getMessage().contains("«Сум\\u001Bма»"), e.getMessage());
    assertFalse(e.getMessage().contains("\u001B"));
    // a list of found columns quotes each at most 60 characters, and a header too long to type
    // is not offered as the mapping: the placeholder is
    assertTrue(e.getMessage().contains("«" + "Y".repeat(60) + "…»"), e.getMessage());
    assertTrue(e.getMessage().contains("--map amount=<column>"), e.getMessage());
    assertTrue(e.getMessage().length() < 1000, e.getMessage());
  }

  @Test
  void aHeaderBrokenOverTwoLinesInsideQuotesStillMatches() {
    CollectingSink sink =
        Csv.read(
            "Имя;Телефон;Email;Товар;Сумма;Дни;\"Дата первой\nпокупки\"\n"
                + "Анна;89001234567;;ИБП;5000;10;01.01.2025\n",
            RU);
    assertEquals(1, sink.accepted.size());
    assertEquals(3, sink.accepted.get(0).line());
  }

  @Test
  void anUnclosedQuoteIsReportedWhereTheQuotedFieldStarts() {
    StringBuilder sb = new StringBuilder(Csv.HEADER);
    sb.append("Анна;89001234567;;\"ИБП;5000;10;01.01.2025\n");
    for (int i = 0; i < 50; i++) {
      sb.append("Анна;89001234567;;ИБП;5000;10;01.01.2025\n");
    }
    InputException e = assertThrows(InputException.class, () -> Csv.read(sb.toString(), EN));
    assertEquals(2, e.line().getAsLong());
    assertTrue(e.getMessage().contains("opened on line 2 is never closed"), e.getMessage());
  }
}
