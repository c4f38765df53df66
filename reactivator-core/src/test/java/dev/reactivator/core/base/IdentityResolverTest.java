package dev.reactivator.core.base;

import static dev.reactivator.core.base.BuilderRows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The union-find of identity keys: keys on one row are one customer, numbered by smallest key. */
class IdentityResolverTest {

  @Test
  void keysSharedThroughRowsMergeTransitively() {
    IdentityResolver r = new IdentityResolver();
    int a = r.keyOf(row(null, "+7001", "a@x.ru", "A", "P", 1, 0));
    int b = r.keyOf(row("C9", null, "a@x.ru", "A", "P", 1, 0));
    int c = r.keyOf(row(null, "+7002", null, "B", "P", 1, 0));
    assertEquals(4, r.keys());
    IdentityResolver.Resolution res = r.resolve();
    assertEquals(2, res.customers());
    assertEquals(res.customerOfKey()[a], res.customerOfKey()[b]);
    assertNotEquals(res.customerOfKey()[a], res.customerOfKey()[c]);
    // the customer with a customer id comes first (ids < e-mails < phones), and holds all its keys
    int merged = res.customerOfKey()[a];
    assertEquals(0, merged);
    assertEquals(List.of("C9"), res.ids().all(merged));
    assertEquals(List.of("a@x.ru"), res.emails().all(merged));
    assertEquals(List.of("+7001"), res.phones().all(merged));
    assertEquals(List.of("+7002"), res.phones().all(1));
    assertEquals(List.of(), res.ids().all(1));
  }

  @Test
  void numberingDoesNotDependOnRowOrder() {
    IdentityResolver forward = new IdentityResolver();
    forward.keyOf(row(null, "+7009", null, null, "P", 1, 0));
    forward.keyOf(row(null, "+7001", null, null, "P", 1, 0));
    IdentityResolver backward = new IdentityResolver();
    backward.keyOf(row(null, "+7001", null, null, "P", 1, 0));
    backward.keyOf(row(null, "+7009", null, null, "P", 1, 0));
    IdentityResolver.Resolution f = forward.resolve();
    IdentityResolver.Resolution b = backward.resolve();
    assertEquals(List.of("+7001"), f.phones().all(0));
    assertEquals(f.phones().all(0), b.phones().all(0));
    assertEquals(f.phones().all(1), b.phones().all(1));
  }
}
