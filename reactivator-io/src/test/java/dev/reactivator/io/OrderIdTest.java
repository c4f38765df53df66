package dev.reactivator.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The order id of a line, and the cancellations it marks. */
class OrderIdTest {
  private static final String HEADER = "Номер заказа;Товар;Сумма;Телефон;Дата покупки\n";

  @Test
  void orderIdIsTrimmedAndBlankIsEmpty() {
    CollectingSink sink =
        Csv.read(
            HEADER
                + "  A-17 ;Кабель;100;89001234567;2025-01-01\n"
                + "   ;Кабель;100;89001234567;2025-01-01\n");
    assertEquals(Optional.of("A-17"), sink.accepted.get(0).orderId());
    assertEquals(Optional.empty(), sink.accepted.get(1).orderId());
  }

  @Test
  void aCancellationInvoiceIsARefundWhateverTheSignOfItsAmount() {
    CollectingSink sink =
        Csv.read(
            HeaderDictionaryTest.UCI
                + "C536380,22633,HAND WARMER UNION JACK,6,2010-12-01 09:45,1.85,17851,United"
                + " Kingdom\n");
    assertEquals(3, sink.accepted.size());
    assertEquals(List.of(-27.5, -11.1), sink.refundAmounts);
    assertEquals(Optional.of("536365"), sink.accepted.get(0).orderId());
    assertEquals(5, sink.rows());
  }

  @Test
  void onlyCFollowedByDigitsMarksACancellation() {
    CollectingSink sink =
        Csv.read(
            HEADER
                + "CA-2016-152156;Кабель;100;89001234567;2025-01-01\n"
                + "c123;Кабель;100;89001234567;2025-01-01\n"
                + "C;Кабель;100;89001234567;2025-01-01\n");
    assertEquals(3, sink.accepted.size());
    assertEquals(List.of(), sink.refundAmounts);
  }
}
