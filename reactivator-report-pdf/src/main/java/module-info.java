/**
 * Reactivator's PDF renderer: the executive report laid out as HTML and printed with openhtmltopdf
 * and PDFBox. Found by {@link java.util.ServiceLoader} as the {@code pdf} format once this module
 * is on the class or module path.
 *
 * @provides dev.reactivator.report.ReportRenderer
 */
module dev.reactivator.report.pdf {
  requires transitive dev.reactivator.report;
  requires dev.reactivator.report.charts;
  requires org.apache.pdfbox;
  requires openhtmltopdf.core;
  requires openhtmltopdf.pdfbox;
  requires org.slf4j;
  requires java.logging; // openhtmltopdf's XRLogger speaks java.util.logging levels
  // openhtmltopdf and PDFBox draw with java.desktop, parse with java.xml and log through
  // commons-logging; as automatic modules they cannot say so, so their user does
  requires java.desktop;
  requires java.xml;
  requires org.apache.commons.logging;

  exports dev.reactivator.report.pdf;

  provides dev.reactivator.report.ReportRenderer with
      dev.reactivator.report.pdf.PdfRenderer;
}
