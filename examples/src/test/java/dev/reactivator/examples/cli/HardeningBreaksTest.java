package dev.reactivator.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line breaks of hostile input and careless use, each named after its number in the
 * hardening list: what the user sees is one short line on stderr and exit code 2.
 */
class HardeningBreaksTest {
  static final Path SAMPLE = Path.of("sample/customers.csv");
  static final String HEADER = "Имя;Телефон;Email;Товар;Сумма;Дни;Дата первой покупки";

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = ReactivatorCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  /** Exit 2 and one line on stderr, short, free of control characters and of stack traces. */
  static void oneLineUsageError(Run r) {
    assertEquals(ReactivatorCli.EXIT_INPUT, r.code(), r.err());
    String line = r.err().strip();
    assertFalse(line.isEmpty());
    assertFalse(line.contains("\n"), r.err());
    assertTrue(line.length() <= 2048, "stderr has " + line.length() + " characters");
    assertTrue(line.chars().noneMatch(c -> c < 0x20 || (c >= 0x7F && c <= 0x9F)), line);
    assertFalse(line.contains("Exception"), line);
    assertFalse(line.contains("\tat "), line);
    assertFalse(line.contains("Usage:"), line);
  }

  @Test
  void break3_aTenMegabyteSingleLineFileIsQuotedInAtMost200Characters(@TempDir Path dir)
      throws IOException {
    Path f = dir.resolve("long.csv");
    Files.writeString(f, HEADER + "X".repeat(10 * 1024 * 1024) + "\n", StandardCharsets.UTF_8);
    Run r = run("analyze", f.toString(), "--out", dir.resolve("out").toString());
    oneLineUsageError(r);
    assertTrue(r.err().length() < 1200, "stderr has " + r.err().length() + " characters");
    assertFalse(r.err().contains("X".repeat(201)), r.err());
  }

  @Test
  void break4_anUnclosedQuoteIsReportedOnTheLineWhereItOpens(@TempDir Path dir) throws IOException {
    StringBuilder sb = new StringBuilder(HEADER).append('\n');
    for (int i = 2; i <= 1358; i++) {
      String product = i == 102 ? "\"Ноутбук" : "Ноутбук";
      sb.append("Клиент ")
          .append(i)
          .append(";8900")
          .append(String.format("%07d", i))
          .append(";;")
          .append(product)
          .append(";1000;30;01.01.2025\n");
    }
    Path f = dir.resolve("quote.csv");
    Files.writeString(f, sb.toString(), StandardCharsets.UTF_8);
    Run r = run("analyze", f.toString(), "--out", dir.resolve("out").toString());
    oneLineUsageError(r);
    assertTrue(r.err().contains("в строке 102,"), r.err());
    assertFalse(r.err().contains("1358"), r.err());
  }

  @Test
  void break5_controlCharactersOfAHeaderAreEscapedNeverEchoedRaw(@TempDir Path dir)
      throws IOException {
    Path f = dir.resolve("ctl.csv");
    Files.writeString(
        f, "Имя;\u001B]0;pwned\u0007\u001B[2J;Email\n1;2;3\n", StandardCharsets.UTF_8);
    Run r = run("analyze", f.toString(), "--out", dir.resolve("out").toString());
    oneLineUsageError(r);
    assertTrue(r.err().contains("\\u001B]0"), r.err());
  }

  @Test
  void break6_aQuoteOrALineBreakAsTheDelimiterIsAUsageError(@TempDir Path dir) {
    for (String d : new String[] {"\"", "\n", "\r"}) {
      Run r = run("analyze", SAMPLE.toString(), "--delimiter", d, "--out", dir.toString());
      oneLineUsageError(r);
      assertTrue(r.err().contains("--delimiter"), r.err());
    }
    Run en = run("analyze", SAMPLE.toString(), "--delimiter", "\"", "--lang", "en");
    assertTrue(en.err().contains("should be one character (not a quote"), en.err());
  }

  @Test
  void break6_aRegularFileOrAFolderThatCannotBeCreatedAsOutIsAUsageError(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("report.txt");
    Files.writeString(file, "x");
    Run r = run("analyze", SAMPLE.toString(), "--out", file.toString(), "--formats", "json");
    oneLineUsageError(r);
    assertTrue(r.err().contains("это файл, а нужна папка"), r.err());
    Run under = run("analyze", SAMPLE.toString(), "--out", file.resolve("sub").toString());
    oneLineUsageError(under);
    assertTrue(under.err().contains("не удалось создать папку"), under.err());
    assertEquals("x", Files.readString(file));
  }

