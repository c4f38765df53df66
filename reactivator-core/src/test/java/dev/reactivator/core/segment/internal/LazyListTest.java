package dev.reactivator.core.segment.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@link LazyList} builds an element on every read, keeps none, and is immutable. */
class LazyListTest {

  @Test
  void buildsOnEveryReadAndKeepsNothing() {
    AtomicInteger calls = new AtomicInteger();
    LazyList<String> list =
        new LazyList<>(
            5,
            i -> {
              calls.incrementAndGet();
              return "row" + i;
            });
    assertEquals(0, calls.get());
    assertEquals(5, list.size());
    String first = list.get(3);
    String again = list.get(3);
    // equal rows, built twice: nothing is kept between reads
    assertEquals(first, again);
    assertNotSame(first, again);
    assertEquals(2, calls.get());
    assertEquals(List.of("row0", "row1", "row2", "row3", "row4"), list);
    assertEquals(7, calls.get());
    assertThrows(IndexOutOfBoundsException.class, () -> list.get(5));
    assertThrows(UnsupportedOperationException.class, () -> list.set(0, "x"));
    assertThrows(UnsupportedOperationException.class, () -> list.add("x"));
  }
}
