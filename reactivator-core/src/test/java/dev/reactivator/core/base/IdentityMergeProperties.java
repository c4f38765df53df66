package dev.reactivator.core.base;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reactivator.core.InMemorySource;
import dev.reactivator.core.Reactivator;
import dev.reactivator.core.data.SourceRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class IdentityMergeProperties {
  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

  /** Random rows over a small key space, so that many rows share keys transitively. */
  private static List<SourceRow> rows(long seed, int count) {
    return rows(seed, count, List.of("N0", "N1", "N2"));
  }

  /** As {@link #rows(long, int)}, the names drawn from {@code names}. */
  private static List<SourceRow> rows(long seed, int count, List<String> names) {
    Random rnd = new Random(seed);
    List<SourceRow> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Optional<String> id =
          rnd.nextInt(4) == 0 ? Optional.of("C" + rnd.nextInt(6)) : Optional.empty();
      Optional<String> phone =
          rnd.nextBoolean() ? Optional.of("7900000000" + rnd.nextInt(10)) : Optional.empty();
      Optional<String> email =
          rnd.nextBoolean() || (id.isEmpty() && phone.isEmpty())
              ? Optional.of("u" + rnd.nextInt(12) + "@x.ru")
              : Optional.empty();
      Optional<String> name =
          rnd.nextInt(3) == 0
              ? Optional.empty()
              : Optional.of(names.get(rnd.nextInt(names.size())));
      rows.add(
          new SourceRow(
              i + 2,
              id,
              phone,
              email,
              name,
              "P" + rnd.nextInt(5),
              1 + rnd.nextInt(1000),
              AS_OF.minusDays(rnd.nextInt(900)),
              Optional.empty(),
              OptionalInt.of(rnd.nextInt(3)),
              OptionalInt.empty(),
              OptionalInt.empty()));
    }
    return rows;
  }

  private static CustomerBase load(List<SourceRow> rows) {
    InMemorySource src =
        new InMemorySource(
            java.util.EnumSet.of(
                dev.reactivator.core.data.Field.NAME,
                dev.reactivator.core.data.Field.PHONE,
                dev.reactivator.core.data.Field.EMAIL,
                dev.reactivator.core.data.Field.CUSTOMER_ID,
                dev.reactivator.core.data.Field.PRODUCT,
                dev.reactivator.core.data.Field.AMOUNT,
                dev.reactivator.core.data.Field.PURCHASE_DATE,
                dev.reactivator.core.data.Field.COMPLAINTS));
    rows.forEach(src::add);
    return Reactivator.load(src).asOf(AS_OF).base();
  }

  /** Customers as comparable values, with their index and pseudonym dropped. */
  private static List<String> fingerprint(CustomerBase base) {
    List<String> out = new ArrayList<>();
    for (CustomerProfile p : base.customers()) {
      out.add(
          p.name()
              + "|"
              + p.phones()
              + "|"
              + p.emails()
              + "|"
              + p.customerIds()
              + "|"
              + p.purchases()
              + "|"
              + p.firstPurchase()
              + "|"
              + p.complaints());
    }
    return out;
  }

  @Property(tries = 200)
  void mergeDoesNotDependOnRowOrder(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int count) {
    List<SourceRow> rows = rows(seed, count);
    List<SourceRow> shuffled = new ArrayList<>(rows);
    Collections.shuffle(shuffled, new Random(seed ^ 0x5DEECE66DL));
    assertEquals(fingerprint(load(rows)), fingerprint(load(shuffled)));
  }

  @Property(tries = 100)
  void everyCustomersPurchasesAreSortedByDateProductAmount(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 300) int count) {
    CustomerBase base = load(rows(seed, count));
    int total = 0;
    for (CustomerProfile p : base.customers()) {
      List<dev.reactivator.core.data.Purchase> ps = p.purchases();
      for (dev.reactivator.core.data.Purchase x : ps) {
        total += x.basket().size();
      }
      for (int i = 1; i < ps.size(); i++) {
        dev.reactivator.core.data.Purchase a = ps.get(i - 1);
        dev.reactivator.core.data.Purchase b = ps.get(i);
        int c = a.date().compareTo(b.date());
        if (c == 0) {
          c = a.product().compareTo(b.product());
        }
        if (c == 0) {
          c = Double.compare(a.amount(), b.amount());
        }
        org.junit.jupiter.api.Assertions.assertTrue(c <= 0, p.purchases().toString());
      }
    }
    assertEquals(count, total);
  }

  @Property(tries = 200)
  void customersAreTheConnectedComponentsOfSharedKeys(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int count) {
    List<SourceRow> rows = rows(seed, count);
    // reference: repeatedly join groups of rows that share a key until nothing changes
    List<Set<String>> groups = new ArrayList<>();
    for (SourceRow r : rows) {
      Set<String> keys = new HashSet<>();
      r.customerId().ifPresent(v -> keys.add("c:" + v));
      r.phone().ifPresent(v -> keys.add("p:" + v));
      r.email().ifPresent(v -> keys.add("e:" + v));
      groups.add(keys);
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      outer:
      for (int i = 0; i < groups.size(); i++) {
        for (int j = i + 1; j < groups.size(); j++) {
          if (!Collections.disjoint(groups.get(i), groups.get(j))) {
            groups.get(i).addAll(groups.remove(j));
            changed = true;
            break outer;
          }
        }
      }
    }
    CustomerBase base = load(rows);
    assertEquals(groups.size(), base.size());
    Set<Set<String>> expected = new HashSet<>();
    groups.forEach(g -> expected.add(new TreeSet<>(g)));
    Set<Set<String>> actual = new HashSet<>();
    for (CustomerProfile p : base.customers()) {
      Set<String> keys = new TreeSet<>();
      p.customerIds().forEach(v -> keys.add("c:" + v));
      p.phones().forEach(v -> keys.add("p:" + v));
      p.emails().forEach(v -> keys.add("e:" + v));
      actual.add(keys);
    }
    assertEquals(expected, actual);
    assertEquals(rows.size(), base.lineCount());
    assertEquals(rows.size(), base.report().rowsAccepted());
  }

  @Property(tries = 100)
  void mergedCustomerKeepsTheMostFrequentNameAndTheMaxOfCounts(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int count) {
    assertMostFrequentNameAndMaxOfCounts(rows(seed, count));
  }

  /**
   * Names in Cyrillic and beyond, some equal to others but for one character, and customers with
   * more than 64 rows (whose names are counted another way).
   */
  @Property(tries = 50)
  void theMostFrequentNameOfManyRowsAndNonLatinNames(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 400) int count) {
    assertMostFrequentNameAndMaxOfCounts(
        rows(
            seed,
            count,
            List.of("Анна", "Анна Петрова", "Анна Петрова ", "Бо", "ß", "日本", "\uD83D\uDE00x")));
  }

  private static void assertMostFrequentNameAndMaxOfCounts(List<SourceRow> rows) {
    CustomerBase base = load(rows);
    for (CustomerProfile p : base.customers()) {
      Map<String, Integer> names = new HashMap<>();
      int maxComplaints = -1;
      for (SourceRow r : rows) {
        boolean mine =
            r.phone().map(p.phones()::contains).orElse(false)
                || r.email().map(p.emails()::contains).orElse(false)
                || r.customerId().map(p.customerIds()::contains).orElse(false);
        if (mine) {
          r.name().ifPresent(n -> names.merge(n, 1, Integer::sum));
          maxComplaints = Math.max(maxComplaints, r.complaints().getAsInt());
        }
      }
      Optional<String> expected =
          names.entrySet().stream()
              .sorted(
                  Map.Entry.<String, Integer>comparingByValue()
                      .reversed()
                      .thenComparing(Map.Entry.comparingByKey()))
              .map(Map.Entry::getKey)
              .findFirst();
      assertEquals(expected, p.name());
      assertEquals(OptionalInt.of(maxComplaints), p.complaints());
    }
  }
}
