/**
 * The executive report's charts ({@link dev.reactivator.report.charts.ChartPainter}) and fonts
 * ({@link dev.reactivator.report.charts.ReportFonts}). Internal to the PDF and DOCX renderers.
 */
package dev.reactivator.report.charts;
