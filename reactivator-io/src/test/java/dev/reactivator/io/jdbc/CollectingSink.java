package dev.reactivator.io.jdbc;

import dev.reactivator.core.data.Field;
import dev.reactivator.core.data.RowProblem;
import dev.reactivator.core.data.SourceRow;
import dev.reactivator.core.spi.TransactionSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A test sink that keeps the accepted and rejected rows. */
class CollectingSink implements TransactionSink {
  Set<Field> columns;
  final List<SourceRow> accepted = new ArrayList<>();
  final List<RowProblem> rejected = new ArrayList<>();
  long refunds;

  @Override
  public void begin(Set<Field> columns, Map<String, String> details) {
    this.columns = columns;
  }

  @Override
  public void accept(SourceRow row) {
    accepted.add(row);
  }

  @Override
  public void refund(long line, double amount) {
    refunds++;
  }

  @Override
  public void reject(RowProblem problem) {
    rejected.add(problem);
  }

  @Override
  public void warn(RowProblem problem) {}
}
