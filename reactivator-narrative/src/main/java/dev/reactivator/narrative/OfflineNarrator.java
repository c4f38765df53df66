package dev.reactivator.narrative;

import dev.reactivator.core.segment.Analysis;
import java.util.Objects;
import java.util.Optional;

/**
 * The offline narrator: writes from the firewall's anonymous facts with {@link OfflineWriter}. With
 * a fallback reason it stands in for an LLM provider that could not be used.
 */
final class OfflineNarrator implements Narrator {

  /** The plain offline narrator. */
  public static final OfflineNarrator INSTANCE = new OfflineNarrator(Optional.empty());

  private final Optional<String> reason;

  private OfflineNarrator(Optional<String> reason) {
    this.reason = reason;
  }

  /** An offline narrator whose summaries record {@code reason} as the fallback reason. */
  public static OfflineNarrator because(String reason) {
    return new OfflineNarrator(Optional.of(Objects.requireNonNull(reason, "reason")));
  }

  @Override
  public String name() {
    return OfflineWriter.WRITER;
  }

  @Override
  public ExecutiveSummary write(Analysis analysis, NarrationContext context) {
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(context, "context");
    return OfflineWriter.write(PrivacyFirewall.of(analysis).localFacts(context), reason)
        .withNames(analysis.base());
  }

  @Override
  public String toString() {
    return "OfflineNarrator" + reason.map(r -> "[fallback]").orElse("");
  }
}
