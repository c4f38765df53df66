package dev.reactivator.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SecretTest {

  @Test
  void showsOnlyTheLastFourCharactersOfLongSecrets() {
    Secret s = Secret.of("MDE5YjQ2ZTAtYWJjZDpzZWNyZXQ=");
    assertEquals("****ZXQ=", s.masked());
    assertEquals("****ZXQ=", s.toString());
    assertEquals("MDE5YjQ2ZTAtYWJjZDpzZWNyZXQ=", s.reveal());
  }

  @Test
  void showsNothingOfShortSecrets() {
    assertEquals("****", Secret.of("abcdefghijk").masked());
    assertEquals("****", Secret.mask("key"));
  }

  @Test
  void redactsTheSecretFromForeignText() {
    Secret s = Secret.of("tok-0123456789abcdef");
    assertEquals(
        "token ****cdef is expired, again ****cdef",
        s.redactFrom("token tok-0123456789abcdef is expired, again tok-0123456789abcdef"));
  }

  @Test
  void rejectsBlankSecretsWithoutEchoingThem() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Secret.of("   "));
    assertFalse(e.getMessage().contains("   "));
  }
}
