package dev.reactivator.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.data.Field;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The job's command line: the CLI's --map syntax and one-line errors. */
class ReactivatorJobTest {
  @Test
  void mapReadsFieldsByNameOrHeaderAsTheCli() {
    Map<Field, String> m =
        ReactivatorJob.mapping("customer_id=Клиент ID, Товар=Позиция,amount=Qty*Price");
    assertEquals("Клиент ID", m.get(Field.CUSTOMER_ID));
    assertEquals("Позиция", m.get(Field.PRODUCT));
    assertEquals("Qty*Price", m.get(Field.AMOUNT));
    assertEquals(Map.of(), ReactivatorJob.mapping(""));
  }

  @Test
  void anUnknownFieldIsNamedWithTheFields() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ReactivatorJob.mapping("colour=x"));
    assertTrue(e.getMessage().contains("unknown field 'colour'"), e.getMessage());
    assertTrue(e.getMessage().contains("customer_id"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ReactivatorJob.mapping("no-equals"));
  }

  @Test
  void requiredOptionsAndValuesAreChecked() {
    Map<String, String> a =
        ReactivatorJob.arguments(
            new String[] {"--input", "in.csv", "--output", "out", "--as-of", "2026-01-31"});
    assertEquals("in.csv", a.get("--input"));
    IllegalArgumentException missing =
        assertThrows(
            IllegalArgumentException.class,
            () -> ReactivatorJob.arguments(new String[] {"--input", "in.csv", "--output", "out"}));
    assertTrue(missing.getMessage().startsWith("--as-of is required"), missing.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> ReactivatorJob.arguments(new String[] {"--input"}));
    assertThrows(
        IllegalArgumentException.class,
        () -> ReactivatorJob.arguments(new String[] {"--colour", "red"}));
  }
}
