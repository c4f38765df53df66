package dev.reactivator.spark;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated base of {@link GeneratedBaseEqualityTest} at the size: 200 000 customers
 * with 1 to 4 lines each (499 719 lines: e-mails and phones chaining ids together, one hostile row
 * in about 15), every reject and every customer compared with the library's.
 */
class GeneratedLargeBaseEqualityTest {
  @TempDir Path dir;

  @Test
  void twoHundredThousandCustomersEqualTheLibrary() throws IOException {
    GeneratedBaseEqualityTest.assertEqualsTheLibrary(
        dir.resolve("generated-200k.csv"), 200_000, 4, 18, 4);
  }
}
