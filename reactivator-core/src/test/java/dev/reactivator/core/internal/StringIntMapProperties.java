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

  /**
   * Keys made of "Aa" and "BB" all have one {@code String} hash: only the texts tell them apart.
   */
  @Property
  void keysWithTheSameHashStayDistinct(
      @ForAll @Size(max = 200) List<@Size(min = 1, max = 8) List<Boolean>> blocks) {
    StringIntMap map = new StringIntMap(1);
    Map<String, Integer> reference = new HashMap<>();
    for (List<Boolean> b : blocks) {
      StringBuilder k = new StringBuilder();
      b.forEach(x -> k.append(x ? "Aa" : "BB"));
      String key = k.toString();
      int next = reference.size();
      Integer known = reference.putIfAbsent(key, next);
      assertEquals(known == null ? -1 - next : known, map.getOrPut(key, next), key);
    }
    for (Map.Entry<String, Integer> e : reference.entrySet()) {
      assertEquals(e.getValue(), map.get(e.getKey()));
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

  @Property
  void keysReadInPlaceAgreeWithTheirStringsAcrossTheArenaSwitch(
      @ForAll @Size(max = 300) List<@StringLength(max = 12) String> latin,
      @ForAll @Size(max = 300) List<@StringLength(max = 12) String> any) {
    // Latin-1 keys first (the byte arena), then any keys (the arena turns to chars on the first
    // key beyond Latin-1): every key's length, characters and order stay those of its String
    StringIntMap map = new StringIntMap(1);
    List<String> distinct = new java.util.ArrayList<>();
    for (String k : latin) {
      String l =
          k.chars().mapToObj(c -> String.valueOf((char) (c & 0xFF))).reduce("", String::concat);
      if (map.getOrPut(l, map.size()) < 0) {
        distinct.add(l);
      }
    }
    for (String k : any) {
      if (map.getOrPut(k, map.size()) < 0) {
        distinct.add(k);
      }
    }
    for (int e = 0; e < distinct.size(); e++) {
      String k = distinct.get(e);
      assertEquals(k, map.key(e));
      assertEquals(e, map.get(k));
      assertEquals(k.length(), map.length(e));
      for (int i = 0; i < k.length(); i++) {
        assertEquals(k.charAt(i), map.charAt(e, i));
      }
    }
    for (int a = 0; a < Math.min(40, distinct.size()); a++) {
      for (int b = 0; b < distinct.size(); b++) {
        assertEquals(
            Integer.signum(distinct.get(a).compareTo(distinct.get(b))),
            Integer.signum(map.compare(a, b)),
            distinct.get(a) + " vs " + distinct.get(b));
      }
    }
  }

  @Property
  void aFrozenMapKeepsItsKeysButNoLookUp(
      @ForAll @Size(min = 1, max = 100) List<@StringLength(max = 12) String> keys) {
    StringIntMap map = new StringIntMap(1);
    for (String k : keys) {
      map.getOrPut(k, map.size());
    }
    List<String> before = new java.util.ArrayList<>();
    for (int e = 0; e < map.size(); e++) {
      before.add(map.key(e));
    }
    map.freeze();
    for (int e = 0; e < map.size(); e++) {
      assertEquals(before.get(e), map.key(e));
    }
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalStateException.class, () -> map.get(keys.get(0)));
  }
}
