package dev.reactivator.llm;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Generation parameters of a chat call. Every field is optional: an absent value means "use the
 * default" (the client's defaults, then the provider's, then the service's). Values are validated
 * when the record is created.
 *
 * <p>{@code providerOptions} carries provider-specific switches by name (for example GigaChat's
 * {@code repetition_penalty}); each provider documents the keys it understands and rejects unknown
 * ones, so a typo fails fast instead of being ignored.
 *
 * <p>Immutable and thread-safe.
 *
 * @param modelName the model to use, for example {@code GigaChat-2-Pro}
 * @param temperature sampling temperature, {@code > 0}
 * @param topP nucleus sampling mass, in {@code (0, 1]}
 * @param maxTokens cap on generated tokens, {@code >= 1}
 * @param timeout per-attempt time limit of the call, positive
 * @param stopSequences sequences that end generation (not every provider supports them)
 * @param providerOptions provider-specific options, keys and values non-blank
 */
public record ChatParameters(
    Optional<String> modelName,
    Optional<Double> temperature,
    Optional<Double> topP,
    Optional<Integer> maxTokens,
    Optional<Duration> timeout,
    List<String> stopSequences,
    Map<String, String> providerOptions) {

  private static final ChatParameters EMPTY =
      new ChatParameters(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          List.of(),
          Map.of());

  /**
   * Creates validated parameters.
   *
   * @param modelName model name, non-blank if present
   * @param temperature {@code > 0} and finite if present
   * @param topP in {@code (0, 1]} if present
   * @param maxTokens {@code >= 1} if present
   * @param timeout positive if present
   * @param stopSequences non-empty strings
   * @param providerOptions non-blank keys and values
   * @throws IllegalArgumentException naming the parameter and the value when invalid
   */
  public ChatParameters {
    Objects.requireNonNull(modelName, "modelName");
    Objects.requireNonNull(temperature, "temperature");
    Objects.requireNonNull(topP, "topP");
    Objects.requireNonNull(maxTokens, "maxTokens");
    Objects.requireNonNull(timeout, "timeout");
    stopSequences = List.copyOf(Objects.requireNonNull(stopSequences, "stopSequences"));
    providerOptions = Map.copyOf(Objects.requireNonNull(providerOptions, "providerOptions"));
    modelName.ifPresent(
        m -> {
          if (m.isBlank()) {
            throw new IllegalArgumentException("modelName must not be blank");
          }
        });
    temperature.ifPresent(
        t -> {
          if (!(t > 0) || !Double.isFinite(t)) {
            throw new IllegalArgumentException("temperature must be > 0 and finite, got " + t);
          }
        });
    topP.ifPresent(
        p -> {
          if (!(p > 0 && p <= 1)) {
            throw new IllegalArgumentException("topP must be in (0, 1], got " + p);
          }
        });
    maxTokens.ifPresent(
        n -> {
          if (n < 1) {
            throw new IllegalArgumentException("maxTokens must be >= 1, got " + n);
          }
        });
    timeout.ifPresent(
        d -> {
          if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + d);
          }
        });
    for (String s : stopSequences) {
      if (s.isEmpty()) {
        throw new IllegalArgumentException("stopSequences must not contain empty strings");
      }
    }
    providerOptions.forEach(
        (k, v) -> {
          if (k.isBlank() || v.isBlank()) {
            throw new IllegalArgumentException(
                "providerOptions keys and values must not be blank, got '" + k + "'='" + v + "'");
          }
        });
  }

  /**
   * Parameters with nothing set.
   *
   * @return the empty parameters
   */
  public static ChatParameters empty() {
    return EMPTY;
  }

  /**
   * A builder starting from nothing set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder(EMPTY);
  }

  /**
   * A builder starting from these values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Returns these parameters with every value present in {@code overrides} replacing this one. Stop
   * sequences are replaced as a whole when {@code overrides} has any; provider options are merged
   * key by key.
   *
   * @param overrides the values that win
   * @return the merged parameters
   */
  public ChatParameters overrideWith(ChatParameters overrides) {
    Objects.requireNonNull(overrides, "overrides");
    Map<String, String> options = new LinkedHashMap<>(providerOptions);
    options.putAll(overrides.providerOptions);
    return new ChatParameters(
        overrides.modelName.or(() -> modelName),
        overrides.temperature.or(() -> temperature),
        overrides.topP.or(() -> topP),
        overrides.maxTokens.or(() -> maxTokens),
        overrides.timeout.or(() -> timeout),
        overrides.stopSequences.isEmpty() ? stopSequences : overrides.stopSequences,
        options);
  }

  /**
   * Builds {@link ChatParameters}; every setter validates at {@link #build()}.
   *
   * <p>Not thread-safe: use one builder per thread; what it builds is immutable.
   */
  public static final class Builder {
    private Optional<String> modelName;
    private Optional<Double> temperature;
    private Optional<Double> topP;
    private Optional<Integer> maxTokens;
    private Optional<Duration> timeout;
    private List<String> stopSequences;
    private final Map<String, String> providerOptions;

    private Builder(ChatParameters from) {
      modelName = from.modelName;
      temperature = from.temperature;
      topP = from.topP;
      maxTokens = from.maxTokens;
      timeout = from.timeout;
      stopSequences = from.stopSequences;
      providerOptions = new LinkedHashMap<>(from.providerOptions);
    }

    /**
     * Sets the model name.
     *
     * @param value the model, for example {@code GigaChat-2}
     * @return this builder
     */
    public Builder modelName(String value) {
      modelName = Optional.of(Objects.requireNonNull(value, "modelName"));
      return this;
    }

    /**
     * Sets the temperature.
     *
     * @param value {@code > 0}
     * @return this builder
     */
    public Builder temperature(double value) {
      temperature = Optional.of(value);
      return this;
    }

    /**
     * Sets nucleus sampling.
     *
     * @param value in {@code (0, 1]}
     * @return this builder
     */
    public Builder topP(double value) {
      topP = Optional.of(value);
      return this;
    }

    /**
     * Sets the cap on generated tokens.
     *
     * @param value {@code >= 1}
     * @return this builder
     */
    public Builder maxTokens(int value) {
      maxTokens = Optional.of(value);
      return this;
    }

    /**
     * Sets the per-attempt time limit.
     *
     * @param value positive
     * @return this builder
     */
    public Builder timeout(Duration value) {
      timeout = Optional.of(Objects.requireNonNull(value, "timeout"));
      return this;
    }

    /**
     * Sets the stop sequences.
     *
     * @param values non-empty strings
     * @return this builder
     */
    public Builder stopSequences(List<String> values) {
      stopSequences = List.copyOf(Objects.requireNonNull(values, "stopSequences"));
      return this;
    }

    /**
     * Sets one provider-specific option.
     *
     * @param key the option name documented by the provider
     * @param value its value
     * @return this builder
     */
    public Builder providerOption(String key, String value) {
      providerOptions.put(
          Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Builds the validated parameters.
     *
     * @return the parameters
     * @throws IllegalArgumentException if a value is invalid
     */
    public ChatParameters build() {
      return new ChatParameters(
          modelName, temperature, topP, maxTokens, timeout, stopSequences, providerOptions);
    }
  }
}
