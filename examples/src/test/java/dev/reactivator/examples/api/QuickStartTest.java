package dev.reactivator.examples.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.base.CustomerBase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Runs the README's API example on the bundled sample. */
class QuickStartTest {
  @Test
  void readmeExampleRunsOnTheBundledSample() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CustomerBase base =
        QuickStart.run(
            Path.of("sample/customers.csv"), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(
        out.startsWith(
            "1356 rows read = 1345 accepted + 6 refunds + 5 rejected; 421 unique customers"),
        out);
    assertEquals(421, base.size());
  }
}
