/**
 * Reactivator's report charts: the executive report's key charts drawn with JFreeChart onto any
 * {@code Graphics2D} (vector in the PDF, a sharp PNG in the DOCX), and the DejaVu Sans font both
 * documents print with. Used by {@code dev.reactivator.report.pdf} and {@code
 * dev.reactivator.report.docx} only: its package is exported to them and to no one else.
 */
module dev.reactivator.report.charts {
  requires transitive dev.reactivator.report;
  requires transitive java.desktop;
  requires org.jfree.jfreechart;

  exports dev.reactivator.report.charts to
      dev.reactivator.report.pdf,
      dev.reactivator.report.docx;
}
