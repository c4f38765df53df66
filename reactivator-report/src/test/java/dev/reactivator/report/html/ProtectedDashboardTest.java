package dev.reactivator.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.base.CustomerProfile;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.report.ReportException;
import dev.reactivator.report.html.internal.PageLock;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The protected dashboard on the Java side: the HTML file holds no name, phone, e-mail or CRM id of
 * any customer in plain text, and the sealed block opens with the passphrase (and only with it) to
 * exactly the contacts of the customers the page embeds.
 */
class ProtectedDashboardTest {

  static final String PASSPHRASE = "Кот в сапогах 2026!";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern BLOCK =
      Pattern.compile("<script type=\"application/json\" id=\"(rx-[a-z]+)\">(.*?)</script>");

  private static Analysis sample;

  @BeforeAll
  static void analyse() {
    sample = HtmlFixtures.sample();
  }

  static String render(Analysis a, HtmlRenderer renderer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.render(HtmlFixtures.input(a), out);
    return out.toString(StandardCharsets.UTF_8);
  }

  static JsonNode block(String html, String id) throws Exception {
    Matcher m = BLOCK.matcher(html);
    while (m.find()) {
      if (m.group(1).equals(id)) {
        return JSON.readTree(m.group(2));
      }
    }
    throw new AssertionError("no block " + id);
  }

  /** Every name, phone (as stored and in the readable +7 form), e-mail and CRM id of the base. */
  static List<String> contacts(CustomerBase base) {
    List<String> out = new ArrayList<>();
    for (int c = 0; c < base.size(); c++) {
      CustomerProfile p = base.customer(c);
      p.name().ifPresent(out::add);
      for (String phone : p.phones()) {
        out.add(phone);
        if (phone.length() == 11) {
          out.add(
              phone.substring(1, 4) + " " + phone.substring(4, 7) + "-" + phone.substring(7, 9));
        }
      }
      out.addAll(p.emails());
      out.addAll(p.customerIds());
    }
    return out;
  }

  static DashboardProtection protection() {
    return DashboardProtection.withPassphrase(PASSPHRASE.toCharArray());
  }

  @Test
  void theProtectedFileHoldsNoContactInPlainText() throws Exception {
    String plain = render(sample, new HtmlRenderer());
    String html = render(sample, new HtmlRenderer(protection()));
    List<String> contacts = contacts(sample.base());
    assertTrue(
        contacts.size() > 800, "names, phones and e-mails of the sample: " + contacts.size());
    long inPlainPage = contacts.stream().filter(plain::contains).count();
    assertTrue(inPlainPage > 100, "the unprotected page shows contacts: " + inPlainPage);
    List<String> leaked = contacts.stream().filter(html::contains).toList();
    assertEquals(List.of(), leaked, "contacts in the protected page");
    JsonNode data = block(html, "rx-data");
    for (JsonNode c : data.path("customers")) {
      assertFalse(c.has("name"), c.toString());
      assertFalse(c.has("messages"), "messages carry the name: " + c);
      assertEquals(0, c.path("phones").size() + c.path("emails").size());
      assertTrue(c.path("pseudonym").asText().startsWith("ID-"));
    }
    for (JsonNode p : data.path("ingestion").path("rejected")) {
      assertFalse(p.has("value") || p.has("message"), "a rejected row quotes its cells: " + p);
      assertTrue(p.has("code") && p.has("line"), p.toString());
    }
  }

  @Test
  void theSealedContactsOpenWithThePassphraseOnly() throws Exception {
    String html = render(sample, new HtmlRenderer(protection()));
    JsonNode lock = block(html, "rx-run").path("lock");
    assertTrue(lock.path("iterations").asInt() >= 200_000, lock.toString());
    Base64.Decoder b64 = Base64.getDecoder();
    byte[] salt = b64.decode(lock.path("salt").asText());
    byte[] iv = b64.decode(lock.path("iv").asText());
    assertEquals(16, salt.length);
    assertEquals(12, iv.length);
    PageLock.Sealed sealed =
        new PageLock.Sealed(
            salt, iv, lock.path("iterations").asInt(), b64.decode(lock.path("data").asText()));
    assertThrows(
        GeneralSecurityException.class,
        () -> PageLock.open("кот в сапогах 2026!".toCharArray(), sealed),
        "a wrong passphrase does not open it");
    JsonNode opened = JSON.readTree(PageLock.open(PASSPHRASE.toCharArray(), sealed));
    JsonNode data = block(html, "rx-data");
    int checked = 0;
    for (JsonNode c : data.path("customers")) {
      int index = c.path("index").asInt();
      CustomerProfile p = sample.base().customer(index);
      JsonNode o = opened.path("customers").path(Integer.toString(index));
      assertEquals(p.name().orElse(null), o.path("name").textValue(), p.pseudonym());
      assertEquals(p.phones(), strings(o.path("phones")));
      assertEquals(p.emails(), strings(o.path("emails")));
      assertEquals(p.customerIds(), strings(o.path("customerIds")));
      checked++;
    }
    assertEquals(checked, opened.path("customers").size());
    assertTrue(checked > 300, "the embedded customers: " + checked);
    assertEquals(
        sample.base().report().rejected().size(), opened.path("rejected").size(), "rejected rows");
    assertEquals(
        sample.base().report().rejected().get(0).message(),
        opened.path("rejected").get(0).path("message").asText());
  }

  @Test
  void twoRendersUseFreshSaltAndIv() throws Exception {
    JsonNode a = block(render(sample, new HtmlRenderer(protection())), "rx-run").path("lock");
    JsonNode b = block(render(sample, new HtmlRenderer(protection())), "rx-run").path("lock");
    assertFalse(a.path("salt").equals(b.path("salt")));
    assertFalse(a.path("iv").equals(b.path("iv")));
  }

  @Test
  void aShortPassphraseIsRefusedAndNeverShown() {
    ReportException e =
        assertThrows(
            ReportException.class,
            () -> DashboardProtection.withPassphrase("кот2026".toCharArray()));
    assertTrue(e.getMessage().contains("8"), e.getMessage());
    assertFalse(e.getMessage().contains("кот2026"));
    assertFalse(protection().toString().contains(PASSPHRASE));
    assertTrue(new HtmlRenderer(protection()).isProtected());
    assertFalse(new HtmlRenderer().isProtected());
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
