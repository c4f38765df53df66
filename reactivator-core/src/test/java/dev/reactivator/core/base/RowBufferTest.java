package dev.reactivator.core.base;

import static dev.reactivator.core.base.BuilderRows.DAY;
import static dev.reactivator.core.base.BuilderRows.row;
import static dev.reactivator.core.base.BuilderRows.withComplaints;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The accepted rows in primitive columns, growing past the initial capacity. */
class RowBufferTest {

  @Test
  void rowsAreKeptInArrivalOrderAcrossGrowth() {
    RowBuffer b = new RowBuffer();
    for (int i = 0; i < 3000; i++) {
      b.add(row(null, "+7" + i, null, i % 2 == 0 ? "Anna" : " ", "P", i + 0.5, i % 7), i, i % 3);
    }
    assertEquals(3000, b.size());
    assertEquals(2999, b.key[2999]);
    assertEquals(2999.5, b.amount[2999]);
    assertEquals((int) DAY.toEpochDay() + 2999 % 7, b.day[2999]);
    assertEquals(2999 % 3, b.product[2999]);
    assertEquals("Anna", b.name(b.name[0]));
    assertEquals(RowBuffer.NONE, b.name[1], "a blank name is no name");
    assertEquals(RowBuffer.NONE, b.first[0]);
    assertFalse(b.hasCounts());
  }

  @Test
  void countColumnsAppearWithTheFirstCountAndMarkEarlierRowsAbsent() {
    RowBuffer b = new RowBuffer();
    b.add(row(null, "+71", null, null, "P", 1, 0), 0, 0);
    b.add(withComplaints("+72", 4), 1, 0);
    assertTrue(b.hasCounts());
    assertEquals(RowBuffer.NONE, b.complaints[0]);
    assertEquals(4, b.complaints[1]);
    assertEquals(RowBuffer.NONE, b.tickets[1]);
  }
}
