package dev.reactivator.report.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.report.csv.ReportSamples;
import dev.reactivator.report.internal.ExecutiveChart;
import dev.reactivator.report.internal.ExecutiveContent;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ChartPainterTest {

  private static BufferedImage image(byte[] png) throws Exception {
    return ImageIO.read(new ByteArrayInputStream(png));
  }

  private static int pixels(BufferedImage image, int rgb) {
    int n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        n += (image.getRGB(x, y) & 0xFFFFFF) == rgb ? 1 : 0;
      }
    }
    return n;
  }

  @Test
  void aPngIsDrawnAtTwicePerPointWithTheBarsColours() throws Exception {
    ExecutiveChart.Bars bars =
        new ExecutiveChart.Bars(
            "k",
            "t",
            "",
            false,
            List.of(
                new ExecutiveChart.Bar("Низкий", 10, "10 ₽", 0x16A34A),
                new ExecutiveChart.Bar("Критический", 40, "40 ₽", 0xDC2626)),
            OptionalDouble.empty(),
            OptionalDouble.empty(),
            "");
    BufferedImage image = image(ChartPainter.png(bars, 200, 120, 2));
    assertEquals(400, image.getWidth());
    assertEquals(240, image.getHeight());
    int green = pixels(image, 0x16A34A);
    int red = pixels(image, 0xDC2626);
    assertTrue(green > 0 && red > 0, green + " green, " + red + " red pixels");
    // the same width, four times the height: about four times the area
    double ratio = (double) red / green;
    assertTrue(ratio > 3 && ratio < 5, "red / green area " + ratio);
  }

  @Test
  void waterfallStepsStartWhereThePreviousBarEnded() {
    ExecutiveChart.Waterfall w =
        new ExecutiveChart.Waterfall(
            "nrr",
            "t",
            "",
            List.of(
                new ExecutiveChart.Step("base", 100, true, "100", 0x2563EB),
                new ExecutiveChart.Step("trend", 30, false, "+30", 0x16A34A),
                new ExecutiveChart.Step("churn", -50, false, "−50", 0xDC2626),
                new ExecutiveChart.Step("projected", 80, true, "80", 0x166534)));
    double[][] bars = ChartPainter.intervals(w);
    assertEquals(List.of(0.0, 100.0), List.of(bars[0][0], bars[0][1]));
    assertEquals(List.of(100.0, 130.0), List.of(bars[1][0], bars[1][1]));
    assertEquals(List.of(80.0, 130.0), List.of(bars[2][0], bars[2][1]));
    assertEquals(List.of(0.0, 80.0), List.of(bars[3][0], bars[3][1]));
  }

  @Test
  void everyChartOfTheSampleDraws() throws Exception {
    ExecutiveContent c = ExecutiveContent.of(ReportSamples.input());
    assertEquals(6, c.charts().size());
    Path preview = Files.createDirectories(Path.of("target/chart-preview"));
    for (ExecutiveChart chart : c.charts()) {
      byte[] png = ChartPainter.png(chart, 480, 200, 2);
      Files.write(preview.resolve(chart.key() + ".png"), png);
      BufferedImage image = image(png);
      assertEquals(960, image.getWidth());
      assertTrue(pixels(image, 0xFFFFFF) < image.getWidth() * image.getHeight(), chart.key());
    }
  }

  @Test
  void sizesMustBePositive() {
    ExecutiveContent c = ExecutiveContent.of(ReportSamples.input());
    assertThrows(
        IllegalArgumentException.class, () -> ChartPainter.png(c.charts().get(0), 0, 10, 2));
  }

  @Test
  void theBundledFontIsDejaVuSansWithTheRubleSign() throws Exception {
    Font f = ReportFonts.awt(10);
    assertEquals(ReportFonts.FAMILY, f.getFamily(java.util.Locale.ROOT));
    assertTrue(f.canDisplay('₽') && f.canDisplay('Ж') && f.canDisplay('₸'));
    try (InputStream bold = ReportFonts.bold()) {
      Font b = Font.createFont(Font.TRUETYPE_FONT, bold);
      assertEquals("DejaVu Sans Bold", b.getFontName(java.util.Locale.ROOT));
    }
    try (InputStream licence = ReportFonts.class.getResourceAsStream("LICENSE-DejaVu.txt")) {
      assertTrue(new String(licence.readAllBytes(), "UTF-8").contains("Bitstream"));
    }
  }
}
