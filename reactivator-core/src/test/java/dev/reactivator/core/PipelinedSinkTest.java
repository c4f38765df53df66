package dev.reactivator.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.reactivator.core.data.Field;
import dev.reactivator.core.data.ProblemCode;
import dev.reactivator.core.data.RowProblem;
import dev.reactivator.core.data.SourceRow;
import dev.reactivator.core.spi.ReadContext;
import dev.reactivator.core.spi.TransactionSink;
import dev.reactivator.core.spi.TransactionSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The merge thread sees every event of the source, in order, and failures cross back. */
class PipelinedSinkTest {
  private static SourceRow row(long line) {
    return new SourceRow(
        line,
        Optional.of("C" + line),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        "P",
        1,
        LocalDate.of(2025, 1, 1),
        Optional.empty(),
        OptionalInt.empty(),
        OptionalInt.empty(),
        OptionalInt.empty());
  }

  /** Records events as text, on whatever thread calls it. */
  static class Recording implements TransactionSink {
    final List<String> events = new ArrayList<>();
    final Set<Thread> threads = new java.util.HashSet<>();

    private void add(String e) {
      threads.add(Thread.currentThread());
      events.add(e);
    }

    @Override
    public void begin(Set<Field> columns, Map<String, String> details) {
      add("begin" + columns);
    }

    @Override
    public void accept(SourceRow row) {
      add("accept" + row.line());
    }

    @Override
    public void refund(long line, double amount) {
      add("refund" + line);
    }

    @Override
    public void reject(RowProblem problem) {
      add("reject" + problem.line());
    }

    @Override
    public void warn(RowProblem problem) {
      add("warn" + problem.line());
    }

    @Override
    public void progress(double fraction) {
      add("progress");
    }
  }

  @Property(tries = 30)
  void everyEventArrivesInOrderOnOneOtherThread(@ForAll @IntRange(min = 0, max = 9000) int n) {
    Recording target = new Recording();
    Recording direct = new Recording();
    PipelinedSink pipe = new PipelinedSink(target);
    for (TransactionSink s : List.of(pipe, direct)) {
      s.begin(EnumSet.of(Field.CUSTOMER_ID), Map.of());
      for (long i = 2; i < n + 2; i++) {
        switch ((int) (i % 5)) {
          case 0 -> s.refund(i, -1);
          case 1 -> s.reject(RowProblem.ofRow(i, ProblemCode.OTHER, "x"));
          case 2 -> s.warn(RowProblem.ofRow(i, ProblemCode.OTHER, "x"));
          default -> s.accept(row(i));
        }
        if (i % 1000 == 0) {
          s.progress(0.5);
        }
      }
    }
    pipe.finish();
    assertEquals(direct.events, target.events);
    assertEquals(1, target.threads.size());
    assertEquals(false, target.threads.contains(Thread.currentThread()));
  }

  @Test
  void aFailureOfTheTargetReachesTheCaller() {
    IllegalStateException boom = new IllegalStateException("merge failed");
    TransactionSink failing =
        new Recording() {
          @Override
          public void accept(SourceRow row) {
            throw boom;
          }
        };
    PipelinedSink pipe = new PipelinedSink(failing);
    pipe.begin(Set.of(), Map.of());
    IllegalStateException thrown =
        assertThrows(
            IllegalStateException.class,
            () -> {
              for (long i = 0; i < 1_000_000; i++) {
                pipe.accept(row(i));
              }
              pipe.finish();
            });
    assertSame(boom, thrown);
  }

  @Test
  void aFailureOfTheSourceIsTheOneTheCallerSees() {
    TransactionSource broken =
        new TransactionSource() {
          @Override
          public String description() {
            return "broken";
          }

          @Override
          public void read(ReadContext context, TransactionSink sink) {
            sink.begin(Set.of(Field.CUSTOMER_ID, Field.PRODUCT, Field.AMOUNT), Map.of());
            for (long i = 0; i < 5000; i++) {
              sink.accept(row(i));
            }
            throw new InputException("broken", "the source broke");
          }
        };
    InputException e =
        assertThrows(
            InputException.class, () -> Reactivator.load(broken).asOf(LocalDate.of(2025, 2, 1)));
    assertEquals("the source broke", e.getMessage());
  }
}
