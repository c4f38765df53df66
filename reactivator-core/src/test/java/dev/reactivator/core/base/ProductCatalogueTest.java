package dev.reactivator.core.base;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Product names interned on arrival and renumbered alphabetically. */
class ProductCatalogueTest {

  @Test
  void namesAreInternedOnceAndRankedAlphabetically() {
    ProductCatalogue p = new ProductCatalogue();
    assertEquals(0, p.idOf("Чай"));
    assertEquals(1, p.idOf("Coffee"));
    assertEquals(0, p.idOf("Чай"));
    assertEquals(2, p.idOf("Apple"));
    assertEquals(3, p.size());
    ProductCatalogue.Ranked r = p.ranked();
    assertArrayEquals(new String[] {"Apple", "Coffee", "Чай"}, r.names());
    assertArrayEquals(new int[] {2, 1, 0}, r.rankOfId());
  }

  @Test
  void anEmptyCatalogueRanksNothing() {
    ProductCatalogue.Ranked r = new ProductCatalogue().ranked();
    assertEquals(0, r.names().length);
    assertEquals(0, r.rankOfId().length);
  }
}
