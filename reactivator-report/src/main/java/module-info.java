/**
 * Reactivator report: the renderer SPI and the JSON, CSV and HTML renderers of an analysis and its
 * executive summary; the PDF and DOCX renderers are the modules {@code dev.reactivator.report.pdf}
 * and {@code dev.reactivator.report.docx} (artifacts {@code reactivator-report-pdf}, {@code
 * reactivator-report-docx}), their charts {@code dev.reactivator.report.charts}. Packages named
 * {@code internal} are not exported, but to those three modules.
 *
 * @uses dev.reactivator.report.ReportRenderer
 * @provides dev.reactivator.report.ReportRenderer
 */
module dev.reactivator.report {
  requires transitive dev.reactivator.core;
  requires transitive dev.reactivator.narrative;
  requires transitive com.fasterxml.jackson.core; // AnalysisJson.write takes a JsonGenerator
  requires org.apache.commons.csv;
  requires org.slf4j;

  exports dev.reactivator.report;
  exports dev.reactivator.report.csv;
  exports dev.reactivator.report.html;
  exports dev.reactivator.report.json;
  exports dev.reactivator.report.internal to
      dev.reactivator.report.charts,
      dev.reactivator.report.pdf,
      dev.reactivator.report.docx;

  uses dev.reactivator.report.ReportRenderer;

  provides dev.reactivator.report.ReportRenderer with
      dev.reactivator.report.csv.CsvRenderer,
      dev.reactivator.report.html.HtmlRenderer,
      dev.reactivator.report.json.JsonRenderer;
}
