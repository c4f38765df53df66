package dev.reactivator.report.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.reactivator.report.CsvStyle;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class CsvExportTest {

  private static String write(CsvStyle style, Object... cells) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (CsvExport csv = CsvExport.open(bytes, style, List.of("a", "b", "c"))) {
      csv.row(cells);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void russianExcelStyleHasBomSemicolonsAndDecimalCommas() {
    String s = write(CsvStyle.excelRu(), "Анна", 1234.5, "x;y");
    assertEquals("\uFEFFa;b;c\r\nАнна;1234,5;\"x;y\"\r\n", s);
  }

  @Test
  void rfc4180StyleIsPlain() {
    assertEquals(
        "a,b,c\r\nАнна,1234.5,\"x,y\"\r\n", write(CsvStyle.rfc4180(), "Анна", 1234.5, "x,y"));
  }

  @Test
  void cellsThatWouldRunAsFormulasAreNeutralised() {
    String s = write(CsvStyle.excelRu(), "=HYPERLINK(\"http://evil\")", "+7 900", "@SUM(A1)");
    assertEquals("\uFEFFa;b;c\r\n\"'=HYPERLINK(\"\"http://evil\"\")\";'+7 900;'@SUM(A1)\r\n", s);
    assertEquals("'-2+3", CsvExport.neutralise("-2+3"));
    assertEquals("'\tcmd", CsvExport.neutralise("\tcmd"));
    assertEquals("'\rcmd", CsvExport.neutralise("\rcmd"));
  }

  @Test
  void negativeNumbersWrittenAsNumbersStayNumbers() {
    assertEquals("\uFEFFa;b;c\r\n-5,25;-7;\r\n", write(CsvStyle.excelRu(), -5.25, "-7", ""));
  }

  @Test
  void aTinyNegativeNumberIsWrittenAsZeroNotMinusZero() {
    assertEquals("0", CsvStyle.excelRu().number(-0.0001, 3));
    assertEquals("-0,001", CsvStyle.excelRu().number(-0.0012, 3));
  }

  @Test
  void aRowMustHaveAsManyCellsAsTheHeader() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (CsvExport csv = CsvExport.open(bytes, CsvStyle.rfc4180(), List.of("a", "b"))) {
      assertThrows(IllegalArgumentException.class, () -> csv.row("only one"));
    }
  }

  @Property(tries = 300)
  void noNeutralisedCellStartsWithAFormulaCharacter(@ForAll String cell) {
    String n = CsvExport.neutralise(cell);
    if (!n.isEmpty()) {
      char c = n.charAt(0);
      assertEquals(
          false, c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r', n);
    }
    assertEquals(true, n.endsWith(cell));
  }
}
