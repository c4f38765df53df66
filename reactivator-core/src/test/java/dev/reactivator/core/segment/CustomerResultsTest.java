package dev.reactivator.core.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.Reactivator;
import dev.reactivator.core.base.IdentityPolicy;
import dev.reactivator.core.data.OrderLine;
import dev.reactivator.core.spi.TransactionSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerResultsTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

  /** Forty CRM customers, the even ones sharing an office e-mail with their odd neighbour. */
  private static Analysis analysis() {
    List<OrderLine> lines = new ArrayList<>();
    for (int c = 0; c < 40; c++) {
      for (int k = 0; k <= c % 5; k++) {
        lines.add(
            OrderLine.builder()
                .customerId("C" + (100 + c))
                .phone(String.format("+7 900 000-%02d-%02d", c / 100, c % 100))
                .email("office" + (c / 2) + "@x.ru")
                .product("P" + ((c + k) % 4))
                .amount(100 + 10 * c + k)
                .date(AS_OF.minusDays(5 + 30L * k + 7L * c))
                .build());
      }
    }
    return Reactivator.load(TransactionSource.of(lines))
        .withIdentity(IdentityPolicy.customerIdFirst())
        .asOf(AS_OF)
        .score()
        .segment();
  }

  @Test
  void aCrmIdFindsItsCustomerWithTheSameFiguresAsTheScoredBase() {
    Analysis a = analysis();
    assertEquals(40, a.base().size());
    CustomerResult r = a.customer(" C117 ").orElseThrow();
    assertEquals(List.of("C117"), r.profile().customerIds());
    assertEquals(a.scored().score(r.index()), r.score());
    assertEquals(a.rfm().code(r.index()), r.rfm().code());
    assertEquals(r, a.customers().byCrmId("C117").orElseThrow());
    assertEquals(r.index(), a.customers().byPhone("8 900 000 00 17").orElseThrow().index());
    assertTrue(a.customer("C999").isEmpty());
    // a shared office e-mail finds the first of its customers
    assertEquals(
        List.of("C116"),
        a.customers().byEmail("OFFICE8@x.ru").orElseThrow().profile().customerIds());
  }

  @Test
  void theIteratorGoesInCallListOrderAndCoversEveryCustomerOnce() {
    Analysis a = analysis();
    CustomerResults results = a.customers();
    List<Integer> seen = new ArrayList<>();
    results.forEach(r -> seen.add(r.index()));
    assertEquals(results.order(), seen);
    assertEquals(40, seen.stream().distinct().count());
    var callList = a.sales().callList();
    for (int i = 0; i < callList.size(); i++) {
      assertEquals(callList.get(i).index(), seen.get(i));
      assertEquals(callList.get(i), results.get(seen.get(i)).callListRow().orElseThrow());
    }
    for (int i = callList.size(); i < seen.size(); i++) {
      assertTrue(results.get(seen.get(i)).callListRow().isEmpty());
    }
    // every customer is in one RFM segment group and one RFM-map group
    for (CustomerResult r : results) {
      assertEquals(1, r.segments().stream().filter(k -> k.startsWith("rfm/")).count());
      assertTrue(r.segments().contains("rfm/" + r.rfm().segment()), r.segments().toString());
      assertTrue(r.segments().contains("rfm-map/" + r.rfm().mapSegment()));
    }
  }
}
