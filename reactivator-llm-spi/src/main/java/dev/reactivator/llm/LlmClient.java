package dev.reactivator.llm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The only way to call an {@link LlmProvider}. Its {@link #chat(ChatRequest)} is final behaviour
 * every provider gets:
 *
 * <ol>
 *   <li>refuses the call with {@link LlmUnavailableException} if the provider is not available;
 *   <li>merges parameters: provider defaults, overridden by this client's defaults, overridden by
 *       the request's own parameters;
 *   <li>applies the filters in the order they were added (for example the report's privacy
 *       firewall);
 *   <li>notifies listeners of the exact request the provider will receive;
 *   <li>calls the provider hook {@link LlmProvider#doChat}; a provider failing with anything but an
 *       {@link LlmException} (a bug) is reported as {@link LlmPermanentException};
 *   <li>notifies listeners of the response or the error.
 * </ol>
 *
 * Instances are immutable and thread-safe.
 */
public final class LlmClient {

  private static final Logger LOG = LoggerFactory.getLogger(LlmClient.class);

  private final LlmProvider provider;
  private final ChatParameters defaults;
  private final List<ChatRequestFilter> filters;
  private final List<LlmListener> listeners;

  private LlmClient(Builder b) {
    this.provider = b.provider;
    this.defaults = b.defaults;
    this.filters = List.copyOf(b.filters);
    this.listeners = List.copyOf(b.listeners);
  }

  /**
   * A client with no extra defaults, filters or listeners.
   *
   * @param provider the provider
   * @return the client
   */
  public static LlmClient of(LlmProvider provider) {
    return builder(provider).build();
  }

  /**
   * A builder for a client of {@code provider}.
   *
   * @param provider the provider
   * @return a new builder
   */
  public static Builder builder(LlmProvider provider) {
    return new Builder(provider);
  }

  /**
   * The provider's name.
   *
   * @return the name
   */
  public String providerName() {
    return provider.name();
  }

  /**
   * The provider's availability.
   *
   * @return the availability
   */
  public Availability availability() {
    return provider.availability();
  }

  /**
   * Sends a system instruction and one user message with default parameters.
   *
   * @param system the instructions
   * @param user the user message
   * @return the answer
   * @throws LlmException on any failure
   */
  public ChatResponse chat(String system, String user) {
    return chat(ChatRequest.of(system, user));
  }

  /**
   * Performs one chat call (see the class description for the steps).
   *
   * @param request the request
   * @return the answer
   * @throws LlmException on any failure
   */
  public ChatResponse chat(ChatRequest request) {
    Objects.requireNonNull(request, "request");
    String name = provider.name();
    Availability availability = provider.availability();
    if (!availability.available()) {
      throw new LlmUnavailableException(
          "LLM provider '"
              + name
              + "' is not available: "
              + availability.reason().orElse("no reason given"));
    }
    ChatParameters merged =
        provider.defaultParameters().overrideWith(defaults).overrideWith(request.parameters());
    ChatRequest effective = request.withParameters(merged);
    for (ChatRequestFilter filter : filters) {
      effective =
          Objects.requireNonNull(filter.apply(effective), "a ChatRequestFilter returned null");
    }
    for (LlmListener l : listeners) {
      try {
        l.onRequest(name, effective);
      } catch (RuntimeException e) {
        LOG.warn("LLM listener {} failed in onRequest: {}", l.getClass().getName(), e.toString());
      }
    }
    long start = System.nanoTime();
    ChatResponse response;
    try {
      response = provider.doChat(effective);
      if (response == null) {
        throw new LlmPermanentException("LLM provider '" + name + "' returned no response");
      }
    } catch (LlmException e) {
      notifyError(name, effective, e, start);
      throw e;
    } catch (RuntimeException e) {
      LlmPermanentException wrapped =
          new LlmPermanentException(
              "LLM provider '" + name + "' failed unexpectedly (" + e.getClass().getName() + ")",
              e);
      notifyError(name, effective, wrapped, start);
      throw wrapped;
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    for (LlmListener l : listeners) {
      try {
        l.onResponse(name, effective, response, elapsed);
      } catch (RuntimeException e) {
        LOG.warn("LLM listener {} failed in onResponse: {}", l.getClass().getName(), e.toString());
      }
    }
    return response;
  }

  private void notifyError(String name, ChatRequest request, LlmException error, long start) {
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    for (LlmListener l : listeners) {
      try {
        l.onError(name, request, error, elapsed);
      } catch (RuntimeException e) {
        LOG.warn("LLM listener {} failed in onError: {}", l.getClass().getName(), e.toString());
      }
    }
  }

  @Override
  public String toString() {
    return "LlmClient[provider="
        + provider.name()
        + ", filters="
        + filters.size()
        + ", listeners="
        + listeners.size()
        + "]";
  }

  /**
   * Builds an {@link LlmClient}.
   *
   * <p>Not thread-safe: use one builder per thread; what it builds is immutable.
   */
  public static final class Builder {
    private final LlmProvider provider;
    private ChatParameters defaults = ChatParameters.empty();
    private boolean defaultsSet;
    private final List<ChatRequestFilter> filters = new ArrayList<>();
    private final List<LlmListener> listeners = new ArrayList<>();

    private Builder(LlmProvider provider) {
      this.provider = Objects.requireNonNull(provider, "provider");
    }

    /**
     * Sets defaults applied over the provider's defaults and under each request's parameters.
     *
     * @param value the defaults
     * @return this builder
     * @throws IllegalStateException if called twice
     */
    public Builder defaultParameters(ChatParameters value) {
      if (defaultsSet) {
        throw new IllegalStateException("defaultParameters was already set");
      }
      defaults = Objects.requireNonNull(value, "defaultParameters");
      defaultsSet = true;
      return this;
    }

    /**
     * Adds a filter; filters run in the order added.
     *
     * @param filter the filter
     * @return this builder
     */
    public Builder filter(ChatRequestFilter filter) {
      filters.add(Objects.requireNonNull(filter, "filter"));
      return this;
    }

    /**
     * Adds a listener.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(LlmListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     */
    public LlmClient build() {
      return new LlmClient(this);
    }
  }
}
