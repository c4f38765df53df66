package dev.reactivator.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.report.csv.ReportSamples;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ReportSink}: every format of the sample to a directory, a ZIP stream and a byte array. */
class ReportSinkTest {

  @TempDir Path dir;

  private static List<ReportRenderer> all() {
    return List.copyOf(ReportRenderers.installed().values());
  }

  @Test
  void zipEntriesEqualTheDirectoryFilesByteForByte() throws IOException {
    ReportInput input = ReportSamples.input();
    List<String> onDisk;
    try (ReportSink sink = ReportSink.directory(dir)) {
      onDisk = ReportRenderers.renderAll(all(), input, sink, p -> {});
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<String> inZip;
    try (ReportSink sink = ReportSink.zip(bytes)) {
      inZip = ReportRenderers.renderAll(all(), input, sink, p -> {});
    }
    assertEquals(onDisk, inZip);
    Map<String, byte[]> entries = unzip(bytes.toByteArray());
    assertEquals(inZip, List.copyOf(entries.keySet()));
    Set<String> files = new TreeSet<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(Files::isRegularFile)
          .forEach(f -> files.add(dir.relativize(f).toString().replace('\\', '/')));
    }
    assertEquals(files, new TreeSet<>(entries.keySet()));
    for (Map.Entry<String, byte[]> e : entries.entrySet()) {
      assertArrayEquals(Files.readAllBytes(dir.resolve(e.getKey())), e.getValue(), e.getKey());
    }
    assertTrue(inZip.contains("customers.csv"), inZip.toString());
    assertTrue(inZip.stream().anyMatch(n -> n.startsWith("segments/")), inZip.toString());
  }

  @Test
  void theDirectoryRendererAndTheDirectorySinkWriteTheSameFiles() throws IOException {
    ReportInput input = ReportSamples.input();
    ReportRenderer csv = ReportRenderers.forFormat("csv");
    List<Path> files = csv.render(input, dir.resolve("a"));
    List<String> names;
    try (ReportSink sink = ReportSink.directory(dir.resolve("b"))) {
      names = csv.render(input, sink);
    }
    assertEquals(files.size(), names.size());
    for (int i = 0; i < names.size(); i++) {
      assertEquals(dir.resolve("a").resolve(names.get(i)), files.get(i));
      assertArrayEquals(
          Files.readAllBytes(files.get(i)),
          Files.readAllBytes(dir.resolve("b").resolve(names.get(i))));
    }
  }

  @Test
  void everyFormatGoesToAByteArrayWithNoTemporaryFile() throws IOException {
    ReportInput input = ReportSamples.input();
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    Set<String> before = ours(tmp);
    for (ReportRenderer r : all()) {
      ByteArrayOutputStream zip = new ByteArrayOutputStream();
      try (ReportSink sink = ReportSink.zip(zip)) {
        assertTrue(!r.render(input, sink).isEmpty(), r.format());
      }
      assertTrue(!unzip(zip.toByteArray()).isEmpty(), r.format());
      if (r.singleFile()) {
        ByteArrayOutputStream one = new ByteArrayOutputStream();
        r.render(input, one);
        assertTrue(one.size() > 0, r.format());
        assertArrayEquals(
            one.toByteArray(), unzip(zip.toByteArray()).values().iterator().next(), r.format());
      }
    }
    assertEquals(before, ours(tmp));
  }

  @Test
  void entryNamesStayInsideTheSink() {
    ReportSink sink = ReportSink.zip(new ByteArrayOutputStream());
    for (String bad : List.of("", "/etc/passwd", "../x.csv", "a/../../x", "c:\\x")) {
      assertThrows(IllegalArgumentException.class, () -> sink.entry(bad), bad);
    }
  }

  /**
   * The temporary directory's entries that a report could have left: names of the report's own
   * formats or Java's default temporary suffix (other programs share the directory).
   */
  private static Set<String> ours(Path tmp) throws IOException {
    Set<String> out = new TreeSet<>();
    try (Stream<Path> list = Files.list(tmp)) {
      list.map(p -> p.getFileName().toString())
          .filter(
              n ->
                  n.endsWith(".tmp")
                      || n.endsWith(".csv")
                      || n.endsWith(".json")
                      || n.endsWith(".html")
                      || n.endsWith(".zip")
                      || n.startsWith("reactivator"))
          .forEach(out::add);
    }
    return out;
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.put(e.getName(), in.readAllBytes());
      }
    }
    return out;
  }
}
