package dev.reactivator.core.spi;

import dev.reactivator.core.data.Field;
import dev.reactivator.core.data.RowProblem;
import dev.reactivator.core.data.SourceRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A test sink that keeps what it is given. */
final class CollectingSink implements TransactionSink {
  Set<Field> columns;
  int begins;
  final List<SourceRow> accepted = new ArrayList<>();
  final List<Long> refunds = new ArrayList<>();
  final List<RowProblem> rejected = new ArrayList<>();

  @Override
  public void begin(Set<Field> columns, Map<String, String> details) {
    begins++;
    this.columns = columns;
  }

  @Override
  public void accept(SourceRow row) {
    accepted.add(row);
  }

  @Override
  public void refund(long line, double amount) {
    refunds.add(line);
  }

  @Override
  public void reject(RowProblem problem) {
    rejected.add(problem);
  }

  @Override
  public void warn(RowProblem problem) {}

  int rows() {
    return accepted.size() + refunds.size() + rejected.size();
  }
}
