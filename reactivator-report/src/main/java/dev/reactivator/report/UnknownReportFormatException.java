package dev.reactivator.report;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * No installed {@link ReportRenderer} renders the requested format; the message lists the installed
 * ones, and for a format of Reactivator's own that lives in an artifact of its own ({@code pdf},
 * {@code docx}) names the artifact to add. Immutable.
 *
 * <p>Its state is fixed when it is made, so it is safe to hand between threads.
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
    super(message(format, installed));
    this.format = Objects.requireNonNull(format, "format");
    this.installed = List.copyOf(installed);
  }

  /**
   * The artifact that provides a format of Reactivator's own not bundled with this one.
   *
   * @param format a format name
   * @return the Maven coordinates {@code groupId:artifactId}, or empty for any other format
   */
  public static Optional<String> artifactOf(String format) {
    return switch (format.trim().toLowerCase(Locale.ROOT)) {
      case "pdf" -> Optional.of("dev.reactivator:reactivator-report-pdf");
      case "docx" -> Optional.of("dev.reactivator:reactivator-report-docx");
      default -> Optional.empty();
    };
  }

  private static String message(String format, List<String> installed) {
    String list = "; installed formats: " + String.join(", ", installed);
    return artifactOf(Objects.requireNonNull(format, "format"))
        .map(
            a ->
                "no report renderer for format '"
                    + format
                    + "': add the artifact "
                    + a
                    + " (same version as reactivator-report) to the class or module path"
                    + list
                    + ".")
        .orElseGet(
            () ->
                "no report renderer for format '"
                    + format
                    + "'"
                    + list
                    + ". Add the module that provides it to the class path, or choose one of the installed formats.");
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
