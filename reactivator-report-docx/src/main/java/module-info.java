/**
 * Reactivator's DOCX renderer: the executive report as a Word document written with Apache POI.
 * Found by {@link java.util.ServiceLoader} as the {@code docx} format once this module is on the
 * class or module path.
 *
 * @provides dev.reactivator.report.ReportRenderer
 */
module dev.reactivator.report.docx {
  requires transitive dev.reactivator.report;
  requires dev.reactivator.report.charts;
  requires org.apache.poi.ooxml;
  requires org.apache.poi.ooxml.schemas;
  requires org.apache.poi.poi;
  requires org.apache.xmlbeans;
  requires org.slf4j;

  exports dev.reactivator.report.docx;

  provides dev.reactivator.report.ReportRenderer with
      dev.reactivator.report.docx.DocxRenderer;
}
