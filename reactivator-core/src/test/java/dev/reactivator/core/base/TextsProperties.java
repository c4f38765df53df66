package dev.reactivator.core.base;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reactivator.core.internal.StringIntMap;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** A text column gives back every customer's values exactly, in the order they were added. */
class TextsProperties {

  @Property
  void givesBackEveryValueOfEveryCustomer(
      @ForAll @Size(max = 60) List<@Size(max = 4) List<@StringLength(max = 10) String>> customers,
      @ForAll boolean fromMap) {
    StringIntMap map = new StringIntMap(1);
    Texts.Builder b = new Texts.Builder(customers.size(), 1, 1);
    for (int c = 0; c < customers.size(); c++) {
      if (customers.get(c).isEmpty()) {
        continue; // a customer never started has no value
      }
      b.customer(c);
      for (String v : customers.get(c)) {
        if (fromMap) {
          int e = map.getOrPut(v, map.size());
          b.add(map, e < 0 ? -1 - e : e);
        } else {
          b.add(v);
        }
      }
    }
    Texts t = b.build();
    for (int c = 0; c < customers.size(); c++) {
      assertEquals(customers.get(c), t.all(c));
      assertEquals(customers.get(c).size(), t.count(c));
    }
  }

  @Property
  void noneHasNoValue(@ForAll @net.jqwik.api.constraints.IntRange(max = 50) int n) {
    Texts t = Texts.none(n);
    for (int c = 0; c < n; c++) {
      assertEquals(0, t.count(c));
      assertEquals(List.of(), t.all(c));
    }
  }
}
