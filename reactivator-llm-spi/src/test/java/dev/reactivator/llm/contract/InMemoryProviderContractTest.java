package dev.reactivator.llm.contract;

import dev.reactivator.llm.Availability;
import dev.reactivator.llm.ChatRequest;
import dev.reactivator.llm.ChatResponse;
import dev.reactivator.llm.FinishReason;
import dev.reactivator.llm.LlmHttpErrors;
import dev.reactivator.llm.LlmPermanentException;
import dev.reactivator.llm.LlmProvider;
import dev.reactivator.llm.TokenUsage;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs the contract against a provider that "serves" from memory: proves the suite itself is sound.
 */
class InMemoryProviderContractTest extends LlmProviderContract {

  private final Deque<Supplier<ChatResponse>> replies = new ArrayDeque<>();
  private Supplier<ChatResponse> always;
  private ChatRequest last;
  private int calls;

  private final class Memory implements LlmProvider {
    private final boolean configured;

    Memory(boolean configured) {
      this.configured = configured;
    }

    @Override
    public String name() {
      return "memory";
    }

    @Override
    public Availability availability() {
      return configured ? Availability.ready() : Availability.unavailable("MEMORY_KEY is not set");
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
      calls++;
      last = request;
      return (always != null ? always : replies.removeFirst()).get();
    }

    @Override
    public String toString() {
      return "Memory[key=****]";
    }
  }

  @Override
  protected LlmProvider provider() {
    return new Memory(true);
  }

  @Override
  protected LlmProvider unconfiguredProvider() {
    return new Memory(false);
  }

  @Override
  protected String configuredSecret() {
    return "memory-secret-key-123";
  }

  @Override
  protected void willAnswer(
      String text, FinishReason reason, int promptTokens, int completionTokens) {
    replies.add(
        () ->
            new ChatResponse(
                text,
                reason,
                Optional.of(
                    TokenUsage.of(promptTokens, completionTokens, promptTokens + completionTokens)),
                Optional.of("memory:1"),
                Optional.of("req-1")));
  }

  @Override
  protected void willFail(int status) {
    always =
        () -> {
          throw LlmHttpErrors.forStatus("memory", status, "scripted", Optional.empty());
        };
  }

  @Override
  protected void willAnswerMalformed() {
    replies.add(
        () -> {
          throw new LlmPermanentException("memory: malformed response");
        });
  }

  @Override
  protected SentRequest lastSent() {
    return new SentRequest(
        last.messages(),
        last.parameters().modelName(),
        last.parameters().temperature(),
        last.parameters().topP(),
        last.parameters().maxTokens());
  }

  @Override
  protected int chatCalls() {
    return calls;
  }
}
