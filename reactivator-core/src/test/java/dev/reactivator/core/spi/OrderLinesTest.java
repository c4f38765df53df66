package dev.reactivator.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.Reactivator;
import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.base.CustomerProfile;
import dev.reactivator.core.data.Field;
import dev.reactivator.core.data.IngestionReport;
import dev.reactivator.core.data.OrderLine;
import dev.reactivator.core.data.ProblemCode;
import dev.reactivator.core.data.RowProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class OrderLinesTest {
  private static final LocalDate AS_OF = LocalDate.of(2024, 12, 1);
  private static final Locale EN = Locale.ENGLISH;

  private static OrderLine.Builder line(String product, double amount, LocalDate date) {
    return OrderLine.builder().product(product).amount(amount).date(date);
  }

  private static CustomerBase load(TransactionSource source) {
    return Reactivator.load(source).withLocale(EN).asOf(AS_OF).base();
  }

  @Test
  void phoneSpellingsAndEmailCaseAreOneCustomer() {
    List<OrderLine> lines =
        List.of(
            line("Coffee", 450, LocalDate.of(2024, 10, 5)).phone("+7 (900) 111-22-33").build(),
            line("Tea", 300, LocalDate.of(2024, 11, 5)).phone("89001112233").build(),
            line("Cake", 200, LocalDate.of(2024, 11, 6)).email(" Anna@Example.com ").build(),
            line("Cake", 250, LocalDate.of(2024, 11, 7)).email("anna@example.com").build());
    CustomerBase base = load(TransactionSource.of(lines));
    assertEquals(2, base.size());
    CustomerProfile byPhone =
        base.customers().stream().filter(c -> !c.phones().isEmpty()).findFirst().orElseThrow();
    assertEquals(List.of("79001112233"), byPhone.phones());
    assertEquals(2, byPhone.purchaseCount());
    assertEquals(750, byPhone.totalSpent(), 1e-9);
    assertEquals(
        EnumSet.of(Field.PHONE, Field.EMAIL, Field.PRODUCT, Field.AMOUNT, Field.PURCHASE_DATE),
        base.report().columns());
  }

  @Test
  void linesWithoutAnyProductAreAPlainTransactionLog() {
    List<OrderLine> lines =
        List.of(
            OrderLine.builder().customerId("C1").amount(10).date(LocalDate.of(2024, 10, 5)).build(),
            OrderLine.builder().customerId("C1").amount(20).date(LocalDate.of(2024, 11, 5)).build(),
            OrderLine.builder().customerId("C2").amount(5).date(LocalDate.of(2024, 11, 6)).build());
    CustomerBase base = load(TransactionSource.of(lines));
    assertEquals(2, base.size());
    assertEquals(3, base.report().rowsAccepted());
    assertEquals(
        EnumSet.of(Field.CUSTOMER_ID, Field.AMOUNT, Field.PURCHASE_DATE), base.report().columns());
    assertTrue(!base.has(Field.PRODUCT));
  }

  @Test
  void everyLineEndsInExactlyOneOutcomeWithItsPositionAndFix() {
    LocalDate d = LocalDate.of(2024, 11, 1);
    List<OrderLine> lines =
        List.of(
            line("Coffee", 450, d).customerId("C1").name("Anna").orderId("A-1").build(), // 1 ok
            line("Coffee", 450, d).phone("call me").build(), // 2 bad phone
            line("Coffee", -450, d).customerId("C1").build(), // 3 refund
            line("Coffee", 450, d).build(), // 4 no identity
            OrderLine.builder().customerId("C2").amount(10).date(d).build(), // 5 no product
            line("Coffee", 450, AS_OF.plusDays(1)).customerId("C2").build(), // 6 future
            line("Tea", 0, d).email("a@b.c").build(), // 7 refund (zero)
            line("Tea", 10, d).email("a@@b").complaints(-1).build(), // 8 two problems
            OrderLine.builder().customerId("C3").product("Tea").date(d).build(), // 9 no amount
            line("Tea", 10, null).customerId("C3").days(30).build()); // 10 ok, by days
    CollectingSink sink = new CollectingSink();
    TransactionSource.of(lines).read(new ReadContext(AS_OF, EN), sink);

    assertEquals(1, sink.begins);
    assertEquals(lines.size(), sink.rows());
    assertEquals(List.of(1L, 10L), sink.accepted.stream().map(r -> r.line()).toList());
    assertEquals(Optional.of("A-1"), sink.accepted.get(0).orderId());
    assertEquals(AS_OF.minusDays(30), sink.accepted.get(1).date());
    assertEquals(List.of(3L, 7L), sink.refunds);
    List<RowProblem> r = sink.rejected;
    assertEquals(
        List.of(
            ProblemCode.PHONE_INVALID,
            ProblemCode.NO_IDENTITY,
            ProblemCode.PRODUCT_EMPTY,
            ProblemCode.DATE_IN_FUTURE,
            ProblemCode.EMAIL_INVALID,
            ProblemCode.AMOUNT_INVALID),
        r.stream().map(RowProblem::code).toList());
    assertEquals(List.of(2L, 4L, 5L, 6L, 8L, 9L), r.stream().map(RowProblem::line).toList());
    assertEquals(
        "Line 2, field \"phone\": \"call me\" — this is not a phone number: it must be one number"
            + " of 5 to 15 digits, for example +7 900 111-22-33.",
        r.get(0).message());
    assertEquals(Optional.of("call me"), r.get(0).value());
    assertTrue(r.get(1).message().startsWith("Line 4: no customer id, phone or e-mail"));
    assertTrue(
        r.get(3).message().contains("after the analysis date 01.12.2024"), r.get(3).message());
    assertTrue(
        r.get(4)
            .message()
            .contains("Also: field \"complaints\": \"-1\" — it must be a non-negative"),
        r.get(4).message());
  }

  @Test
  void russianIsTheDefaultLanguage() {
    CollectingSink sink = new CollectingSink();
    TransactionSource.of(List.of(line("Кофе", 1, LocalDate.of(2024, 1, 1)).build()))
        .read(new ReadContext(AS_OF, Locale.forLanguageTag("ru")), sink);
    assertEquals(
        "Строка 1: нет ни ID клиента, ни телефона, ни e-mail — покупку не к кому отнести. Укажите"
            + " хотя бы одно из них.",
        sink.rejected.get(0).message());
  }

  @Test
  void theDeclaredColumnsAreTheFieldsSomeLineHas() {
    CollectingSink sink = new CollectingSink();
    OrderLine a = line("Tea", 1, LocalDate.of(2024, 1, 1)).customerId("C1").build();
    OrderLine b =
        OrderLine.builder()
            .phone("89001112233")
            .product("Tea")
            .amount(BigDecimal.TEN)
            .days(3)
            .tickets(2)
            .build();
    TransactionSource.of(List.of(a, b)).read(new ReadContext(AS_OF, EN), sink);
    assertEquals(
        Set.of(
            Field.CUSTOMER_ID,
            Field.PHONE,
            Field.PRODUCT,
            Field.AMOUNT,
            Field.PURCHASE_DATE,
            Field.DAYS,
            Field.TICKETS),
        sink.columns);
  }

  @Test
  void aCollectedSourceAndAStreamingSourceCanBeReadTwice() {
    List<OrderLine> lines =
        List.of(
            line("Tea", 10, LocalDate.of(2024, 5, 1)).customerId("C1").build(),
            line("Tea", 20, LocalDate.of(2024, 6, 1)).customerId("C2").build());
    TransactionSource collected = lines.stream().collect(OrderLines.toSource());
    AtomicInteger closed = new AtomicInteger();
    TransactionSource streamed =
        OrderLines.streaming("crm", () -> lines.stream().onClose(closed::incrementAndGet));
    for (TransactionSource s : List.of(collected, streamed, collected, streamed)) {
      IngestionReport report = load(s).report();
      assertEquals(2, report.rowsAccepted());
      assertEquals(2, report.uniqueCustomers());
    }
    assertEquals(4, closed.get(), "every opened stream is closed");
    assertEquals("crm", streamed.description());
    assertEquals("in-memory", collected.description());
  }

  @Test
  void unreadableValuesAreRejectedWithTheValue() {
    CollectingSink sink = new CollectingSink();
    OrderLine l =
        OrderLine.builder()
            .customerId("C1")
            .product("Tea")
            .date(LocalDate.of(2024, 1, 1))
            .unreadable(Field.AMOUNT, "12 руб")
            .build();
    TransactionSource.of(List.of(l)).read(new ReadContext(AS_OF, EN), sink);
    RowProblem p = sink.rejected.get(0);
    assertEquals(ProblemCode.AMOUNT_INVALID, p.code());
    assertEquals(Optional.of("12 руб"), p.value());
    assertEquals(Optional.of("amount"), p.column());
  }

  @Test
  void linesAreValuesWithoutNulls() {
    OrderLine a = OrderLine.builder().customerId("  C1 ").name(" ").amount(5).build();
    OrderLine b = OrderLine.builder().customerId("C1").amount(5.0).build();
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(Optional.empty(), a.name());
    assertEquals("OrderLine[customerId=C1, amount=OptionalDouble[5.0]]", a.toString());
    assertThrows(NullPointerException.class, () -> TransactionSource.of(null));
    assertThrows(
        IllegalArgumentException.class, () -> OrderLines.source(" ", List.<OrderLine>of()));
    assertThrows(
        NullPointerException.class,
        () ->
            TransactionSource.of(java.util.Arrays.asList((OrderLine) null))
                .read(new ReadContext(AS_OF, EN), new CollectingSink()));
    assertEquals(
        "in-memory", Stream.<OrderLine>empty().collect(OrderLines.toSource()).description());
  }
}
