package dev.reactivator.core.base;

import dev.reactivator.core.data.SourceRow;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/** Source rows for the unit tests of the builder's parts. */
final class BuilderRows {
  static final LocalDate DAY = LocalDate.of(2025, 6, 1);

  private BuilderRows() {}

  /** A row with the given keys (null for absent), name, product, amount and day offset. */
  static SourceRow row(
      String id, String phone, String email, String name, String product, double amount, int day) {
    return new SourceRow(
        2,
        Optional.ofNullable(id),
        Optional.ofNullable(phone),
        Optional.ofNullable(email),
        Optional.ofNullable(name),
        product,
        amount,
        DAY.plusDays(day),
        Optional.empty(),
        OptionalInt.empty(),
        OptionalInt.empty(),
        OptionalInt.empty());
  }

  /** A phone-only row with complaints. */
  static SourceRow withComplaints(String phone, int complaints) {
    return new SourceRow(
        2,
        Optional.empty(),
        Optional.of(phone),
        Optional.empty(),
        Optional.empty(),
        "P",
        1,
        DAY,
        Optional.empty(),
        OptionalInt.of(complaints),
        OptionalInt.empty(),
        OptionalInt.empty());
  }
}
