package dev.reactivator.report;

import java.util.List;
import java.util.Objects;

/**
 * No installed {@link ReportRenderer} renders the requested format; the message lists the installed
 * ones.
 */
public final class UnknownReportFormatException extends ReportException {
  private static final long serialVersionUID = 1L;

  /** The requested format. */
  private final String format;

  /** The formats of the installed renderers. */
  private final List<String> installed;

  /**
   * Creates the exception.
   *
   * @param format the requested format
   * @param installed the formats of the installed renderers
   */
  public UnknownReportFormatException(String format, List<String> installed) {
    super(
        "no report renderer for format '"
            + format
            + "'; installed formats: "
            + String.join(", ", installed)
            + ". Add the module that provides it to the class path, or choose one of the installed formats.");
    this.format = Objects.requireNonNull(format, "format");
    this.installed = List.copyOf(installed);
  }

  /**
   * The requested format.
   *
   * @return the requested format
   */
  public String format() {
    return format;
  }

  /**
   * The formats of the installed renderers, sorted.
   *
   * @return the formats of the installed renderers, sorted
   */
  public List<String> installed() {
    return installed;
  }
}
