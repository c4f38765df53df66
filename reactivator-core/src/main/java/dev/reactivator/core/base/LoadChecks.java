package dev.reactivator.core.base;

import dev.reactivator.core.data.AnalysisDate;
import dev.reactivator.core.data.DataChecks;
import dev.reactivator.core.data.DataWarning;
import dev.reactivator.core.data.ProblemCode;
import dev.reactivator.core.data.RowProblem;
import dev.reactivator.core.internal.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The load-wide checks that end in a {@link DataWarning}: the analysis date, dominant customers.
 */
final class LoadChecks {
  private static final DateTimeFormatter RU = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private LoadChecks() {}

  /**
   * The warnings of a laid-out load.
   *
   * @param date the analysis date and the latest purchase
   * @param rejected the rejected rows (those dated after the analysis date are counted)
   * @param rowWarnings the source's warnings (encoding problems become load-wide warnings)
   * @param lines the laid-out lines
   * @param ids the CRM customer ids of every customer
   * @param ambiguous the customers without an id left apart by the identity policy (ascending)
   * @param checks the thresholds
   * @param locale the language of the messages
   */
  static List<DataWarning> warnings(
      AnalysisDate date,
      List<RowProblem> rejected,
      List<RowProblem> rowWarnings,
      CustomerColumns lines,
      Texts ids,
      int[] ambiguous,
      DataChecks checks,
      Locale locale) {
    List<DataWarning> out = new ArrayList<>();
    long after = date.daysAfterLastPurchase();
    if (after > checks.staleAfterDays()) {
      out.add(
          new DataWarning(
              DataWarning.Code.AS_OF_LONG_AFTER_DATA,
              Messages.get(
                  locale,
                  "warning.asOfLongAfter",
                  text(date.asOf(), locale),
                  after,
                  text(date.lastPurchase(), locale))));
    }
    long future = rejected.stream().filter(p -> p.code() == ProblemCode.DATE_IN_FUTURE).count();
    if (future > 0) {
      out.add(
          new DataWarning(
              DataWarning.Code.AS_OF_BEFORE_DATA,
              Messages.get(locale, "warning.asOfBefore", text(date.asOf(), locale), future)));
    }
    for (RowProblem w : rowWarnings) {
      if (w.code() == ProblemCode.ENCODING) {
        out.add(new DataWarning(DataWarning.Code.ENCODING, w.message()));
      }
    }
    if (ambiguous.length > 0) {
      int rows = 0;
      for (int c : ambiguous) {
        rows += lines.offsets[c + 1] - lines.offsets[c];
      }
      out.add(
          new DataWarning(
              DataWarning.Code.AMBIGUOUS_CONTACT,
              Messages.get(
                  locale, "warning.ambiguousContact", ambiguous.length, rows, ambiguous[0] + 1)));
    }
    dominant(lines, ids, checks, locale, out);
    return out;
  }

  /**
   * One warning for the products whose rows named several categories, or empty when none did.
   *
   * @param conflicts the products with several categories, in product order
   * @param locale the language of the message
   */
  static Optional<DataWarning> categoryConflicts(
      List<ProductCategories.Conflict> conflicts, Locale locale) {
    if (conflicts.isEmpty()) {
      return Optional.empty();
    }
    ProductCategories.Conflict first = conflicts.get(0);
    return Optional.of(
        new DataWarning(
            DataWarning.Code.CATEGORY_CONFLICT,
            Messages.get(
                locale,
                "warning.categoryConflict",
                conflicts.size(),
                first.product(),
                first.categories(),
                first.chosen(),
                first.chosenRows(),
                first.rows())));
  }

  private static void dominant(
      CustomerColumns lines, Texts ids, DataChecks checks, Locale locale, List<DataWarning> out) {
    int n = lines.offsets.length - 1;
    if (n <= 2 / checks.dominantShare()) {
      return;
    }
    double[] spent = new double[n];
    double all = 0;
    for (int c = 0; c < n; c++) {
      for (int j = lines.offsets[c]; j < lines.offsets[c + 1]; j++) {
        spent[c] += lines.amount[j];
      }
      all += spent[c];
    }
    for (int c = 0; c < n; c++) {
      double share = spent[c] / all;
      if (share > checks.dominantShare()) {
        String who =
            ids.count(c) > 0
                ? Messages.get(locale, "warning.dominant.id", shown(ids.get(c, 0)), c + 1)
                : Messages.get(locale, "warning.dominant.pseudonym", c + 1);
        out.add(
            new DataWarning(
                DataWarning.Code.DOMINANT_CUSTOMER,
                Messages.get(locale, "warning.dominant", who, share * 100)));
      }
    }
  }

  private static String shown(String id) {
    return id.length() <= 40 ? id : id.substring(0, 40) + "…";
  }

  private static String text(LocalDate d, Locale locale) {
    return "en".equals(locale.getLanguage()) ? d.toString() : d.format(RU);
  }
}
