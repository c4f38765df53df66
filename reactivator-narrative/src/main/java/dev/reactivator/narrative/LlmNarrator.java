package dev.reactivator.narrative;

import dev.reactivator.core.segment.Analysis;
import dev.reactivator.llm.ChatRequest;
import dev.reactivator.llm.ChatResponse;
import dev.reactivator.llm.FinishReason;
import dev.reactivator.llm.LlmClient;
import dev.reactivator.llm.LlmException;
import dev.reactivator.llm.LlmHttpErrors;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The LLM narrator: anonymous facts and the prompt from the {@link PrivacyFirewall}, one chat call,
 * the answer validated by {@link AnswerParser}; on any failure the offline summary of the same
 * facts with the reason.
 */
final class LlmNarrator implements Narrator {
  private static final Logger LOG = LoggerFactory.getLogger(LlmNarrator.class);

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
      return fallback(facts, "the privacy firewall refused the prompt: " + e.getMessage());
    }
    ChatResponse response;
    try {
      response = client.chat(request);
    } catch (PrivacyViolationException e) {
      return fallback(facts, "the privacy firewall refused the prompt: " + e.getMessage());
    } catch (LlmException e) {
      return fallback(facts, "LLM provider '" + provider + "' failed: " + describe(e));
    }
    if (response.finishReason() == FinishReason.CONTENT_FILTER) {
      return fallback(facts, "LLM provider '" + provider + "' refused to answer (content filter)");
    }
    try {
      return AnswerParser.parse(response.text(), facts, firewall, provider);
    } catch (AnswerParser.Unusable e) {
      String cut =
          response.finishReason() == FinishReason.LENGTH
              ? " (the answer was cut off at the token limit)"
              : "";
      return fallback(
          facts,
          "LLM provider '" + provider + "' gave an unusable answer: " + e.getMessage() + cut);
    }
  }

  private static ExecutiveSummary fallback(FactSheet facts, String reason) {
    LOG.warn("Executive summary written offline: {}", reason);
    return OfflineWriter.write(facts, Optional.of(reason));
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
