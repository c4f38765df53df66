package dev.reactivator.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ProviderDiscoveryTest {

  /**
   * Runs {@code body} with a context class loader that sees the test service file under {@code
   * folder}.
   */
  private static <T> T withServices(String folder, Supplier<T> body) {
    URL root = ProviderDiscoveryTest.class.getClassLoader().getResource(folder + "/");
    Thread t = Thread.currentThread();
    ClassLoader previous = t.getContextClassLoader();
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {root}, ProviderDiscoveryTest.class.getClassLoader())) {
      t.setContextClassLoader(loader);
      return body.get();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } finally {
      t.setContextClassLoader(previous);
    }
  }

  private static List<String> names(List<LlmProviderFactory> factories) {
    return factories.stream().map(LlmProviderFactory::name).collect(Collectors.toList());
  }

  @Test
  void installedListsLoadableFactoriesByNameAndSkipsBrokenEntries() {
    List<LlmProviderFactory> installed = withServices("discovery", LlmProviders::installed);
    assertEquals(List.of("alpha", "beta", "gamma"), names(installed));
  }

  @Test
  void noInstalledProviderSelectsNothing() {
    LlmSelection s = withServices("empty-discovery", () -> LlmProviders.select(Map.of()));
    assertEquals(Optional.empty(), s.provider());
    assertEquals("no LLM provider installed", s.explanation());
    assertEquals(List.of(), s.installed());
  }

  @Test
  void unknownNameIsAnErrorListingTheInstalledProviders() {
    LlmUnavailableException e =
        assertThrows(
            LlmUnavailableException.class,
            () -> withServices("discovery", () -> LlmProviders.find("delta", Map.of())));
    assertEquals(
        "No LLM provider named 'delta' is installed; installed: [alpha, beta, gamma]",
        e.getMessage());
  }

  @Test
  void findIgnoresCaseAndReturnsTheProviderEvenIfUnconfigured() {
    LlmProvider p = withServices("discovery", () -> LlmProviders.find("ALPHA", Map.of()));
    assertEquals("alpha", p.name());
    assertEquals(Optional.of("ALPHA_KEY is not set"), p.availability().reason());
  }

  @Test
  void nothingConfiguredSelectsNothingAndSaysWhy() {
    LlmSelection s = withServices("discovery", () -> LlmProviders.select(Map.of()));
    assertEquals(Optional.empty(), s.provider());
    assertEquals(
        "no LLM provider is available (alpha: ALPHA_KEY is not set; beta: BETA_KEY is not set; "
            + "gamma: GAMMA_KEY is not set)",
        s.explanation());
  }

  @Test
  void theOnlyAvailableProviderIsChosen() {
    LlmSelection s = withServices("discovery", () -> LlmProviders.select(Map.of("ALPHA_KEY", "k")));
    assertEquals("alpha", s.provider().orElseThrow().name());
    assertEquals("LLM provider 'alpha' (the only available one)", s.explanation());
  }

  @Test
  void severalAvailableChooseTheHighestPriorityAndNameThemAll() {
    LlmSelection s =
        withServices(
            "discovery",
            () -> LlmProviders.select(Map.of("ALPHA_KEY", "k", "BETA_KEY", "k", "GAMMA_KEY", "k")));
    assertEquals("beta", s.provider().orElseThrow().name());
    assertEquals(
        "LLM provider 'beta' (first of the available [alpha, beta, gamma])", s.explanation());
  }

  @Test
  void equalPrioritiesFallBackToAlphabeticalOrder() {
    List<LlmProviderFactory> factories =
        ProviderDiscovery.load(
            List.<LlmProviderFactory>of(new TestFactories.Gamma(), new TestFactories.Alpha())
                .iterator());
    LlmSelection s =
        ProviderDiscovery.select(
            factories, Optional.empty(), Map.of("ALPHA_KEY", "k", "GAMMA_KEY", "k"));
    assertEquals("alpha", s.provider().orElseThrow().name());
  }

  @Test
  void anExplicitNameWinsOverPriority() {
    LlmSelection s =
        withServices(
            "discovery",
            () ->
                LlmProviders.select(
                    Map.of("ALPHA_KEY", "k", "BETA_KEY", "k", LlmProviders.ENV, "alpha")));
    assertEquals("alpha", s.provider().orElseThrow().name());
    LlmSelection viaArgument =
        withServices(
            "discovery",
            () ->
                LlmProviders.select(
                    Optional.of("gamma"),
                    Map.of("GAMMA_KEY", "k", "BETA_KEY", "k", LlmProviders.ENV, "beta")));
    assertEquals("gamma", viaArgument.provider().orElseThrow().name());
  }

  @Test
  void theSystemPropertyWinsOverTheEnvironment() {
    String previous = System.getProperty(LlmProviders.PROPERTY);
    System.setProperty(LlmProviders.PROPERTY, "alpha");
    try {
      LlmSelection s =
          withServices(
              "discovery",
              () ->
                  LlmProviders.select(
                      Map.of("ALPHA_KEY", "k", "BETA_KEY", "k", LlmProviders.ENV, "beta")));
      assertEquals("alpha", s.provider().orElseThrow().name());
    } finally {
      if (previous == null) {
        System.clearProperty(LlmProviders.PROPERTY);
      } else {
        System.setProperty(LlmProviders.PROPERTY, previous);
      }
    }
  }

  @Test
  void anExplicitlyNamedButUnconfiguredProviderGivesNoneWithItsReason() {
    LlmSelection s =
        withServices(
            "discovery", () -> LlmProviders.select(Optional.of("beta"), Map.of("ALPHA_KEY", "k")));
    assertEquals(Optional.empty(), s.provider());
    assertEquals("LLM provider 'beta' is not available: BETA_KEY is not set", s.explanation());
  }

  @Test
  void noneSwitchesTheLlmOff() {
    LlmSelection s =
        withServices(
            "discovery", () -> LlmProviders.select(Optional.of("none"), Map.of("ALPHA_KEY", "k")));
    assertEquals(Optional.empty(), s.provider());
    assertTrue(s.explanation().startsWith("LLM switched off"), s.explanation());
  }

  @Test
  void aFactoryFailingToCreateIsSkippedInSelectionButReportedWhenNamed() {
    Map<String, String> config = Map.of("GAMMA_TIMEOUT", "abc", "GAMMA_KEY", "k", "ALPHA_KEY", "k");
    LlmSelection s = withServices("discovery", () -> LlmProviders.select(config));
    assertEquals("alpha", s.provider().orElseThrow().name());
    LlmUnavailableException e =
        assertThrows(
            LlmUnavailableException.class,
            () -> withServices("discovery", () -> LlmProviders.find("gamma", config)));
    assertEquals(
        "LLM provider 'gamma' could not be created: GAMMA_TIMEOUT is not a number", e.getMessage());
  }

  @Test
  void duplicateNamesKeepTheFirstFactory() {
    LlmProviderFactory first = new TestFactories.Alpha();
    List<LlmProviderFactory> loaded =
        ProviderDiscovery.load(List.of(first, new TestFactories.Alpha()).iterator());
    assertEquals(1, loaded.size());
    assertTrue(loaded.get(0) == first);
  }
}
