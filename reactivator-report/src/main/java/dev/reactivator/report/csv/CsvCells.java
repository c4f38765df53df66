package dev.reactivator.report.csv;

import dev.reactivator.core.data.Contacts;
import dev.reactivator.report.CsvStyle;
import java.util.List;

/** Cell texts shared by the CSV tables. */
final class CsvCells {
  private CsvCells() {}

  /**
   * The phones of a customer in one cell. Each phone is first brought to its normalised digits
   * ({@link Contacts#normalizePhone}: {@code +7 912 345-67-89} and {@code 89123456789} become
   * {@code 79123456789}), which never start with a formula character, so a phone is never
   * neutralised into {@code '+7…}; a value that is not a phone is written as it is (and neutralised
   * like any text). In a style meant for Excel (one with a byte-order mark, such as {@link
   * CsvStyle#excelRu()}) an 11-digit Russian number is written {@code 7 (912) 345-67-89}, which
   * Excel keeps as text instead of turning it into {@code 7,91E+10}; a leading {@code +} is not
   * written because a cell starting with {@code +} would be neutralised to {@code '+7…}. In the RFC
   * 4180 style the digits are written as they are (the identity keys, for programs). Several phones
   * are separated by {@code ", "}.
   */
  static String phones(List<String> phones, CsvStyle style) {
    StringBuilder b = new StringBuilder();
    for (String p : phones) {
      if (b.length() > 0) {
        b.append(", ");
      }
      String digits = Contacts.normalizePhone(p).orElse(p);
      b.append(style.byteOrderMark() ? readable(digits) : digits);
    }
    return b.toString();
  }

  /**
   * The CRM customer ids of a customer in one cell ({@code ", "} between several: one customer
   * merged from rows that carried different ids), empty when the file had no id column. Beside the
   * pseudonym they trace a row back to the CRM.
   */
  static String crmIds(List<String> ids) {
    return String.join(", ", ids);
  }

  private static String readable(String digits) {
    if (digits.length() == 11
        && digits.charAt(0) == '7'
        && digits.chars().allMatch(Character::isDigit)) {
      return "7 ("
          + digits.substring(1, 4)
          + ") "
          + digits.substring(4, 7)
          + "-"
          + digits.substring(7, 9)
          + "-"
          + digits.substring(9);
    }
    return digits;
  }
}
