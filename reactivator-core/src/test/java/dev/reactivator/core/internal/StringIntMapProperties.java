package dev.reactivator.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** The open-addressing map behaves exactly like a {@link HashMap} that never replaces a value. */
class StringIntMapProperties {

  @Property
  void agreesWithHashMapOnEveryInsertAndLookup(
      @ForAll @Size(max = 600) List<@StringLength(max = 6) String> keys,
      @ForAll @Size(max = 50) List<String> probes) {
    StringIntMap map = new StringIntMap(1);
    Map<String, Integer> reference = new HashMap<>();
    for (String k : keys) {
      int next = reference.size();
      Integer known = reference.putIfAbsent(k, next);
      int got = map.getOrPut(k, next);
      assertEquals(known == null ? -1 - next : known, got, k);
    }
    assertEquals(reference.size(), map.size());
    for (String k : keys) {
      assertEquals(reference.get(k), map.get(k));
    }
    for (String p : probes) {
      assertEquals(reference.getOrDefault(p, -1), map.get(p));
    }
  }

  @Property
  void keysComeBackInInsertionOrder(
      @ForAll @Size(max = 600) List<@StringLength(max = 40) String> keys) {
    StringIntMap map = new StringIntMap(1);
    List<String> distinct = new java.util.ArrayList<>();
    for (String k : keys) {
      if (map.getOrPut(k, map.size()) < 0) {
        distinct.add(k);
      }
    }
    assertEquals(distinct.size(), map.size());
    for (int e = 0; e < distinct.size(); e++) {
      assertEquals(distinct.get(e), map.key(e));
      assertEquals(e, map.get(distinct.get(e)));
    }
  }

  @Property
  void digitKeysWithLeadingZerosStayDistinct(
      @ForAll @Size(max = 600)
          List<
                  @StringLength(max = 20) @net.jqwik.api.constraints.Chars({'0', '1', '9', 'a'})
                  String>
              keys) {
    StringIntMap map = new StringIntMap(1);
    Map<String, Integer> reference = new HashMap<>();
    for (String k : keys) {
      int next = reference.size();
      Integer known = reference.putIfAbsent(k, next);
      assertEquals(known == null ? -1 - next : known, map.getOrPut(k, next), k);
    }
    for (Map.Entry<String, Integer> e : reference.entrySet()) {
      assertEquals(e.getValue(), map.get(e.getKey()));
      assertEquals(e.getKey(), map.key(e.getValue()));
    }
    assertEquals(-1, map.get("0000000000000000000000"));
  }
}
