package dev.reactivator.core.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.Reactivator;
import dev.reactivator.core.data.OrderLine;
import dev.reactivator.core.spi.TransactionSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class IdentityPolicyProperties {
  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

  /** Random lines over a small key space, so that ids share contacts and id-less rows abound. */
  private static List<OrderLine> lines(long seed, int count) {
    Random rnd = new Random(seed);
    List<OrderLine> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      OrderLine.Builder b =
          OrderLine.builder()
              .product("P" + rnd.nextInt(4))
              .amount(1 + rnd.nextInt(500))
              .date(AS_OF.minusDays(rnd.nextInt(700)));
      boolean id = rnd.nextInt(3) > 0;
      boolean phone = rnd.nextBoolean();
      if (id) {
        b.customerId("C" + rnd.nextInt(8));
      }
      if (phone) {
        b.phone("7900000000" + rnd.nextInt(6));
      }
      if (rnd.nextBoolean() || (!id && !phone)) {
        b.email("u" + rnd.nextInt(8) + "@x.ru");
      }
      out.add(b.build());
    }
    return out;
  }

  private static CustomerBase load(IdentityPolicy policy, List<OrderLine> lines) {
    return Reactivator.load(TransactionSource.of(lines)).withIdentity(policy).asOf(AS_OF).base();
  }

  private static List<String> fingerprint(CustomerBase base) {
    return base.customers().stream()
        .map(p -> p.customerIds() + "|" + p.phones() + "|" + p.emails() + "|" + p.purchases())
        .collect(Collectors.toList());
  }

  @Property(tries = 200)
  void customerIdFirstNeverMergesTwoIds(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int count) {
    List<OrderLine> lines = lines(seed, count);
    CustomerBase base = load(IdentityPolicy.customerIdFirst(), lines);
    Set<String> ids = new HashSet<>();
    lines.forEach(l -> l.customerId().ifPresent(ids::add));
    assertTrue(base.size() >= ids.size(), base.size() + " customers < " + ids.size() + " ids");
    for (CustomerProfile p : base.customers()) {
      assertTrue(p.customerIds().size() <= 1, p.customerIds().toString());
    }
    // a refinement of the any-key merge: never fewer customers
    assertTrue(base.size() >= load(IdentityPolicy.anyKey(), lines).size());
    assertEquals(count, base.report().rowsAccepted());
  }

  @Property(tries = 100)
  void customerIdFirstDoesNotDependOnRowOrder(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int count) {
    List<OrderLine> lines = lines(seed, count);
    List<OrderLine> shuffled = new ArrayList<>(lines);
    Collections.shuffle(shuffled, new Random(seed ^ 0x5DEECE66DL));
    CustomerBase a = load(IdentityPolicy.customerIdFirst(), lines);
    CustomerBase b = load(IdentityPolicy.customerIdFirst(), shuffled);
    assertEquals(fingerprint(a), fingerprint(b));
    assertEquals(a.warnings(), b.warnings());
  }
}
