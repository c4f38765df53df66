package dev.reactivator.llm;

import java.util.Map;
import java.util.Optional;

/** Provider factories registered in {@code discovery/META-INF/services} for the discovery tests. */
public final class TestFactories {

  private TestFactories() {}

  /** A provider available when {@code key} is configured. */
  static LlmProvider provider(String name, Map<String, String> config, String key) {
    return new LlmProvider() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Availability availability() {
        return config.containsKey(key)
            ? Availability.ready()
            : Availability.unavailable(key + " is not set");
      }

      @Override
      public ChatResponse doChat(ChatRequest request) {
        return new ChatResponse(
            name, FinishReason.STOP, Optional.empty(), Optional.empty(), Optional.empty());
      }
    };
  }

  /** "alpha", available with ALPHA_KEY, priority 0. */
  public static final class Alpha implements LlmProviderFactory {
    @Override
    public String name() {
      return "alpha";
    }

    @Override
    public LlmProvider create(Map<String, String> configuration) {
      return provider("alpha", configuration, "ALPHA_KEY");
    }
  }

  /** "beta", available with BETA_KEY, priority 5. */
  public static final class Beta implements LlmProviderFactory {
    @Override
    public String name() {
      return "beta";
    }

    @Override
    public int priority() {
      return 5;
    }

    @Override
    public LlmProvider create(Map<String, String> configuration) {
      return provider("beta", configuration, "BETA_KEY");
    }
  }

  /** "gamma", available with GAMMA_KEY; creation fails when GAMMA_TIMEOUT is set. */
  public static final class Gamma implements LlmProviderFactory {
    @Override
    public String name() {
      return "gamma";
    }

    @Override
    public LlmProvider create(Map<String, String> configuration) {
      if (configuration.containsKey("GAMMA_TIMEOUT")) {
        throw new IllegalArgumentException("GAMMA_TIMEOUT is not a number");
      }
      return provider("gamma", configuration, "GAMMA_KEY");
    }
  }

  /** A factory that cannot even be instantiated. */
  public static final class ThrowsInConstructor implements LlmProviderFactory {
    /** Always fails. */
    public ThrowsInConstructor() {
      throw new IllegalStateException("cannot start");
    }

    @Override
    public String name() {
      return "never";
    }

    @Override
    public LlmProvider create(Map<String, String> configuration) {
      throw new AssertionError();
    }
  }
}
