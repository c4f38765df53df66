package dev.reactivator.core;

import dev.reactivator.core.data.Field;
import dev.reactivator.core.data.SourceRow;
import dev.reactivator.core.spi.ReadContext;
import dev.reactivator.core.spi.TransactionSink;
import dev.reactivator.core.spi.TransactionSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** A test source over rows built in code. */
public class InMemorySource implements TransactionSource {
  private final List<SourceRow> rows = new ArrayList<>();
  private final Set<Field> columns;

  public InMemorySource(Set<Field> columns) {
    this.columns = columns;
  }

  public InMemorySource() {
    this(
        EnumSet.of(
            Field.NAME,
            Field.PHONE,
            Field.EMAIL,
            Field.PRODUCT,
            Field.AMOUNT,
            Field.PURCHASE_DATE,
            Field.CUSTOMER_ID));
  }

  public InMemorySource add(
      String id,
      String phone,
      String email,
      String name,
      String product,
      double amount,
      LocalDate date) {
    rows.add(
        new SourceRow(
            rows.size() + 2,
            Optional.ofNullable(id),
            Optional.ofNullable(phone),
            Optional.ofNullable(email),
            Optional.ofNullable(name),
            product,
            amount,
            date,
            Optional.empty(),
            OptionalInt.empty(),
            OptionalInt.empty(),
            OptionalInt.empty()));
    return this;
  }

  public InMemorySource add(SourceRow row) {
    rows.add(row);
    return this;
  }

  public List<SourceRow> rows() {
    return rows;
  }

  @Override
  public String description() {
    return "in-memory";
  }

  @Override
  public void read(ReadContext context, TransactionSink sink) {
    sink.begin(columns, Map.of());
    rows.forEach(sink::accept);
  }
}
