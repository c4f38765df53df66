package dev.reactivator.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class LlmHttpErrorsTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-10-21T07:28:00Z"), ZoneOffset.UTC);

  @Test
  void mapsStatusesToTheExceptionKinds() {
    assertInstanceOf(
        LlmAuthenticationException.class, LlmHttpErrors.forStatus("p", 401, "", Optional.empty()));
    assertInstanceOf(
        LlmAuthenticationException.class, LlmHttpErrors.forStatus("p", 403, "", Optional.empty()));
    assertInstanceOf(
        LlmRateLimitedException.class, LlmHttpErrors.forStatus("p", 429, "", Optional.empty()));
    assertInstanceOf(
        LlmTransientException.class, LlmHttpErrors.forStatus("p", 408, "", Optional.empty()));
    assertInstanceOf(
        LlmTransientException.class, LlmHttpErrors.forStatus("p", 500, "", Optional.empty()));
    assertInstanceOf(
        LlmTransientException.class, LlmHttpErrors.forStatus("p", 504, "", Optional.empty()));
    assertInstanceOf(
        LlmContentRefusedException.class, LlmHttpErrors.forStatus("p", 451, "", Optional.empty()));
    for (int s : new int[] {400, 402, 404, 413, 422}) {
      assertInstanceOf(
          LlmPermanentException.class, LlmHttpErrors.forStatus("p", s, "", Optional.empty()));
    }
  }

  @Test
  void retryabilityFollowsTheKind() {
    assertTrue(LlmHttpErrors.forStatus("p", 429, "", Optional.empty()).isRetryable());
    assertTrue(LlmHttpErrors.forStatus("p", 502, "", Optional.empty()).isRetryable());
    assertFalse(LlmHttpErrors.forStatus("p", 401, "", Optional.empty()).isRetryable());
    assertFalse(LlmHttpErrors.forStatus("p", 422, "", Optional.empty()).isRetryable());
    assertTrue(LlmHttpErrors.isRetryable(503));
    assertFalse(LlmHttpErrors.isRetryable(404));
  }

  @Test
  void rateLimitCarriesRetryAfterAndSaysItInTheMessage() {
    LlmException e =
        LlmHttpErrors.forStatus(
            "gigachat", 429, "Too many requests", Optional.of(Duration.ofSeconds(7)));
    assertEquals(Optional.of(Duration.ofSeconds(7)), ((LlmRateLimitedException) e).retryAfter());
    assertEquals("gigachat: HTTP 429: Too many requests (retry after 7 s)", e.getMessage());
  }

  @Test
  void parsesRetryAfterSecondsAndHttpDates() {
    assertEquals(
        Optional.of(Duration.ofSeconds(120)), LlmHttpErrors.parseRetryAfter(" 120 ", CLOCK));
    assertEquals(
        Optional.of(Duration.ofSeconds(90)),
        LlmHttpErrors.parseRetryAfter("Wed, 21 Oct 2026 07:29:30 GMT", CLOCK));
    assertEquals(
        Optional.of(Duration.ZERO),
        LlmHttpErrors.parseRetryAfter("Wed, 21 Oct 2026 07:00:00 GMT", CLOCK));
    assertEquals(Optional.empty(), LlmHttpErrors.parseRetryAfter("soon", CLOCK));
    assertEquals(Optional.empty(), LlmHttpErrors.parseRetryAfter("-5", CLOCK));
    assertEquals(Optional.empty(), LlmHttpErrors.parseRetryAfter("", CLOCK));
    assertEquals(Optional.empty(), LlmHttpErrors.parseRetryAfter("99999999999999999999999", CLOCK));
  }

  @Test
  void abbreviatesServerTextToOneBoundedLine() {
    assertEquals("a b c", LlmHttpErrors.abbreviate("a\n\tb\r\n  c "));
    String longText = "x".repeat(1000);
    assertEquals(LlmHttpErrors.MAX_DETAIL_LENGTH + 1, LlmHttpErrors.abbreviate(longText).length());
  }

  @Property
  void abbreviatedTextIsBoundedAndHasNoControlCharacters(@ForAll String text) {
    String a = LlmHttpErrors.abbreviate(text);
    assertTrue(a.length() <= LlmHttpErrors.MAX_DETAIL_LENGTH + 1);
    assertTrue(a.chars().noneMatch(Character::isISOControl), a);
  }

  @Property
  void retryAfterParsingNeverThrowsAndIsNeverNegative(@ForAll String value) {
    LlmHttpErrors.parseRetryAfter(value, CLOCK).ifPresent(d -> assertFalse(d.isNegative()));
  }
}
