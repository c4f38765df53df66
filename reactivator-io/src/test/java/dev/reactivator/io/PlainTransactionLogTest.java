package dev.reactivator.io;

import static dev.reactivator.io.Csv.EN;
import static dev.reactivator.io.Csv.RU;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.data.Field;
import dev.reactivator.core.data.ProblemCode;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A plain transaction log ({@code customer_id,date,amount}, the shape lifetimes users have) or an
 * invoice-level export without a product column loads with no options; the product is then empty.
 */
class PlainTransactionLogTest {
  @Test
  void theLifetimesShapeLoadsWithNoOptions() {
    CollectingSink sink =
        Csv.read(
            "customer_id,date,amount\n"
                + "c1,2025-01-02,10.50\n"
                + "c1,2025-03-04,20\n"
                + "c2,2025-12-31,7.25\n",
            EN);
    assertEquals(3, sink.accepted.size());
    assertTrue(sink.rejected.isEmpty());
    assertFalse(sink.columns.contains(Field.PRODUCT));
    assertTrue(sink.columns.contains(Field.CUSTOMER_ID));
    assertTrue(sink.columns.contains(Field.PURCHASE_DATE));
    assertEquals("", sink.accepted.get(0).product());
    assertEquals(Optional.of("c1"), sink.accepted.get(0).customerId());
    assertEquals(LocalDate.of(2025, 1, 2), sink.accepted.get(0).date());
    assertEquals(10.5, sink.accepted.get(0).amount());
    assertEquals(LocalDate.of(2025, 12, 31), sink.accepted.get(2).date());
  }

  @Test
  void anInvoiceLevelExportWithoutProductsLoadsToo() {
    CollectingSink sink =
        Csv.read(
            "Клиент;Номер документа;Дата документа;Сумма документа\n"
                + "ООО Ромашка;101;02.01.2025;1 500,00\n"
                + "ООО Ромашка;102;04.03.2025;700,50\n",
            RU);
    assertEquals(2, sink.accepted.size());
    assertFalse(sink.columns.contains(Field.PRODUCT));
    assertEquals(Optional.of("101"), sink.accepted.get(0).orderId());
    assertEquals(1500.0, sink.accepted.get(0).amount());
  }

  @Test
  void anEmptyProductCellIsStillAnErrorWhenTheColumnExists() {
    CollectingSink sink =
        Csv.read("customer_id,date,product,amount\nc1,2025-01-02,,10\nc2,2025-01-02,Lamp,5\n", EN);
    assertEquals(1, sink.accepted.size());
    assertEquals(ProblemCode.PRODUCT_EMPTY, sink.rejected.get(0).code());
  }
}
