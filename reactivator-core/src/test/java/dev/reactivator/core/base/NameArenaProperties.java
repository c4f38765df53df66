package dev.reactivator.core.base;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The name arena against plain {@code String}s: every name back exactly, equality by text. */
class NameArenaProperties {

  @Provide
  Arbitrary<List<String>> names() {
    // ASCII, Cyrillic, CJK and any UTF-16 unit (lone surrogates too), short and past 127 bytes
    Arbitrary<String> name =
        Arbitraries.oneOf(
            Arbitraries.strings().withCharRange('a', 'c').ofMinLength(1).ofMaxLength(3),
            Arbitraries.strings().withCharRange('А', 'Г').ofMinLength(1).ofMaxLength(3),
            Arbitraries.strings().all().ofMinLength(1).ofMaxLength(200));
    return name.list().ofMaxSize(80);
  }

  @Property
  void givesBackEveryNameAndTellsEqualNames(@ForAll("names") List<String> names) {
    NameArena arena = new NameArena();
    List<Integer> offsets = new ArrayList<>();
    for (String n : names) {
      offsets.add(arena.add(n));
    }
    for (int i = 0; i < names.size(); i++) {
      int a = offsets.get(i);
      assertEquals(names.get(i), arena.name(a));
      for (int j = 0; j < names.size(); j++) {
        boolean equal = names.get(i).equals(names.get(j));
        assertEquals(equal, arena.same(a, offsets.get(j)), names.get(i) + " / " + names.get(j));
        assertEquals(equal, arena.matches(a, names.get(j)), names.get(i) + " ~ " + names.get(j));
      }
    }
  }

  @Test
  void keepsNamesAcrossBlocksAndLongerThanABlock() {
    NameArena arena = new NameArena();
    String huge = "Ж".repeat(NameArena.BLOCK); // 2 bytes a character: two blocks' worth
    List<String> names = new ArrayList<>();
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < 40_000; i++) {
      String n = i == 20_000 ? huge : "Имя Фамилия " + i;
      names.add(n);
      offsets.add(arena.add(n));
    }
    for (int i = 0; i < names.size(); i++) {
      assertEquals(names.get(i), arena.name(offsets.get(i)));
    }
  }
}
