package dev.reactivator.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Segment file names are readable, short, safe and never shared by two groups. */
class SegmentFileNameTest {
  private static String name(String widget, String group) {
    String path = new Segment(widget, group, List.of()).fileName();
    assertTrue(path.startsWith("segments/") && path.endsWith(".csv"), path);
    return path.substring("segments/".length());
  }

  private static void assertSafe(String file) {
    assertTrue(file.getBytes(StandardCharsets.UTF_8).length <= Segment.MAX_NAME_BYTES, file);
    assertTrue(file.matches("[a-z0-9-]+\\.csv"), file);
  }

  @Test
  void stableKeysKeepTheirNames() {
    assertEquals("rfm-champions.csv", name("rfm", "champions"));
    assertEquals("t2np-31-90.csv", name("t2np", "31-90"));
  }

  @Test
  void cyrillicIsTransliteratedNotHashedAway() {
    String f = name("product-cohort", "Лицензия Битрикс24");
    assertTrue(f.startsWith("product-cohort-litsenziia-bitriks24-"), f);
    assertTrue(
        name("product-cohort", "Щётка жёсткая").startsWith("product-cohort-shchetka-zhestkaia-"));
    assertSafe(f);
  }

  @Test
  void namesThatDifferOnlyInCaseGetTheirOwnFiles() {
    Set<String> files = new HashSet<>();
    for (String g : List.of("DELL", "Dell", "dell")) {
      files.add(name("product-cohort", g).toLowerCase(Locale.ROOT));
    }
    assertEquals(3, files.size(), files.toString());
  }

  @Test
  void hostileNamesBecomeShortSafeNames() {
    List<String> hostile =
        List.of(
            "x".repeat(240),
            "Кабель ".repeat(60),
            "../../etc/passwd",
            "CON",
            "nul",
            "a\u001B]0;title\u0007b\u001B[2J",
            "",
            "   ",
            "\u0000\u0001",
            "名前",
            "product/with\\slashes:and*stars?");
    Set<String> files = new HashSet<>();
    for (String g : hostile) {
      String f = name("product-cohort", g);
      assertSafe(f);
      files.add(f);
    }
    assertEquals(hostile.size(), files.size(), "every hostile name has its own file: " + files);
  }

  @Property(tries = 300)
  void anyGroupKeyGivesASafeStableName(@ForAll String group) {
    String f = name("product-cohort", group);
    assertSafe(f);
    assertEquals(f, name("product-cohort", group));
  }
}
