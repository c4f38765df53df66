package dev.reactivator.core.base;

import static dev.reactivator.core.base.BuilderRows.DAY;
import static dev.reactivator.core.base.BuilderRows.row;
import static dev.reactivator.core.base.BuilderRows.withComplaints;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.reactivator.core.data.Field;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rows scattered into customer order: CSR purchases sorted per customer, first day, name, counts.
 */
class CustomerColumnsTest {
  private static final int D0 = (int) DAY.toEpochDay();

  @Test
  void rowsAreGroupedByCustomerAndSortedByDayProductAmount() {
    RowBuffer b = new RowBuffer();
    // keys 0 and 2 are customer 1, key 1 is customer 0
    b.add(row(null, "+71", null, "Boris", "P", 30, 5), 0, 1);
    b.add(row(null, "+72", null, "Anna", "P", 10, 3), 1, 0);
    b.add(row(null, "+73", null, "Bob", "P", 20, 5), 2, 0);
    b.add(row(null, "+71", null, "Bob", "P", 5, 1), 0, 0);
    int[] customerOfKey = {1, 0, 1};
    int[] productRank = {1, 0};
    CustomerColumns c =
        CustomerColumns.of(b, customerOfKey, 2, productRank, EnumSet.of(Field.PHONE));
    assertArrayEquals(new int[] {0, 1, 4}, c.offsets);
    assertArrayEquals(new int[] {D0 + 3, D0 + 1, D0 + 5, D0 + 5}, c.day);
    assertArrayEquals(new double[] {10, 5, 30, 20}, c.amount);
    assertArrayEquals(new int[] {1, 1, 0, 1}, c.product, "same day: by product rank");
    assertArrayEquals(new int[] {D0 + 3, D0 + 1}, c.firstDay);
    assertEquals(List.of("Anna"), c.names.all(0), "the most frequent name");
    assertEquals(List.of("Bob"), c.names.all(1), "the most frequent name");
    assertNull(c.complaints, "no column declared, no counts");
  }

  @Test
  void countsAreTheMaximumPerCustomerAndAbsentWithoutAValue() {
    RowBuffer b = new RowBuffer();
    b.add(withComplaints("+71", 2), 0, 0);
    b.add(withComplaints("+71", 5), 0, 0);
    b.add(row(null, "+72", null, null, "P", 1, 0), 1, 0);
    CustomerColumns c =
        CustomerColumns.of(b, new int[] {0, 1}, 2, new int[] {0}, EnumSet.of(Field.COMPLAINTS));
    assertArrayEquals(new int[] {5, CustomerBase.ABSENT}, c.complaints);
    assertNull(c.tickets);
  }

  @Test
  void aCustomerWithoutANameHasNone() {
    RowBuffer b = new RowBuffer();
    b.add(row(null, "+71", null, null, "P", 1, 0), 0, 0);
    CustomerColumns c =
        CustomerColumns.of(b, new int[] {0}, 1, new int[] {0}, EnumSet.noneOf(Field.class));
    assertEquals(0, c.names.count(0));
  }
}
