package dev.reactivator.core.base;

import static dev.reactivator.core.base.BuilderRows.DAY;
import static dev.reactivator.core.base.BuilderRows.row;
import static dev.reactivator.core.base.BuilderRows.withComplaints;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The accepted rows in primitive columns, growing past the initial capacity. */
class RowBufferTest {

  @Test
  void rowsAreKeptInArrivalOrderAcrossBlocks() {
    RowBuffer b = new RowBuffer();
    int n = RowBuffer.BLOCK + 3000; // past the growing first block and into a second block
    for (int i = 0; i < n; i++) {
      b.add(row(null, "+7" + i, null, i % 2 == 0 ? "Anna" : " ", "P", i + 0.5, i % 7), i, i % 3);
    }
    assertEquals(n, b.size());
    for (int i : new int[] {0, 1023, 1024, 2999, RowBuffer.BLOCK - 1, RowBuffer.BLOCK, n - 1}) {
      assertEquals(i, b.key(i));
      assertEquals(i + 0.5, b.amount(i));
      assertEquals((int) DAY.toEpochDay() + i % 7, b.day(i));
      assertEquals(i % 3, b.product(i));
      assertEquals(i % 2 == 0 ? "Anna" : null, i % 2 == 0 ? b.name(b.nameId(i)) : null);
    }
    assertEquals(RowBuffer.NONE, b.nameId(1), "a blank name is no name");
    assertEquals(RowBuffer.NONE, b.categoryId(0));
    assertFalse(b.hasCounts());
    assertFalse(b.hasOrders());
  }

  @Test
  void aColumnAppearsWithItsFirstValueAndMarksEarlierRowsAbsent() {
    RowBuffer b = new RowBuffer();
    for (int i = 0; i < 2000; i++) {
      b.add(row(null, "+7" + i, null, i == 1500 ? "Bob" : null, "P", 1, 0), i, 0);
    }
    assertTrue(b.hasNames());
    assertEquals(RowBuffer.NONE, b.nameId(0));
    assertEquals(RowBuffer.NONE, b.nameId(1999));
    assertEquals("Bob", b.name(b.nameId(1500)));
  }

  @Test
  void countsAreTheLargestPerKeyAndAbsentWithoutAValue() {
    RowBuffer b = new RowBuffer();
    b.add(row(null, "+71", null, null, "P", 1, 0), 0, 0);
    b.add(withComplaints("+72", 4), 1, 0);
    b.add(withComplaints("+72", 2), 1, 0);
    assertTrue(b.hasCounts());
    assertEquals(RowBuffer.NONE, b.countOfKey(0, 0));
    assertEquals(4, b.countOfKey(0, 1));
    assertEquals(RowBuffer.NONE, b.countOfKey(1, 1));
    assertEquals(RowBuffer.NONE, b.countOfKey(0, 7), "a key no row has");
  }

  @Test
  void drainingLaysAColumnOutByCustomerInArrivalOrder() {
    RowBuffer b = new RowBuffer();
    // keys 0, 1, 0, 2 -> customers 1, 0, 1, 0
    int[] keys = {0, 1, 0, 2};
    for (int i = 0; i < keys.length; i++) {
      b.add(row(null, "+7" + keys[i], null, null, "P", 10 + i, i), keys[i], i % 2);
    }
    int[] offsets = b.toCustomers(new int[] {1, 0, 0}, 2);
    assertArrayEquals(new int[] {0, 2, 4}, offsets);
    int d0 = (int) DAY.toEpochDay();
    assertArrayEquals(
        new int[] {d0 + 1, d0 + 3, d0, d0 + 2}, b.drain(RowBuffer.Column.DAY, offsets, null));
    assertArrayEquals(new double[] {11, 13, 10, 12}, b.drainAmounts(offsets));
    assertArrayEquals(
        new int[] {5, 5, 7, 7}, b.drain(RowBuffer.Column.PRODUCT, offsets, new int[] {7, 5}));
    assertArrayEquals(
        new int[] {RowBuffer.NONE, RowBuffer.NONE, RowBuffer.NONE, RowBuffer.NONE},
        b.drain(RowBuffer.Column.ORDER, offsets, null),
        "a column no row has");
  }
}
