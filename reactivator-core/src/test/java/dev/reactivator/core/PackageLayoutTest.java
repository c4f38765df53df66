package dev.reactivator.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps core laid out along the pipeline: scans {@code src/main/java} (import lines and inline
 * fully-qualified names, Javadoc included) and fails on a package cycle, on an import against the
 * stage order, and on a package without {@code package-info.java}.
 */
class PackageLayoutTest {
  private static final Path SOURCES = Path.of("src/main/java/dev/reactivator/core");
  private static final String ROOT = "dev.reactivator.core";

  /**
   * The stage order, upstream first: a package may use only packages of a strictly lower rank (its
   * own excepted). Every core package must be listed here.
   */
  private static final Map<String, Integer> RANK =
      Map.ofEntries(
          Map.entry("data", 0),
          Map.entry("internal", 0),
          Map.entry("spi", 1),
          Map.entry("base", 2),
          Map.entry("features", 3),
          Map.entry("model.internal", 4),
          Map.entry("model", 5),
          Map.entry("model.supervised.internal", 6),
          Map.entry("model.evaluation", 7),
          Map.entry("score", 8),
          Map.entry("segment.widget", 9),
          Map.entry("segment.internal", 10),
          Map.entry("segment.abc", 11),
          Map.entry("segment.analytics", 11),
          Map.entry("segment.drivers", 11),
          Map.entry("segment.lifecycle", 11),
          Map.entry("segment.overview", 11),
          Map.entry("segment.rfm", 11),
          Map.entry("segment.sales", 11),
          Map.entry("segment.whales", 11),
          Map.entry("segment.cohort", 12),
          Map.entry("segment.nbp", 12),
          Map.entry("segment.finance", 13),
          Map.entry("segment", 14),
          Map.entry("", 15));

  /** A core type reference: a package path followed by a capitalised type name. */
  private static final Pattern REFERENCE =
      Pattern.compile("\\bdev\\.reactivator\\.core((?:\\.[a-z][a-z0-9_]*)*)\\.[A-Z]");

  @Test
  void everyPackageIsRankedAndHasAPackageInfo() {
    Map<String, Set<String>> deps = dependencies();
    for (String p : deps.keySet()) {
      assertTrue(
          RANK.containsKey(p),
          () -> "package " + name(p) + " is not in the stage order of this test");
      assertTrue(
          Files.exists(SOURCES.resolve(p.replace('.', '/')).resolve("package-info.java")),
          () -> "package " + name(p) + " has no package-info.java");
    }
  }

  @Test
  void importsFollowTheStageOrder() {
    assertEquals(List.of(), againstOrder(dependencies()), "imports against the stage order");
  }

  @Test
  void aBackwardImportAndACycleAreReported() {
    Map<String, Set<String>> deps =
        Map.of("features", Set.of("score"), "score", Set.of("features"), "base", Set.of("data"));
    assertEquals(List.of(ROOT + ".features -> " + ROOT + ".score"), againstOrder(deps));
    assertEquals(
        List.of(ROOT + ".features", ROOT + ".score", ROOT + ".features"),
        findCycle("features", deps).orElseThrow());
    assertTrue(findCycle("base", deps).isEmpty());
  }

  private static List<String> againstOrder(Map<String, Set<String>> deps) {
    List<String> wrong = new ArrayList<>();
    new TreeMap<>(deps)
        .forEach(
            (from, targets) -> {
              for (String to : new TreeSet<>(targets)) {
                if (RANK.containsKey(from)
                    && RANK.containsKey(to)
                    && RANK.get(to) >= RANK.get(from)) {
                  wrong.add(name(from) + " -> " + name(to));
                }
              }
            });
    return wrong;
  }

  @Test
  void thereIsNoPackageCycle() {
    Map<String, Set<String>> deps = dependencies();
    List<String> cycles = new ArrayList<>();
    for (String start : deps.keySet()) {
      findCycle(start, deps).ifPresent(c -> cycles.add(String.join(" -> ", c)));
    }
    assertEquals(List.of(), cycles, "package cycles");
  }

  @Test
  void theScannerSeesImportsAndInlineNames() {
    Set<String> seen = new TreeSet<>();
    collect(
        "import dev.reactivator.core.score.ScoredBase;\n * {@link dev.reactivator.core.spi.Stage#SCORING}\n"
            + "new dev.reactivator.core.Reactivator()",
        seen);
    assertEquals(Set.of("score", "spi", ""), seen);
  }

  /** The shortest path from {@code start} back to itself, when there is one. */
  private static java.util.Optional<List<String>> findCycle(
      String start, Map<String, Set<String>> deps) {
    Map<String, String> parent = new TreeMap<>();
    Deque<String> queue = new ArrayDeque<>(deps.getOrDefault(start, Set.of()));
    for (String s : queue) {
      parent.put(s, start);
    }
    Set<String> visited = new HashSet<>(queue);
    while (!queue.isEmpty()) {
      String p = queue.poll();
      if (p.equals(start)) {
        List<String> path = new ArrayList<>();
        String q = parent.get(start);
        path.add(name(start));
        while (!q.equals(start)) {
          path.add(0, name(q));
          q = parent.get(q);
        }
        path.add(0, name(start));
        return java.util.Optional.of(path);
      }
      for (String next : deps.getOrDefault(p, Set.of())) {
        if (visited.add(next)) {
          parent.put(next, p);
          queue.add(next);
        }
      }
    }
    return java.util.Optional.empty();
  }

  /** Package (relative to core, "" for core itself) to the other core packages it references. */
  private static Map<String, Set<String>> dependencies() {
    Map<String, Set<String>> deps = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      files
          .filter(f -> f.toString().endsWith(".java"))
          .forEach(
              f -> {
                String pkg = relative(SOURCES.relativize(f.getParent()));
                Set<String> targets = deps.computeIfAbsent(pkg, k -> new TreeSet<>());
                try {
                  collect(Files.readString(f).replaceFirst("package [^;]+;", ""), targets);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
                targets.remove(pkg);
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertTrue(
        deps.size() > 10, "the scan found the core sources under " + SOURCES.toAbsolutePath());
    return deps;
  }

  private static void collect(String source, Set<String> into) {
    Matcher m = REFERENCE.matcher(source);
    while (m.find()) {
      String p = m.group(1);
      into.add(p.isEmpty() ? "" : p.substring(1));
    }
  }

  private static String relative(Path dir) {
    return dir.toString().isEmpty() ? "" : dir.toString().replace('/', '.').replace('\\', '.');
  }

  private static String name(String relative) {
    return relative.isEmpty() ? ROOT : ROOT + "." + relative;
  }
}
