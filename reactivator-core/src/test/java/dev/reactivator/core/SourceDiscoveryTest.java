package dev.reactivator.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.spi.SourceOptions;
import dev.reactivator.core.spi.TransactionSource;
import dev.reactivator.core.spi.TransactionSourceProvider;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import org.junit.jupiter.api.Test;

/**
 * The source-provider look-up: explicit choice, property / environment, detection, broken and
 * duplicate providers.
 */
class SourceDiscoveryTest {

  /** A provider that accepts files with its suffix. */
  private record Fake(String name, String suffix, int priority)
      implements TransactionSourceProvider {
    @Override
    public List<String> formats() {
      return List.of(suffix);
    }

    @Override
    public boolean accepts(Path file) {
      return file.toString().endsWith(suffix);
    }

    @Override
    public TransactionSource open(Path file, SourceOptions options) {
      throw new UnsupportedOperationException("not read in this test");
    }
  }

  /** Another class, so that a duplicate name can be told apart. */
  private record Other(String name) implements TransactionSourceProvider {
    @Override
    public List<String> formats() {
      return List.of();
    }

    @Override
    public boolean accepts(Path file) {
      return true;
    }

    @Override
    public TransactionSource open(Path file, SourceOptions options) {
      throw new UnsupportedOperationException("not read in this test");
    }
  }

  private static final Fake CSV = new Fake("csv", ".csv", 0);
  private static final Fake TSV = new Fake("tsv", ".tsv", 0);
  private static final Fake ANY = new Fake("any", "", -1);
  private static final List<TransactionSourceProvider> PROVIDERS = List.of(ANY, CSV, TSV);

  @Test
  void anExplicitChoiceWinsOverDetection() {
    List<String> warnings = new ArrayList<>();
    Optional<String> requested =
        SourceDiscovery.requested(Optional.of("tsv"), Map.of(Reactivator.SOURCE_ENV, "csv"));
    assertEquals(
        Optional.of(TSV),
        SourceDiscovery.choose(PROVIDERS, Path.of("x.csv"), requested, warnings::add));
    assertEquals(List.of(), warnings);
  }

  @Test
  void thePropertyWinsOverTheEnvironmentWhichWinsOverDetection() {
    assertEquals(
        Optional.of("tsv"),
        SourceDiscovery.requested(Optional.empty(), Map.of(Reactivator.SOURCE_ENV, " tsv ")));
    String before = System.getProperty(Reactivator.SOURCE_PROPERTY);
    System.setProperty(Reactivator.SOURCE_PROPERTY, "any");
    try {
      assertEquals(
          Optional.of("any"),
          SourceDiscovery.requested(Optional.empty(), Map.of(Reactivator.SOURCE_ENV, "tsv")));
    } finally {
      if (before == null) {
        System.clearProperty(Reactivator.SOURCE_PROPERTY);
      } else {
        System.setProperty(Reactivator.SOURCE_PROPERTY, before);
      }
    }
  }

  @Test
  void noChoiceDetectsByPriorityAndAnUnknownChoiceWarnsOnceThenDetects() {
    List<String> warnings = new ArrayList<>();
    assertEquals(
        Optional.of(CSV),
        SourceDiscovery.choose(PROVIDERS, Path.of("x.csv"), Optional.empty(), warnings::add));
    assertEquals(List.of(), warnings);
    assertEquals(
        Optional.of(ANY),
        SourceDiscovery.choose(PROVIDERS, Path.of("x.xlsx"), Optional.of("xlsx"), warnings::add));
    assertEquals(1, warnings.size());
    assertTrue(warnings.get(0).contains("'xlsx' is not installed"), warnings.get(0));
  }

  @Test
  void aBrokenProviderIsSkippedAndReported() {
    Iterator<TransactionSourceProvider> rest =
        List.<TransactionSourceProvider>of(TSV, CSV).iterator();
    Iterator<TransactionSourceProvider> services =
        new Iterator<>() {
          private boolean failed;

          @Override
          public boolean hasNext() {
            return !failed || rest.hasNext();
          }

          @Override
          public TransactionSourceProvider next() {
            if (!failed) {
              failed = true;
              throw new ServiceConfigurationError("dev.example.BrokenSource: Provider not found");
            }
            return rest.next();
          }
        };
    List<String> warnings = new ArrayList<>();
    assertEquals(List.of(CSV, TSV), SourceDiscovery.load(services, warnings::add));
    assertEquals(1, warnings.size());
    assertTrue(warnings.get(0).contains("dev.example.BrokenSource"), warnings.get(0));
  }

  @Test
  void duplicateNamesKeepTheFirstAndNameBoth() {
    List<String> warnings = new ArrayList<>();
    assertEquals(
        List.of(CSV),
        SourceDiscovery.load(
            List.<TransactionSourceProvider>of(CSV, new Other("csv")).iterator(), warnings::add));
    assertEquals(1, warnings.size());
    assertTrue(
        warnings.get(0).contains("using " + Fake.class.getName())
            && warnings.get(0).contains(Other.class.getName()),
        warnings.get(0));
  }
}
