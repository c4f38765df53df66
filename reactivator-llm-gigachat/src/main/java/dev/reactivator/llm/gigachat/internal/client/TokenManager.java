package dev.reactivator.llm.gigachat.internal.client;

import dev.reactivator.llm.LlmTransientException;
import dev.reactivator.llm.Secret;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Caches one OAuth access token and refreshes it when less than {@code refreshMargin} remains
 * (gigachat-api.md §2.5). Fetches are single-flight: concurrent callers wait for the same fetch.
 */
final class TokenManager {

  /** A token and its expiry in Unix milliseconds. */
  record Token(Secret value, long expiresAtMillis) {}

  /** Fetches a new token within a time limit. */
  interface Fetcher {
    Token fetch(Duration timeout);
  }

  private final Optional<Fetcher> fetcher;
  private final Clock clock;
  private final long refreshMarginMillis;
  private final ReentrantLock lock = new ReentrantLock();
  private volatile Token current;

  private TokenManager(
      Optional<Fetcher> fetcher, Token initial, Clock clock, Duration refreshMargin) {
    this.fetcher = fetcher;
    this.current = initial;
    this.clock = clock;
    this.refreshMarginMillis = refreshMargin.toMillis();
  }

  static TokenManager oauth(Fetcher fetcher, Clock clock, Duration refreshMargin) {
    return new TokenManager(Optional.of(fetcher), null, clock, refreshMargin);
  }

  static TokenManager fixed(Secret token, Clock clock) {
    return new TokenManager(
        Optional.empty(), new Token(token, Long.MAX_VALUE), clock, Duration.ZERO);
  }

  boolean canRefresh() {
    return fetcher.isPresent();
  }

  Optional<Token> peek() {
    return Optional.ofNullable(current);
  }

  /** A usable token, fetching one if the cached one is missing or about to expire. */
  Token get(Duration timeout) {
    Token t = current;
    if (usable(t) || fetcher.isEmpty()) {
      return t;
    }
    boolean locked;
    try {
      locked = lock.tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LlmTransientException("gigachat: interrupted while waiting for an access token");
    }
    if (!locked) {
      throw new LlmTransientException(
          "gigachat: no access token within " + timeout.toMillis() + " ms");
    }
    try {
      t = current;
      if (usable(t)) {
        return t;
      }
      t = fetcher.get().fetch(timeout);
      current = t;
      return t;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Drops {@code rejected} if it is still the cached token (another caller may have refreshed
   * already).
   */
  void invalidate(Token rejected) {
    lock.lock();
    try {
      if (current == rejected && fetcher.isPresent()) {
        current = null;
      }
    } finally {
      lock.unlock();
    }
  }

  private boolean usable(Token t) {
    return t != null && t.expiresAtMillis() - clock.millis() > refreshMarginMillis;
  }
}
