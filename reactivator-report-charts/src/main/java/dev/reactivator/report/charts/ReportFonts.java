package dev.reactivator.report.charts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans, bundled ({@code DejaVuSans.ttf}, {@code DejaVuSans-Bold.ttf}, licence in {@code
 * LICENSE-DejaVu.txt} beside them): it has Cyrillic and the currency signs the reports print (₽, ₸,
 * ₴, ₹, ₺), so the PDF embeds it for its text and both documents draw their charts with it, the
 * same on every machine. Thread-safe.
 *
 * <p>The AWT font the charts draw with is read once per JVM, on first use; AWT reads a font that is
 * not a file by copying it to {@code java.io.tmpdir} ({@code +~JF….tmp}, about 740 KB), where the
 * one copy stays until the JVM exits. Renders add nothing further there.
 */
public final class ReportFonts {
  /** The font family name, as the PDF's style sheet and the charts' AWT fonts name it. */
  public static final String FAMILY = "DejaVu Sans";

  private static final Font REGULAR = load("DejaVuSans.ttf");

  private ReportFonts() {}

  /**
   * The regular face's TrueType file.
   *
   * @return a new stream over the bundled {@code DejaVuSans.ttf}; the caller closes it
   */
  public static InputStream regular() {
    return open("DejaVuSans.ttf");
  }

  /**
   * The bold face's TrueType file.
   *
   * @return a new stream over the bundled {@code DejaVuSans-Bold.ttf}; the caller closes it
   */
  public static InputStream bold() {
    return open("DejaVuSans-Bold.ttf");
  }

  /**
   * The regular face as an AWT font of {@code points} size, for drawing.
   *
   * @param points the size in points
   * @return DejaVu Sans at that size
   */
  public static Font awt(float points) {
    return REGULAR.deriveFont(Font.PLAIN, points);
  }

  private static InputStream open(String name) {
    InputStream in = ReportFonts.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(name + " is missing from reactivator-report-charts");
    }
    return in;
  }

  private static Font load(String name) {
    try (InputStream in = open(name)) {
      return Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the bundled font " + name, e);
    } catch (FontFormatException e) {
      throw new IllegalStateException("The bundled font " + name + " is not TrueType", e);
    }
  }
}
