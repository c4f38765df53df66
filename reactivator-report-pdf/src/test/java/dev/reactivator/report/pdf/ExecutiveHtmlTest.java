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
  void theRubleSignIsWrittenAsRubBecauseTheEmbeddedFontLacksIt() throws Exception {
    assertEquals("1 234 руб. &amp; 5 руб.", ExecutiveHtml.esc("1 234 ₽ & 5 ₽"));
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
      } else if (c == '\u20BD') {
        allowed.append("руб."); // the embedded font has no ruble sign
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
