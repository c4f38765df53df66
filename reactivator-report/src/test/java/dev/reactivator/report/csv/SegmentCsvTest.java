package dev.reactivator.report.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.report.ReportInput;
import dev.reactivator.report.Segment;
import dev.reactivator.report.Segments;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentCsvTest {
  @TempDir Path dir;

  @Test
  void theOnePassWriteGivesEachSegmentTheFileItsOwnWriteGives() throws Exception {
    onePassEqualsOwnWrites(RowChunks.CHUNK, RowChunks.defaultThreads(), "all");
  }

  /** Small chunks on three threads: many chunks in flight, encoded out of order, written in it. */
  @Test
  void theOnePassWriteInSmallChunksOnSeveralThreadsGivesTheSameFiles() throws Exception {
    onePassEqualsOwnWrites(7, 3, "chunked7");
    onePassEqualsOwnWrites(64, 2, "chunked64");
  }

  private void onePassEqualsOwnWrites(int chunk, int threads, String folder) throws Exception {
    ReportInput input = ReportSamples.input();
    List<Path> files = SegmentCsv.writeAll(input, dir.resolve(folder), chunk, threads);
    int n = 0;
    for (Segment s : Segments.of(input.analysis())) {
      if (s.isEmpty()) {
        continue;
      }
      Path alone = dir.resolve("one").resolve(s.fileName());
      SegmentCsv.write(input, s, alone);
      Path inPass = dir.resolve(folder).resolve(s.fileName());
      assertTrue(files.contains(inPass), s.key());
      assertArrayEquals(Files.readAllBytes(alone), Files.readAllBytes(inPass), s.key());
      n++;
    }
    assertEquals(files.size(), n);
  }

  @Test
  void theSecondRendererOfTheSameRunDoesNotWriteTheSegmentsAgain() throws Exception {
    ReportInput input = ReportSamples.input();
    List<Path> first = SegmentCsv.writeAll(input, dir);
    Path probe = first.get(0);
    Files.writeString(probe, "kept");
    assertEquals(first, SegmentCsv.writeAll(input, dir));
    assertEquals("kept", Files.readString(probe), "the files of this run are not rewritten");

    Files.delete(probe);
    SegmentCsv.writeAll(input, dir);
    assertTrue(Files.size(probe) > 4, "a missing file makes the run write again");
  }
}
