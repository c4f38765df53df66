package dev.reactivator.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.segment.Glossary;
import dev.reactivator.core.segment.rfm.SeedRfmSegment;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shared customer groups have one label per language: the glossary bundle holds one for every
 * {@link Glossary} key, no two groups share a label, no other report bundle repeats one, and the
 * narrative's RFM segment names (a module below the report, with its own bundle) are the same
 * words.
 */
class GlossaryLabelsTest {
  private static final List<String> OTHER_BUNDLES =
      List.of(
          "dev.reactivator.report.html.messages",
          "dev.reactivator.report.csv.labels",
          "dev.reactivator.report.internal.executive",
          "dev.reactivator.report.internal.sales");

  private static Locale bundleLocale(String lang) {
    return lang.equals("en") ? Locale.ENGLISH : Locale.ROOT;
  }

  @ParameterizedTest
  @ValueSource(strings = {"ru", "en"})
  void everyGroupHasItsOwnLabel(String lang) {
    GlossaryLabels labels = GlossaryLabels.of(Locale.forLanguageTag(lang));
    Map<String, Glossary> seen = new HashMap<>();
    for (Glossary g : Glossary.values()) {
      String label = labels.label(g);
      assertFalse(label.isBlank(), g.key());
      Glossary before = seen.put(label.toLowerCase(Locale.ROOT), g);
      assertEquals(null, before, "«" + label + "» names both " + before + " and " + g);
    }
    assertEquals("Critical risk".equals(labels.label(Glossary.RISK_CRITICAL)), lang.equals("en"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ru", "en"})
  void noOtherReportBundleRepeatsAGroupLabel(String lang) {
    GlossaryLabels labels = GlossaryLabels.of(Locale.forLanguageTag(lang));
    for (String name : OTHER_BUNDLES) {
      ResourceBundle b = ResourceBundle.getBundle(name, bundleLocale(lang));
      for (String key : b.keySet()) {
        String value = b.getString(key);
        for (Glossary g : Glossary.values()) {
          assertFalse(
              value.equalsIgnoreCase(labels.label(g)),
              name + " " + key + " repeats the glossary label of " + g.key() + ": " + value);
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ru", "en"})
  void theNarrativeNamesTheRfmSegmentsWithTheGlossaryWords(String lang) {
    GlossaryLabels labels = GlossaryLabels.of(Locale.forLanguageTag(lang));
    ResourceBundle narrative =
        ResourceBundle.getBundle("dev.reactivator.narrative.narrative", bundleLocale(lang));
    for (SeedRfmSegment s : SeedRfmSegment.values()) {
      assertEquals(labels.label(s), narrative.getString("segment." + s.key()), s.key());
    }
    assertTrue(labels.label("no/such-group").equals("no/such-group"));
  }
}
