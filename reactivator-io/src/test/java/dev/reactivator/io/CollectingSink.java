package dev.reactivator.io;

import dev.reactivator.core.data.Field;
import dev.reactivator.core.data.RowProblem;
import dev.reactivator.core.data.SourceRow;
import dev.reactivator.core.spi.TransactionSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A test sink that keeps everything it is given. */
final class CollectingSink implements TransactionSink {
  Set<Field> columns;
  Map<String, String> details;
  int begins;
  final List<SourceRow> accepted = new ArrayList<>();
  final List<long[]> refundLines = new ArrayList<>();
  final List<Double> refundAmounts = new ArrayList<>();
  final List<RowProblem> rejected = new ArrayList<>();
  final List<RowProblem> warnings = new ArrayList<>();
  final List<Double> progress = new ArrayList<>();

  @Override
  public void begin(Set<Field> columns, Map<String, String> details) {
    begins++;
    this.columns = columns;
    this.details = details;
  }

  @Override
  public void accept(SourceRow row) {
    accepted.add(row);
  }

  @Override
  public void refund(long line, double amount) {
    refundLines.add(new long[] {line});
    refundAmounts.add(amount);
  }

  @Override
  public void reject(RowProblem problem) {
    rejected.add(problem);
  }

  @Override
  public void warn(RowProblem problem) {
    warnings.add(problem);
  }

  @Override
  public void progress(double fraction) {
    progress.add(fraction);
  }

  int rows() {
    return accepted.size() + refundLines.size() + rejected.size();
  }

  RowProblem onlyRejected() {
    if (rejected.size() != 1) {
      throw new AssertionError("expected one rejected row, got " + rejected);
    }
    return rejected.get(0);
  }
}
