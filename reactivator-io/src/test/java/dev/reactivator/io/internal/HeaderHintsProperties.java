package dev.reactivator.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** The closeness of two headers, which decides the suggested mapping. */
class HeaderHintsProperties {

  @Property(tries = 300)
  void closenessIsSymmetricAndBetweenZeroAndOne(
      @ForAll @Chars({'a', 'b', 'c', ' ', '-'}) @StringLength(max = 12) String a,
      @ForAll @Chars({'a', 'b', 'c', ' ', '-'}) @StringLength(max = 12) String b) {
    String x = Layout.normalize(a);
    String y = Layout.normalize(b);
    double c = HeaderHints.closeness(x, y);
    assertEquals(c, HeaderHints.closeness(y, x), 1e-12);
    assertTrue(c >= 0 && c <= 1, () -> a + " / " + b + ": " + c);
  }

  @Property(tries = 200)
  void aHeaderIsClosestToItself(@ForAll @AlphaChars @StringLength(min = 1, max = 12) String a) {
    assertEquals(1.0, HeaderHints.closeness(Layout.normalize(a), Layout.normalize(a)));
  }

  @Example
  void closeSpellingsAndSharedWordsAreCloseOthersAreNot() {
    assertTrue(HeaderHints.closeness("customer", "customerid") >= 0.7);
    assertEquals(0.5, HeaderHints.closeness("product title", "product"));
    assertEquals(0.75, HeaderHints.closeness("purchased on", "purchase date"));
    assertEquals(0.5, HeaderHints.closeness("дата создания", "дата"));
    assertEquals(0.5, HeaderHints.closeness("aa aa", "aa"));
    assertEquals(0.0, HeaderHints.closeness("date", "name"));
    assertEquals(0.0, HeaderHints.closeness("позиция", "продукт"));
  }
}
