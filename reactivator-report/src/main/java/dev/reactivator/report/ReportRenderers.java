package dev.reactivator.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** Finds installed {@link ReportRenderer}s by format name. */
public final class ReportRenderers {

  private ReportRenderers() {}

  /** Every installed renderer by format, sorted by format name. */
  public static Map<String, ReportRenderer> installed() {
    return installed(Thread.currentThread().getContextClassLoader());
  }

  /** Every renderer installed in {@code loader}, by format; the first one found wins a duplicate name. */
  public static Map<String, ReportRenderer> installed(ClassLoader loader) {
    Map<String, ReportRenderer> byFormat = new TreeMap<>();
    for (ReportRenderer r : ServiceLoader.load(ReportRenderer.class, loader)) {
      byFormat.putIfAbsent(r.format().toLowerCase(Locale.ROOT), r);
    }
    return byFormat;
  }

  /**
   * The renderer of {@code format} (case-insensitive).
   *
   * @throws UnknownReportFormatException when none is installed; it lists the installed formats
   */
  public static ReportRenderer forFormat(String format) {
    Objects.requireNonNull(format, "format");
    Map<String, ReportRenderer> all = installed();
    ReportRenderer r = all.get(format.trim().toLowerCase(Locale.ROOT));
    if (r == null) {
      throw new UnknownReportFormatException(format, List.copyOf(all.keySet()));
    }
    return r;
  }
}
