package dev.reactivator.core.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.reactivator.core.InMemorySource;
import dev.reactivator.core.QuotaExceededException;
import dev.reactivator.core.QuotaPolicy;
import dev.reactivator.core.Reactivator;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdentityMergeTest {
  private static final LocalDate D = LocalDate.of(2025, 1, 10);

  @Test
  void mergesRowsSharingAPhoneOrAnEmailTransitively() {
    InMemorySource src =
        new InMemorySource()
            .add(null, "79001112233", null, "Иван", "A", 100, D)
            .add(null, "79001112233", "ivan@x.ru", "Иван", "B", 200, D.plusDays(3))
            .add(null, null, "ivan@x.ru", "Ваня", "C", 300, D.plusDays(7))
            .add(null, "79990000000", null, "Пётр", "A", 50, D);
    CustomerBase base = Reactivator.load(src).asOf(D.plusDays(30)).base();
    assertEquals(2, base.size());
    CustomerProfile ivan =
        base.customers().stream().filter(c -> c.purchaseCount() == 3).findFirst().orElseThrow();
    assertEquals(List.of("79001112233"), ivan.phones());
    assertEquals(List.of("ivan@x.ru"), ivan.emails());
    assertEquals(Optional.of("Иван"), ivan.name());
    assertEquals(600.0, ivan.totalSpent());
    assertEquals(D, ivan.firstPurchase());
    assertEquals(D.plusDays(7), ivan.lastPurchase());
  }

  @Test
  void quotaCountsUniqueCustomersNotRows() {
    InMemorySource src = new InMemorySource();
    for (int i = 0; i < 30; i++) {
      src.add(null, "7900000000" + (i % 3), null, null, "A", 10, D.plusDays(i));
    }
    QuotaPolicy quota = QuotaPolicy.limitedTo(5);
    CustomerBase base = Reactivator.load(src).withQuota(quota).asOf(D.plusDays(40)).base();
    assertEquals(3, base.size());
    assertEquals(2, quota.remaining());
    QuotaExceededException e =
        assertThrows(
            QuotaExceededException.class,
            () ->
                Reactivator.load(src)
                    .withQuota(quota)
                    .withLocale(java.util.Locale.ENGLISH)
                    .asOf(D.plusDays(40)));
    assertEquals(
        "3 unique customers in the file, 2 units left. Top up the balance or cut the file.",
        e.getMessage());
  }

  @Test
  void pseudonymOfAnIndexIsThePseudonymOfTheCustomerThere() {
    assertEquals("ID-0001", CustomerBase.pseudonymOf(0));
    assertEquals("ID-0042", CustomerBase.pseudonymOf(41));
    assertEquals("ID-12345678", CustomerBase.pseudonymOf(12_345_677));
    assertThrows(IllegalArgumentException.class, () -> CustomerBase.pseudonymOf(-1));
  }
}