  @Test
  void break6_aFolderAsInputIsAFolderNotAMissingFile(@TempDir Path dir) throws IOException {
    Path folder = Files.createDirectory(dir.resolve("export.csv"));
    Run r = run("analyze", folder.toString(), "--out", dir.resolve("out").toString());
    oneLineUsageError(r);
    assertTrue(r.err().contains("это папка, а не файл"), r.err());
    assertFalse(r.err().contains("не найден"), r.err());
    Run en =
        run("analyze", folder.toString(), "--out", dir.resolve("out").toString(), "--lang", "en");
    assertTrue(en.err().contains("is a folder, not a file"), en.err());
  }

  @Test
  void break6_aZipArchiveIsNotCalledAnExcelWorkbook(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("export.csv");
    byte[] zip = new byte[48];
    zip[0] = 'P';
    zip[1] = 'K';
    zip[2] = 3;
    zip[3] = 4;
    zip[26] = 8;
    System.arraycopy("data.csv".getBytes(StandardCharsets.US_ASCII), 0, zip, 30, 8);
    Files.write(f, zip);
    Run r = run("analyze", f.toString(), "--out", dir.resolve("out").toString());
    oneLineUsageError(r);
    assertTrue(r.err().contains("ZIP-архив"), r.err());
    assertFalse(r.err().contains("книга Excel ("), r.err());
  }

  @Test
  void item9_aRussianDateIsAcceptedAsTheAnalysisDate(@TempDir Path dir) {
    Run r =
        run(
            "analyze",
            SAMPLE.toString(),
            "--as-of",
            "31.01.2026",
            "--formats",
            "json",
            "--out",
            dir.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("дата анализа 2026-01-31"), r.out());
  }

  @Test
  void item9_argumentErrorsAreOneLineInTheRunsLanguageWithTheFix() {
    Run date = run("analyze", SAMPLE.toString(), "--as-of", "31/01/2026");
    oneLineUsageError(date);
    assertEquals(
        "reactivator: --as-of: «31/01/2026» — не дата; укажите её как ГГГГ-ММ-ДД (2026-01-31) или"
            + " ДД.ММ.ГГГГ (31.01.2026). Справка: reactivator analyze --help",
        date.err().strip());
    Run en = run("analyze", SAMPLE.toString(), "--lang", "en", "--as-of", "2026-13-01");
    oneLineUsageError(en);
    assertTrue(en.err().contains("is not a date; write it as yyyy-MM-dd"), en.err());
    Run map = run("analyze", SAMPLE.toString(), "--map", "nonsense");
    oneLineUsageError(map);
    assertFalse(map.err().contains("option option"), map.err());
    assertTrue(map.err().contains("поле=Заголовок"), map.err());
    Run unknown = run("analyze", SAMPLE.toString(), "--formts", "json");
    oneLineUsageError(unknown);
    assertTrue(unknown.err().contains("неизвестный параметр «--formts»"), unknown.err());
    assertTrue(unknown.err().contains("--formats"), unknown.err());
    oneLineUsageError(run("analyze", SAMPLE.toString(), "--quota", "many"));
    oneLineUsageError(run("analyze", SAMPLE.toString(), "--out"));
    oneLineUsageError(run("analyze", SAMPLE.toString(), SAMPLE.toString()));
    oneLineUsageError(run("analyze"));
    oneLineUsageError(run("template"));
    oneLineUsageError(run("analyze", SAMPLE.toString(), "--lang", "de"));
    oneLineUsageError(run("analyze", SAMPLE.toString(), "--cac", "-5"));
    Run none = run();
    oneLineUsageError(none);
    assertTrue(none.err().contains("не указана команда"), none.err());
  }

  @Test
  void item9_helpAndProgressSpeakTheRunsLanguage(@TempDir Path dir) {
    Run ru = run("analyze", "--help");
    assertEquals(0, ru.code());
    assertTrue(ru.out().contains("Использование:"), ru.out());
    assertTrue(ru.out().contains("Дата анализа, ГГГГ-ММ-ДД или ДД.ММ.ГГГГ"), ru.out());
    assertTrue(ru.out().contains("Анализирует выгрузку покупок"), ru.out());
    assertFalse(ru.out().contains("Output directory"), ru.out());
    Run top = run("--help");
    assertTrue(top.out().contains("Находит клиентов под риском"), top.out());
    Run en = run("analyze", "--help", "--lang", "en");
    assertTrue(en.out().contains("Usage:"), en.out());
    assertTrue(en.out().contains("Output directory"), en.out());
    Run progress =
        run(
            "analyze",
            SAMPLE.toString(),
            "--progress",
            "--formats",
            "json",
            "--out",
            dir.toString());
    assertEquals(0, progress.code(), progress.err());
    assertTrue(progress.err().contains("чтение"), progress.err());
    assertTrue(progress.err().contains("отчёты"), progress.err());
    assertFalse(progress.err().contains("reading"), progress.err());
  }
}
