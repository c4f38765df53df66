package dev.reactivator.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.data.Contacts;
import dev.reactivator.core.data.Field;
import dev.reactivator.core.data.OrderLine;
import dev.reactivator.core.data.SourceRow;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class OrderLinesProperties {
  private static final LocalDate AS_OF = LocalDate.of(2024, 12, 1);

  @Property(tries = 300)
  void everyLineEndsInExactlyOneOutcome(@ForAll("lines") @Size(max = 40) List<OrderLine> lines) {
    CollectingSink sink = new CollectingSink();
    TransactionSource.of(lines).read(new ReadContext(AS_OF, Locale.ENGLISH), sink);
    assertEquals(1, sink.begins);
    assertEquals(lines.size(), sink.rows());
    Set<Field> union = EnumSet.noneOf(Field.class);
    lines.forEach(l -> union.addAll(l.fields()));
    assertEquals(union, sink.columns);
    for (SourceRow r : sink.accepted) {
      OrderLine l = lines.get((int) r.line() - 1);
      assertEquals(l.phone().flatMap(Contacts::normalizePhone), r.phone());
      assertEquals(l.email().flatMap(Contacts::normalizeEmail), r.email());
      assertTrue(!r.date().isAfter(AS_OF));
      assertEquals(l.amount().getAsDouble(), r.amount());
    }
    sink.rejected.forEach(p -> assertTrue(p.message().startsWith("Line " + p.line()), p::message));
  }

  @Provide
  Arbitrary<List<OrderLine>> lines() {
    Arbitrary<String> ids = Arbitraries.of("C1", "C2", " C3 ").injectNull(0.4);
    Arbitrary<String> phones =
        Arbitraries.of("+7 (900) 111-22-33", "89001112233", "9001112233", "call me", "12")
            .injectNull(0.5);
    Arbitrary<String> emails =
        Arbitraries.of("A@B.ru", "a@b.ru", "not an address", "x@y.z").injectNull(0.6);
    Arbitrary<String> products = Arbitraries.of("Tea", "Coffee", " ").injectNull(0.1);
    Arbitrary<Double> amounts =
        Arbitraries.oneOf(
            Arbitraries.doubles().between(-100, 1000), Arbitraries.of(0.0, Double.NaN));
    Arbitrary<LocalDate> dates =
        Arbitraries.integers().between(-400, 5).map(AS_OF::plusDays).injectNull(0.2);
    Arbitrary<Integer> counts = Arbitraries.integers().between(-1, 3).injectNull(0.6);
    return Combinators.combine(ids, phones, emails, products, amounts, dates, counts)
        .as(
            (id, phone, email, product, amount, date, count) -> {
              OrderLine.Builder b =
                  OrderLine.builder()
                      .customerId(id)
                      .phone(phone)
                      .email(email)
                      .product(product)
                      .amount(amount)
                      .date(date);
              if (count != null) {
                b.complaints(count);
              }
              return b.build();
            })
        .list();
  }
}
