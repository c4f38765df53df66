package dev.reactivator.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.examples.cli.ReactivatorCliTest.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --protect}: the passphrase comes from {@code REACTIVATOR_PASSPHRASE} (here a replaced
 * environment), never from the command line; the dashboard then holds no contact in plain text, the
 * CSV files still do, and every way the passphrase is missing or unusable is one line and exit 2.
 */
class ProtectOptionTest {

  private static final Function<String, String> REAL = AnalyzeCommand.environment;

  @AfterEach
  void restore() {
    AnalyzeCommand.environment = REAL;
  }

  private static Run analyze(Path dir, String passphrase, String... extra) {
    AnalyzeCommand.environment = Map.of(AnalyzeCommand.PASSPHRASE_ENV, passphrase)::get;
    String[] base = {
      "analyze",
      ReactivatorCliTest.SAMPLE.toString(),
      "--as-of",
      "2026-01-31",
      "--out",
      dir.toString(),
      "--no-progress",
      "--protect"
    };
    String[] args = new String[base.length + extra.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    return ReactivatorCliTest.run(args);
  }

  @Test
  void theProtectedDashboardHidesTheContactsThatTheCsvFilesKeep(@TempDir Path dir)
      throws Exception {
    Run r = analyze(dir, "секретный пароль", "--formats", "html,csv");
    assertEquals(0, r.code(), r.err());
    String html = Files.readString(dir.resolve("dashboard.html"), StandardCharsets.UTF_8);
    String csv = Files.readString(dir.resolve("customers.csv"), StandardCharsets.UTF_8);
    // the sample's first customers, as written in customers.csv
    for (String contact : new String[] {"Николай 398", "client398@mail.ru", "79834677018"}) {
      assertFalse(html.contains(contact), contact + " in the protected dashboard");
    }
    assertTrue(csv.contains("Николай 398") && csv.contains("client398@mail.ru"));
    assertTrue(html.contains("\"lock\":{"), "the sealed contacts");
    assertFalse(html.contains("секретный пароль"), "the passphrase itself");
    assertFalse(r.out().contains("секретный пароль") || r.err().contains("секретный пароль"));
    assertTrue(
        html.contains(
            "\"exports\":[\"rejected-rows.csv\",\"customers.csv\",\"call-list.csv\",\"cohorts"),
        "links to the top-level files, in the order written");
  }

  @Test
  void aMissingShortOrUnusablePassphraseIsOneLineAndExitCode2(@TempDir Path dir) {
    Run none = analyze(dir, "");
    assertEquals(2, none.code());
    assertTrue(none.err().contains("REACTIVATOR_PASSPHRASE"), none.err());
    assertEquals(1, none.err().strip().lines().count(), none.err());
    Run shortOne = analyze(dir, "1234567");
    assertEquals(2, shortOne.code());
    assertTrue(shortOne.err().contains("не меньше 8 символов"), shortOne.err());
    assertFalse(shortOne.err().contains("1234567"), "the passphrase is never printed");
    Run noHtml = analyze(dir, "достаточно длинный", "--formats", "csv", "--lang", "en");
    assertEquals(2, noHtml.code());
    assertTrue(noHtml.err().contains("add html to --formats"), noHtml.err());
    assertFalse(Files.exists(dir.resolve("dashboard.html")));
  }
}
