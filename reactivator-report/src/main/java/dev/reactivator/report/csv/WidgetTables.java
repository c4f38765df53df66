package dev.reactivator.report.csv;

import dev.reactivator.core.segment.cohort.CohortRow;
import dev.reactivator.core.segment.cohort.CohortTable;
import dev.reactivator.core.segment.drivers.IndependenceTest;
import dev.reactivator.core.segment.drivers.LtvComparison;
import dev.reactivator.core.segment.drivers.RetentionDriver;
import dev.reactivator.core.segment.finance.LtvCacCurve;
import dev.reactivator.core.segment.nbp.AssociationRule;
import dev.reactivator.core.segment.nbp.NextBestProducts;
import dev.reactivator.core.segment.nbp.ProductShare;
import dev.reactivator.core.segment.nbp.ProductTransitions;
import dev.reactivator.report.CsvStyle;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** The widget tables: cohorts, LTV vs CAC, association rules, retention drivers, the NBP matrix. */
final class WidgetTables {
  private WidgetTables() {}

  /**
   * A cohort heat map: the cohort (month, first product or first category), its customers, average
   * LTV, then M0 … Mn as retained percentages; a month nobody in the cohort is old enough for is
   * empty.
   */
  static void writeCohorts(
      CohortTable table, String keyColumn, CsvStyle style, CsvLabels labels, OutputStream file) {
    List<String> header = new ArrayList<>(labels.header(keyColumn, "clients", "avgLtv"));
    for (int k = 0; k <= table.months(); k++) {
      header.add("M" + k);
    }
    try (CsvExport csv = CsvExport.open(file, style, header)) {
      for (CohortRow r : table.rows()) {
        List<Object> cells = new ArrayList<>(header.size());
        cells.add(r.key());
        cells.add(Integer.toString(r.clients()));
        cells.add(csv.number(r.averageLtv(), 2));
        for (int k = 0; k <= table.months(); k++) {
          OptionalDouble v =
              k < r.retention().size() ? r.retention().get(k) : OptionalDouble.empty();
          cells.add(v.isPresent() ? csv.number(100 * v.getAsDouble(), 1) : "");
        }
        csv.row(cells.toArray());
      }
    }
  }

  /**
   * The LTV-vs-CAC curve: month, cumulative LTV (empty where nobody is old enough), customers, CAC,
   * paid back.
   */
  static void writeLtvVsCac(
      LtvCacCurve curve, CsvStyle style, CsvLabels labels, OutputStream file) {
    try (CsvExport csv =
        CsvExport.open(
            file,
            style,
            labels.header("month", "cumulativeLtv", "observedCustomers", "cac", "paidBack"))) {
      for (int k = 0; k < curve.cumulativeLtv().size(); k++) {
        OptionalDouble v = curve.cumulativeLtv().get(k);
        int observed = k < curve.observedCustomers().size() ? curve.observedCustomers().get(k) : 0;
        String paid =
            v.isPresent() ? labels.get(v.getAsDouble() >= curve.cac() ? "yes" : "no") : "";
        csv.row(
            "M" + k,
            v.isPresent() ? csv.number(v.getAsDouble(), 2) : "",
            Integer.toString(observed),
            csv.number(curve.cac(), 2),
            paid);
      }
    }
  }

  /** The association rules, highest lift first. */
  static void writeRules(
      List<AssociationRule> rules, CsvStyle style, CsvLabels labels, OutputStream file) {
    try (CsvExport csv =
        CsvExport.open(
            file,
            style,
            labels.header(
                "antecedent",
                "consequent",
                "bothCustomers",
                "support",
                "confidence",
                "lift",
                "targets"))) {
      for (AssociationRule r : rules) {
        csv.row(
            r.antecedentName(),
            r.consequentName(),
            Integer.toString(r.bothCustomers()),
            csv.number(100 * r.support(), 2),
            csv.number(100 * r.confidence(), 2),
            csv.number(r.lift(), 3),
            Integer.toString(r.customers().size()));
      }
    }
  }

