package dev.reactivator.examples.modulepath;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Reactivator jars work as named modules: {@code src/modulepath} (a module that requires io,
 * report and the GigaChat provider) is compiled and launched with {@code java --module-path ...
 * --module ...} as a child process. It loads the sample, scores, segments, writes the offline
 * summary and renders html, csv, json, pdf and docx in Russian and English; every file must be
 * there and readable, and the CSV and JSON files must equal the golden ones written on the class
 * path, so the resource bundles read the same texts in both worlds. It also reads an in-memory
 * source and (with the test PostgreSQL of {@code scripts/postgres.sh}, which CI always has) a JDBC
 * query and the CRM service's orders from a PostgreSQL table, equal to its in-memory run.
 */
class ModulePathTest {
  private static final Path SOURCES = Path.of("src/modulepath/java");
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final Path CRM =
      Path.of("src/main/java/dev/reactivator/examples/crm/CrmService.java");
  private static final String MAIN =
      "dev.reactivator.examples.modulepath/dev.reactivator.examples.modulepath.ModulePathApp";

  @Test
  void thePipelineAndEveryRendererRunOnTheModulePath(@TempDir Path tmp) throws Exception {
    String modulePath = libraryModulePath();
    Path app = compileApp(modulePath, tmp.resolve("app"));
    Path out = tmp.resolve("out");

    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx512m",
            "-Duser.language=en",
            "-Duser.timezone=UTC",
            "-Dfile.encoding=UTF-8",
            "--module-path",
            app + File.pathSeparator + modulePath,
            "--module",
            MAIN,
            Path.of("sample/customers.csv").toString(),
            out.toString());
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the module-path app did not finish");
    assertEquals(0, p.exitValue(), log);
    assertFalse(log.contains("Exception"), log);
    assertTrue(log.contains("in-memory: 2 rows, 2 accepted, 1 customers"), log);
    assertTrue(
        log.contains(
            "crm: 41 customers, C105 3 purchases, summary by documented, formats [docx, html, json,"
                + " pdf]"),
        log);
    if (System.getenv("REACTIVATOR_TEST_JDBC_URL") != null || "true".equals(System.getenv("CI"))) {
      assertTrue(log.contains("jdbc: 1 rows, 1 accepted, 1 customers"), log);
      assertTrue(
          log.contains(
              "crm jdbc: 102 rows, 102 accepted, 41 customers, same results as in memory: true"),
          log);
    }

    for (String lang : List.of("ru", "en")) {
      Path dir = out.resolve(lang);
      assertTrue(log.contains("error " + lang + ": "), log);
      assertStartsWith(one(dir, ".html"), "<!DOCTYPE html>");
      assertStartsWith(one(dir, ".pdf"), "%PDF-");
      try (ZipFile docx = new ZipFile(one(dir, ".docx").toFile())) {
        assertTrue(docx.getEntry("word/document.xml") != null, "a docx without word/document.xml");
      }
      assertGolden(dir, GOLDEN.resolve(lang));
    }
  }

  /**
   * Every file of {@code golden} (CSV byte for byte, JSON as a tree) equals the one in {@code dir}.
   */
  private static void assertGolden(Path dir, Path golden) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Path> files;
    try (Stream<Path> s = Files.walk(golden)) {
      files = s.filter(Files::isRegularFile).collect(Collectors.toList());
    }
    assertFalse(files.isEmpty(), "no golden files in " + golden);
    for (Path want : files) {
      Path got = dir.resolve(golden.relativize(want).toString());
      assertTrue(Files.isRegularFile(got), "missing on the module path: " + got);
      if (want.toString().endsWith(".json")) {
        assertEquals(json.readTree(want.toFile()), json.readTree(got.toFile()), got.toString());
      } else {
        assertArrayEquals(Files.readAllBytes(want), Files.readAllBytes(got), got.toString());
      }
    }
  }

  private static void assertStartsWith(Path file, String prefix) throws IOException {
    byte[] head = Arrays.copyOf(Files.readAllBytes(file), prefix.length());
    assertEquals(prefix, new String(head, StandardCharsets.ISO_8859_1), file.toString());
  }

  private static Path one(Path dir, String suffix) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> found = s.filter(f -> f.toString().endsWith(suffix)).collect(Collectors.toList());
      assertEquals(1, found.size(), suffix + " files in " + dir + ": " + found);
      return found.get(0);
    }
  }

  private static Path compileApp(String modulePath, Path target) throws IOException {
    List<String> args =
        new ArrayList<>(
            List.of("--release", "17", "-d", target.toString(), "--module-path", modulePath));
    try (Stream<Path> s = Files.walk(SOURCES)) {
      s.filter(f -> f.toString().endsWith(".java")).forEach(f -> args.add(f.toString()));
    }
    // the CRM service's flow, the same source the class-path CrmServiceTest runs
    args.add(CRM.toString());
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int code = javac.run(null, diagnostics, diagnostics, args.toArray(String[]::new));
    assertEquals(0, code, diagnostics.toString(StandardCharsets.UTF_8));
    return target;
  }

  /**
   * The test class path less this module, test-only jars and the test frameworks: the Reactivator
   * modules (jars or exploded {@code target/classes} with their {@code module-info}) and their
   * third-party dependencies, most of them automatic modules.
   */
  private static String libraryModulePath() {
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path self = Path.of("target").toAbsolutePath();
    return Arrays.stream(classPath.split(File.pathSeparator))
        .filter(e -> !e.isBlank())
        .filter(e -> !Path.of(e).toAbsolutePath().startsWith(self))
        .filter(e -> !e.endsWith("-tests.jar") && !e.contains("test-classes"))
        .filter(
            e -> Stream.of("junit", "jqwik", "opentest4j", "apiguardian").noneMatch(e::contains))
        .collect(Collectors.joining(File.pathSeparator));
  }
}
