package dev.reactivator.narrative;

import dev.reactivator.core.segment.Analysis;
import dev.reactivator.llm.ChatParameters;
import dev.reactivator.llm.ChatRequest;
import dev.reactivator.llm.ChatResponse;
import dev.reactivator.llm.FinishReason;
import dev.reactivator.llm.LlmClient;
import dev.reactivator.llm.LlmException;
import dev.reactivator.llm.LlmHttpErrors;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The LLM narrator: anonymous facts and the prompt from the {@link PrivacyFirewall}, one chat call
 * within the context's narration deadline (the context's listener told every few seconds), the
 * answer validated by {@link AnswerParser}; on any failure, or when the deadline passes, the
 * offline summary of the same facts with the reason.
 */
final class LlmNarrator implements Narrator {
  private static final Logger LOG = LoggerFactory.getLogger(LlmNarrator.class);

  /** How often the listener hears that the narrator is still waiting. */
  static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);

  /** The longest answer text used, in characters (providers cap the bytes they read as well). */
  static final int MAX_ANSWER_CHARS = 512 * 1024;

  private final LlmClient client;

  /** A narrator asking {@code client}'s model. */
  public LlmNarrator(LlmClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  @Override
  public String name() {
    return client.providerName();
  }

  @Override
  public ExecutiveSummary write(Analysis analysis, NarrationContext context) {
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(context, "context");
    return writePseudonymous(analysis, context).withNames(analysis.base());
  }

  private ExecutiveSummary writePseudonymous(Analysis analysis, NarrationContext context) {
    PrivacyFirewall firewall = PrivacyFirewall.of(analysis);
    FactSheet facts = firewall.facts(context);
    String provider = client.providerName();
    ChatRequest request;
    try {
      request = firewall.prompt(facts);
    } catch (PrivacyViolationException e) {
      return fallback(
          firewall, context, "the privacy firewall refused the prompt: " + e.getMessage());
    }
    // no attempt may outlast the whole deadline
    ChatRequest bounded =
        request.withParameters(
            request
                .parameters()
                .overrideWith(ChatParameters.builder().timeout(context.deadline()).build()));
    ChatResponse response;
    try {
      response = await(bounded, context, provider);
    } catch (TimeoutException e) {
      return fallback(
          firewall,
          context,
          "LLM provider '"
              + provider
              + "' gave no answer within the narration deadline of "
              + seconds(context.deadline()));
    } catch (PrivacyViolationException e) {
      return fallback(
          firewall, context, "the privacy firewall refused the prompt: " + e.getMessage());
    } catch (LlmException e) {
      return fallback(firewall, context, "LLM provider '" + provider + "' failed: " + describe(e));
    }
    if (response.finishReason() == FinishReason.CONTENT_FILTER) {
      return fallback(
          firewall, context, "LLM provider '" + provider + "' refused to answer (content filter)");
    }
    try {
      if (response.text().length() > MAX_ANSWER_CHARS) {
        throw new AnswerParser.Unusable(
            "the answer is longer than " + MAX_ANSWER_CHARS + " characters");
      }
      return AnswerParser.parse(response.text(), facts, firewall, provider);
    } catch (AnswerParser.Unusable e) {
      String cut =
          response.finishReason() == FinishReason.LENGTH
              ? " (the answer was cut off at the token limit)"
              : "";
      return fallback(
          firewall,
          context,
          "LLM provider '" + provider + "' gave an unusable answer: " + e.getMessage() + cut);
    }
  }

  /**
   * The client's answer, waited for on a daemon thread for at most the context's deadline, the
   * listener told when the request goes out and every {@link #PROGRESS_EVERY}.
   *
   * @throws TimeoutException when the deadline passes first (the call is interrupted)
   */
  private ChatResponse await(ChatRequest request, NarrationContext context, String provider)
      throws TimeoutException {
    CompletableFuture<ChatResponse> answer = new CompletableFuture<>();
    Thread call =
        new Thread(
            () -> {
              try {
                answer.complete(client.chat(request));
              } catch (RuntimeException | Error e) {
                answer.completeExceptionally(e);
              }
            },
            "reactivator-narration");
    call.setDaemon(true);
    long start = System.nanoTime();
    long deadline = context.deadline().toNanos();
    call.start();
    notify(context, provider, Duration.ZERO);
    while (true) {
      long elapsed = System.nanoTime() - start;
      long left = deadline - elapsed;
      if (left <= 0) {
        call.interrupt();
        throw new TimeoutException();
      }
      try {
        return answer.get(Math.min(left, PROGRESS_EVERY.toNanos()), TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        long now = System.nanoTime() - start;
        if (now < deadline) {
          notify(context, provider, Duration.ofNanos(now));
        }
      } catch (InterruptedException e) {
        call.interrupt();
        Thread.currentThread().interrupt();
        throw new TimeoutException();
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        throw (Error) e.getCause();
      }
    }
  }

  private static void notify(NarrationContext context, String provider, Duration elapsed) {
    try {
      context.listener().waiting(provider, elapsed, context.deadline());
    } catch (RuntimeException e) {
      LOG.warn("Narration listener failed: {}", e.toString());
    }
  }

  private static String seconds(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0
        ? ms / 1000 + " s"
        : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
  }

  /** The offline summary of the facts the offline writer may use, with {@code reason}. */
  private static ExecutiveSummary fallback(
      PrivacyFirewall firewall, NarrationContext context, String reason) {
    LOG.warn("Executive summary written offline: {}", reason);
    return OfflineWriter.write(firewall.localFacts(context), Optional.of(reason));
  }

  /** A one-line description of a failure: its kind and its (already credential-free) message. */
  public static String describe(Exception e) {
    String message = e.getMessage() == null ? "" : LlmHttpErrors.abbreviate(e.getMessage());
    return e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
  }

  @Override
  public String toString() {
    return "LlmNarrator[" + client.providerName() + "]";
  }
}