  /** The retention drivers: the LTV comparison and the churn test, or why either is missing. */
  static void writeDrivers(
      List<RetentionDriver> drivers, CsvStyle style, CsvLabels labels, OutputStream file) {
    try (CsvExport csv =
        CsvExport.open(
            file,
            style,
            labels.header(
                "driver",
                "withFeature",
                "withoutFeature",
                "meanLtvWith",
                "meanLtvWithout",
                "tLtv",
                "pLtv",
                "cohensD",
                "churnWith",
                "churnWithout",
                "chiSquare",
                "pChurn",
                "note"))) {
      for (RetentionDriver d : drivers) {
        Optional<LtvComparison> l = d.ltv();
        Optional<IndependenceTest> t = d.churn();
        List<String> notes = new ArrayList<>();
        d.ltvAbsence().ifPresent(a -> notes.add(a.reason()));
        d.churnAbsence().ifPresent(a -> notes.add(a.reason()));
        t.filter(IndependenceTest::smallExpectedCounts)
            .ifPresent(x -> notes.add(labels.get("note.smallCounts")));
        csv.row(
            driverName(d.key(), labels),
            Integer.toString(d.feature().size()),
            l.map(x -> Integer.toString(x.withoutFeature())).orElse(""),
            l.map(x -> csv.number(x.meanWith(), 2)).orElse(""),
            l.map(x -> csv.number(x.meanWithout(), 2)).orElse(""),
            l.map(x -> csv.number(x.t(), 3)).orElse(""),
            l.map(x -> pValue(csv, x.p())).orElse(""),
            l.map(x -> csv.number(x.cohensD(), 3)).orElse(""),
            t.map(x -> csv.number(100 * x.outcomeRateWith(), 1)).orElse(""),
            t.map(x -> csv.number(100 * x.outcomeRateWithout(), 1)).orElse(""),
            t.map(x -> csv.number(x.statistic(), 3)).orElse(""),
            t.map(x -> pValue(csv, x.p())).orElse(""),
            String.join("; ", notes));
      }
    }
  }

  /**
   * A p-value that stays a number a spreadsheet reads: four decimals, and below 0.0001 three
   * significant digits in scientific notation ({@code 6,12E-24}), never a bare 0 for a positive p.
   */
  static String pValue(CsvExport csv, double p) {
    if (p >= 1e-4 || p <= 0 || !Double.isFinite(p)) {
      return csv.number(p, 4);
    }
    char decimal = csv.number(0.5, 1).charAt(1);
    return String.format(Locale.ROOT, "%.2E", p).replace('.', decimal);
  }

  /** {@code Жалобы}, {@code Купил «X»}: a driver key in words. */
  static String driverName(String key, CsvLabels labels) {
    if (key.startsWith("product:")) {
      return labels.get("driver.product", key.substring("product:".length()));
    }
    return switch (key) {
      case "complaints",
          "support-tickets",
          "discount-sensitive",
          "renewal-share",
          "distinct-products" ->
          labels.get("driver." + key);
      default -> key;
    };
  }

  /**
   * The next-best-product matrix: one row per previous product with its total, one column per next
   * product (in order of first appearance down the rows), each cell the share in percent; empty
   * where nothing followed.
   */
  static void writeNbp(NextBestProducts nbp, CsvStyle style, CsvLabels labels, OutputStream file) {
    writeMatrix(nbp.matrix(), "previousProduct", style, labels, file);
  }

  /**
   * A next-best-product matrix, of products or of categories: {@code keyColumn} labels the first
   * column.
   */
  static void writeMatrix(
      List<ProductTransitions> matrix,
      String keyColumn,
      CsvStyle style,
      CsvLabels labels,
      OutputStream file) {
    Map<Integer, String> columns = new LinkedHashMap<>();
    for (ProductTransitions row : matrix) {
      for (ProductShare s : row.next()) {
        columns.putIfAbsent(s.product(), s.productName());
      }
    }
    List<String> header = new ArrayList<>(labels.header(keyColumn, "total"));
    header.addAll(columns.values());
    List<Integer> ids = new ArrayList<>(columns.keySet());
    try (CsvExport csv = CsvExport.open(file, style, header)) {
      for (ProductTransitions row : matrix) {
        Object[] cells = new Object[header.size()];
        cells[0] = row.key();
        cells[1] = Integer.toString(row.total());
        for (int i = 0; i < ids.size(); i++) {
          cells[2 + i] = "";
        }
        for (ProductShare s : row.next()) {
          cells[2 + ids.indexOf(s.product())] = csv.number(100 * s.share(), 1);
        }
        csv.row(cells);
      }
    }
  }
}
