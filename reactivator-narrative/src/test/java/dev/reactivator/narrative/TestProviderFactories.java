package dev.reactivator.narrative;

import dev.reactivator.llm.Availability;
import dev.reactivator.llm.ChatRequest;
import dev.reactivator.llm.ChatResponse;
import dev.reactivator.llm.LlmProvider;
import dev.reactivator.llm.LlmProviderFactory;
import java.util.Map;

/** Provider factories registered for the tests of {@link Narrators#select}. */
final class TestProviderFactories {
  private TestProviderFactories() {}

  /** "test-memory": a well-behaved in-memory model, available when TEST_MEMORY_KEY is set. */
  public static final class Memory implements LlmProviderFactory {
    @Override
    public String name() {
      return "test-memory";
    }

    @Override
    public LlmProvider create(Map<String, String> configuration) {
      boolean configured = configuration.containsKey("TEST_MEMORY_KEY");
      ScriptedProvider model = ScriptedProvider.wellBehaved();
      return new LlmProvider() {
        @Override
        public String name() {
          return "test-memory";
        }

        @Override
        public Availability availability() {
          return configured
              ? Availability.ready()
              : Availability.unavailable("TEST_MEMORY_KEY is not set");
        }

        @Override
        public ChatResponse doChat(ChatRequest request) {
          return model.doChat(request);
        }
      };
    }
  }

  /** "test-broken": a factory that fails and (wrongly) quotes its key in the message. */
  public static final class Broken implements LlmProviderFactory {
    @Override
    public String name() {
      return "test-broken";
    }

    @Override
    public LlmProvider create(Map<String, String> configuration) {
      throw new IllegalArgumentException(
          "TEST_BROKEN_KEY is malformed: " + configuration.get("TEST_BROKEN_KEY"));
    }
  }
}
