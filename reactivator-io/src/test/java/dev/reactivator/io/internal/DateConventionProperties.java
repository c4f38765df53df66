package dev.reactivator.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Every supported date format, written by java.time and read back by the hand-rolled parser. */
class DateConventionProperties {
  private static final String[] WRITTEN = {
    "dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm",
    "dd/MM/yyyy", "d/M/yyyy H:mm", "MM/dd/yyyy", "M/d/yyyy H:mm", "M/d/yyyy h:mm a",
    "dd-MM-yyyy", "d-M-yyyy", "yyyy/MM/dd", "yyyy.MM.dd", "yyyyMMdd"
  };

  private static DateConvention readerOf(String written) {
    String date = written.split("[ ']")[0];
    for (DateConvention c : DateConvention.BUILT_IN) {
      if (c.pattern()
          .replace("dd", "d")
          .replace("MM", "M")
          .equals(date.replace("dd", "d").replace("MM", "M"))) {
        return c;
      }
    }
    throw new AssertionError(written);
  }

  @Property(tries = 3000)
  void aDateWrittenInASupportedFormatReadsBackAsTheSameDay(
      @ForAll @LongRange(min = -25567, max = 376199) long epochDay,
      @ForAll @IntRange(min = 0, max = 14) int format,
      @ForAll @IntRange(min = 0, max = 1439) int minute) {
    LocalDate d = LocalDate.ofEpochDay(epochDay);
    String pattern = WRITTEN[format];
    String s =
        DateTimeFormatter.ofPattern(pattern, Locale.US)
            .format(d.atTime(LocalTime.ofSecondOfDay(minute * 60L)));
    DateConvention c = readerOf(pattern);
    assertEquals((int) epochDay, c.parseOwn(s), pattern + " " + s);
    assertEquals((int) epochDay, c.parse(s), pattern + " " + s);
    assertEquals((int) epochDay, DateConvention.forced(pattern).parse(s), pattern + " " + s);
  }

  @Property
  void excelSerialsReadAsTheDayExcelShows(
      @ForAll @IntRange(min = DateConvention.EXCEL_MIN, max = DateConvention.EXCEL_MAX)
          int serial) {
    LocalDate excel = LocalDate.of(1899, 12, 30).plusDays(serial);
    assertEquals((int) excel.toEpochDay(), DateConvention.EXCEL.parse(Integer.toString(serial)));
  }

  @Property(tries = 2000)
  void builtInFormatsRejectWhatLocalDateRejects(
      @ForAll @IntRange(min = 1900, max = 2999) int year,
      @ForAll @IntRange(min = 0, max = 13) int month,
      @ForAll @IntRange(min = 0, max = 32) int day) {
    int expected;
    try {
      expected = (int) LocalDate.of(year, month, day).toEpochDay();
    } catch (java.time.DateTimeException e) {
      expected = Cells.INVALID;
    }
    assertEquals(expected, DateConvention.MDY_SLASH.parseOwn(month + "/" + day + "/" + year));
    assertEquals(expected, DateConvention.DMY_DASH.parseOwn(day + "-" + month + "-" + year));
    assertEquals(
        expected, DateConvention.COMPACT.parseOwn(String.format("%04d%02d%02d", year, month, day)));
  }

  @Property
  void parsersNeverThrow(@ForAll String s) {
    for (DateConvention c : DateConvention.BUILT_IN) {
      c.parse(s);
    }
    DateConvention.forced("d MMM yyyy").parse(s);
    Cells.decimalEvidence(s);
    Cells.parseAmount(s, '.');
    Cells.parseAmount(s, ',');
    Shown.value(s);
    Shown.header(s);
  }
}
