package dev.reactivator.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.report.csv.ReportSamples;
import dev.reactivator.report.internal.ExecutiveContent;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class ExecutiveHtmlTest {

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theSampleReportIsWellFormedXhtml() throws Exception {
    String html = ExecutiveHtml.of(ExecutiveContent.of(ReportSamples.input()));
    Document d = parse(html);
    assertEquals("http://www.w3.org/1999/xhtml", d.getDocumentElement().getNamespaceURI());
    assertTrue(d.getElementsByTagName("h3").getLength() >= 6 + 4, "six sections and the tables");
  }

  @Test
  void currencySignsStayBecauseTheEmbeddedFontHasThem() throws Exception {
    assertEquals("1 234 ₽ &amp; 5 ₸, 6 ₴.", ExecutiveHtml.esc("1 234 ₽ & 5 ₸, 6 ₴."));
  }

  @Test
  void everyChartIsAnObjectWithItsTitleAndPairsStandTwoInARow() throws Exception {
    ExecutiveContent c = ExecutiveContent.of(ReportSamples.input());
    Document d = parse(ExecutiveHtml.of(c));
    var objects = d.getElementsByTagName("object");
    assertEquals(c.charts().size(), objects.getLength());
    for (int i = 0; i < objects.getLength(); i++) {
      var e = (org.w3c.dom.Element) objects.item(i);
      assertEquals(ExecutiveHtml.CHART_TYPE, e.getAttribute("type"));
      assertEquals(c.charts().get(i).key(), e.getAttribute("data-key"));
    }
    // health | revenue at risk, nrr | funnel, then structure and cohorts alone
    var rows =
        ((org.w3c.dom.Element) d.getElementsByTagName("table").item(1)).getElementsByTagName("tr");
    assertEquals(4, rows.getLength());
  }

  @Property(tries = 300)
  void anyTextIsEscapedIntoWellFormedXmlAndReadsBack(@ForAll String text) throws Exception {
    Document d = parse("<p>" + ExecutiveHtml.esc(text) + "</p>");
    StringBuilder allowed = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        allowed.append(c).append(text.charAt(++i));
      } else if (!Character.isSurrogate(c)
          && c != '\uFFFE'
          && c != '\uFFFF'
          && (c >= 0x20 || c == '\t' || c == '\n' || c == '\r')) {
        allowed.append(c);
      }
    }
    // XML parsers normalise line ends to \n
    assertEquals(
        allowed.toString().replace("\r\n", "\n").replace('\r', '\n'),
        d.getDocumentElement().getTextContent());
  }
}
