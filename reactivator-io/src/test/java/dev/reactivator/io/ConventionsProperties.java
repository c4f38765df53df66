package dev.reactivator.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reactivator.core.data.SourceRow;
import dev.reactivator.core.spi.SourceOptions;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The decimal convention of a column does not depend on whether it was detected or forced. */
class ConventionsProperties {

  /** A dot-decimal amount as exports write it, with its exact value. */
  record Written(String text, BigDecimal value) {}

  @Provide
  Arbitrary<List<Written>> dotDecimalColumn() {
    Arbitrary<Long> whole = Arbitraries.longs().between(0, 9_999_999);
    Arbitrary<Integer> decimals = Arbitraries.integers().between(0, 6);
    Arbitrary<Long> fraction = Arbitraries.longs().between(0, 999_999);
    Arbitrary<Boolean> grouped = Arbitraries.of(true, false);
    Arbitrary<Written> one =
        Combinators.combine(whole, decimals, fraction, grouped)
            .as(
                (w, k, f, g) -> {
                  String frac = k == 0 ? "" : String.format("%06d", f).substring(0, k);
                  String intPart =
                      g ? String.format(java.util.Locale.US, "%,d", w) : Long.toString(w);
                  String text = frac.isEmpty() ? intPart : intPart + "." + frac;
                  BigDecimal value = new BigDecimal(frac.isEmpty() ? w + "" : w + "." + frac);
                  return new Written(text, value);
                });
    return one.list().ofMinSize(1).ofMaxSize(40);
  }

  private static List<Double> amounts(List<Written> column, SourceOptions options) {
    StringBuilder sb = new StringBuilder("ID клиента;Товар;Сумма;Дата покупки\n");
    for (int i = 0; i < column.size(); i++) {
      sb.append(i + 1).append(";A;\"").append(column.get(i).text()).append("\";2020-01-01\n");
    }
    CollectingSink sink = Csv.read(sb.toString().getBytes(StandardCharsets.UTF_8), options, Csv.EN);
    assertEquals(column.size(), sink.rows(), "rows read = accepted + refunds + rejected");
    return java.util.stream.Stream.concat(
            sink.accepted.stream().map(SourceRow::amount), sink.refundAmounts.stream())
        .toList();
  }

  @Property(tries = 300)
  void aDotDecimalColumnReadsTheSameDetectedAndForced(
      @ForAll("dotDecimalColumn") List<Written> column) {
    List<Double> forced = amounts(column, SourceOptions.defaults().withDecimal('.'));
    assertEquals(forced, amounts(column, SourceOptions.defaults()));
    List<Double> expected = column.stream().map(w -> w.value().doubleValue()).toList();
    assertEquals(
        expected.stream().sorted().toList(), forced.stream().sorted().toList(), "exact values");
  }
}
