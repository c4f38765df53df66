/**
 * Reactivator report: the renderer SPI and the JSON, CSV, HTML, PDF and DOCX renderers of an
 * analysis and its executive summary. Packages named {@code internal} are not exported.
 *
 * @uses dev.reactivator.report.ReportRenderer
 * @provides dev.reactivator.report.ReportRenderer
 */
module dev.reactivator.report {
  requires transitive dev.reactivator.core;
  requires transitive dev.reactivator.narrative;
  requires com.fasterxml.jackson.annotation;
  requires transitive com.fasterxml.jackson.databind; // AnalysisJson.of returns Jackson trees
  requires org.apache.commons.csv;
  requires org.apache.pdfbox;
  requires openhtmltopdf.core;
  requires openhtmltopdf.pdfbox;
  requires org.apache.poi.ooxml;
  requires org.apache.poi.ooxml.schemas;
  requires org.apache.poi.poi;
  requires org.apache.xmlbeans;
  requires org.slf4j;
  // openhtmltopdf and PDFBox draw with java.desktop, parse with java.xml and log through
  // commons-logging; as automatic modules they cannot say so, so their user does
  requires java.desktop;
  requires java.xml;
  requires org.apache.commons.logging;

  exports dev.reactivator.report;
  exports dev.reactivator.report.csv;
  exports dev.reactivator.report.docx;
  exports dev.reactivator.report.html;
  exports dev.reactivator.report.json;
  exports dev.reactivator.report.pdf;

  uses dev.reactivator.report.ReportRenderer;

  provides dev.reactivator.report.ReportRenderer with
      dev.reactivator.report.csv.CsvRenderer,
      dev.reactivator.report.docx.DocxRenderer,
      dev.reactivator.report.html.HtmlRenderer,
      dev.reactivator.report.json.JsonRenderer,
      dev.reactivator.report.pdf.PdfRenderer;
}
