package dev.reactivator.core.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.Reactivator;
import dev.reactivator.core.data.DataWarning;
import dev.reactivator.core.data.OrderLine;
import dev.reactivator.core.spi.TransactionSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class IdentityPolicyTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

  private static OrderLine.Builder line(String product, int daysAgo) {
    return OrderLine.builder().product(product).amount(100).date(AS_OF.minusDays(daysAgo));
  }

  private static CustomerBase load(IdentityPolicy policy, List<OrderLine> lines) {
    return Reactivator.load(TransactionSource.of(lines))
        .withIdentity(policy)
        .withLocale(Locale.ENGLISH)
        .asOf(AS_OF)
        .base();
  }

  private static List<String> ids(CustomerBase base) {
    return base.customers().stream()
        .map(p -> String.join("+", p.customerIds()) + ":" + p.purchaseCount())
        .collect(Collectors.toList());
  }

  @Test
  void twoCrmIdsSharingAnEmailStayTwoCustomersUnderCustomerIdFirst() {
    List<OrderLine> lines =
        List.of(
            line("A", 10).customerId("C100").email("shared@x.ru").build(),
            line("B", 20).customerId("C101").email("Shared@X.ru").build());
    assertEquals(List.of("C100+C101:2"), ids(load(IdentityPolicy.anyKey(), lines)));
    CustomerBase base = load(IdentityPolicy.customerIdFirst(), lines);
    assertEquals(List.of("C100:1", "C101:1"), ids(base));
    // both keep the e-mail they were seen with
    assertEquals(List.of("shared@x.ru"), base.customers().get(0).emails());
    assertEquals(List.of("shared@x.ru"), base.customers().get(1).emails());
    assertTrue(base.warnings().isEmpty(), base.warnings().toString());
  }

  @Test
  void aRowWithoutIdJoinsTheOneIdThatHasItsContact() {
    List<OrderLine> lines =
        List.of(
            line("A", 10).customerId("C100").phone("+7 900 000-00-01").build(),
            line("B", 20).customerId("C101").email("b@x.ru").build(),
            // no id, phone of C100 written another way
            line("C", 30).phone("8 (900) 000 00 01").build(),
            // no id, a contact nobody with an id has: a customer of its own
            line("D", 40).email("new@x.ru").build());
    CustomerBase base = load(IdentityPolicy.customerIdFirst(), lines);
    assertEquals(List.of("C100:2", "C101:1", ":1"), ids(base));
    assertEquals(List.of("79000000001"), base.customers().get(0).phones());
    assertTrue(base.warnings().isEmpty(), base.warnings().toString());
  }

  @Test
  void aRowWithoutIdWhoseContactsBelongToTwoIdsStaysApartAndIsCounted() {
    List<OrderLine> lines =
        List.of(
            line("A", 10).customerId("C100").email("shared@x.ru").build(),
            line("B", 20).customerId("C101").email("shared@x.ru").build(),
            // the e-mail two ids have: ambiguous
            line("C", 30).email("shared@x.ru").build(),
            // the phone of C102 and the e-mail of C103: ambiguous too, a second group
            line("D", 40).customerId("C102").phone("79000000002").build(),
            line("E", 50).phone("79000000002").email("c103@x.ru").build(),
            line("F", 60).customerId("C103").email("c103@x.ru").build(),
            // two id-less rows sharing a phone are one group, and both rows are counted
            line("G", 70).phone("79000000002").build());
    CustomerBase base = load(IdentityPolicy.customerIdFirst(), lines);
    // ordered by smallest key: ids, then e-mails (c103@… before shared@…)
    assertEquals(List.of("C100:1", "C101:1", "C102:1", "C103:1", ":2", ":1"), ids(base));
    List<DataWarning> ambiguous =
        base.warnings().stream()
            .filter(w -> w.code() == DataWarning.Code.AMBIGUOUS_CONTACT)
            .collect(Collectors.toList());
    assertEquals(1, ambiguous.size(), base.warnings().toString());
    assertTrue(
        ambiguous.get(0).message().startsWith("Customers without an id whose phone or e-mail"),
        ambiguous.get(0).message());
    assertTrue(ambiguous.get(0).message().contains(": 2 (3 rows; the first is ID-0005)"));
    // every row is still counted once
    assertEquals(7, base.report().rowsAccepted());
    assertEquals(6, base.report().uniqueCustomers());
  }

  @Test
  void refundsFollowThePolicy() {
    List<OrderLine> lines =
        List.of(
            line("A", 10).customerId("C100").email("shared@x.ru").build(),
            line("B", 20).customerId("C101").email("shared@x.ru").build(),
            line("R", 5).customerId("C101").amount(-40).build(),
            // a refund by an ambiguous contact is linked to nobody
            line("R", 5).email("shared@x.ru").amount(-7).build());
    CustomerBase base = load(IdentityPolicy.customerIdFirst(), lines);
    assertEquals(2, base.report().refunds());
    assertEquals(List.of("C100:1", "C101:1"), ids(base));
    assertEquals(0, base.refunds(0));
    assertEquals(1, base.refunds(1));
  }
}
