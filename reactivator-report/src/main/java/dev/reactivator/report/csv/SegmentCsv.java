package dev.reactivator.report.csv;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.base.CustomerProfile;
import dev.reactivator.core.score.ScoredBase;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.report.CsvStyle;
import dev.reactivator.report.ReportInput;
import dev.reactivator.report.Segment;
import dev.reactivator.report.Segments;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes segments ("Скачать сегмент") as customer lists: one CSV per non-empty {@link Segment} at
 * {@link Segment#fileName()} under the report directory; an empty segment writes no file. Segment
 * and risk level are written as labels in the report's language; phones as described for {@link
 * CsvRenderer}.
 */
public final class SegmentCsv {

  private SegmentCsv() {}

  /**
   * The column headers in {@code locale}'s language (Russian unless English), from the labels
   * bundle.
   *
   * @param locale the language of the headers
   * @return the column headers in {@code locale}'s language (Russian unless English), from the
   *     labels bundle
   */
  public static List<String> header(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    CsvLabels labels = CsvLabels.of(locale);
    List<String> out = new ArrayList<>();
    for (String k :
        List.of(
            "id",
            "crmId",
            "name",
            "phone",
            "email",
            "rfmSegment",
            "rfmCode",
            "ltv",
            "purchases",
            "lastPurchase",
            "churnProbability",
            "riskLevel",
            "returnProbability",
            "clv")) {
      out.add(labels.get("seg." + k));
    }
    return List.copyOf(out);
  }

  /**
   * Writes every non-empty segment of {@code input}'s analysis into {@code directory}.
   *
   * @param input the analysis and the texts to render
   * @param directory the directory to write one file per segment into
   * @return the files written
   */
  public static List<Path> writeAll(ReportInput input, Path directory) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(directory, "directory");
    List<Path> files = new ArrayList<>();
    for (Segment s : Segments.of(input.analysis())) {
      if (!s.isEmpty()) {
        Path file = directory.resolve(s.fileName());
        write(input, s, file);
        files.add(file);
      }
    }
    return files;
  }

  /**
   * Writes one segment's customers to {@code file}.
   *
   * @param input the analysis and the texts to render
   * @param segment the segment whose customers are written
   * @param file the file to write, replaced when it exists
   */
  public static void write(ReportInput input, Segment segment, Path file) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(segment, "segment");
    Objects.requireNonNull(file, "file");
    Analysis a = input.analysis();
    ScoredBase scored = a.scored();
    CustomerBase base = a.base();
    Locale locale = input.options().locale();
    CsvLabels labels = CsvLabels.of(locale);
    CsvStyle style = input.options().csvStyle();
    try (CsvExport csv = CsvExport.open(file, style, header(locale))) {
      for (int c : segment.customers()) {
        CustomerProfile p = base.customer(c);
        csv.row(
            p.pseudonym(),
            CsvCells.crmIds(p.customerIds()),
            p.name().orElse(""),
            CsvCells.phones(p.phones(), style),
            String.join(", ", p.emails()),
            labels.get("rfm." + a.rfm().seedSegment(c).key()),
            a.rfm().code(c),
            csv.number(base.totalSpent(c), 2),
            Integer.toString(base.purchaseCount(c)),
            p.lastPurchase().toString(),
            csv.number(100 * scored.churnProbability(c), 1),
            labels.get("risk." + scored.riskLevel(c).name()),
            csv.number(100 * scored.returnProbability(c), 1),
            csv.number(scored.clv(c), 2));
      }
    }
  }
}
