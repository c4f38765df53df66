package dev.reactivator.benchmarks.insight;

import dev.reactivator.core.Reactivator;
import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.data.Field;
import dev.reactivator.core.data.SourceRow;
import dev.reactivator.core.spi.ReadContext;
import dev.reactivator.core.spi.TransactionSink;
import dev.reactivator.core.spi.TransactionSource;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;

/**
 * A seeded synthetic purchase history with true purchase dates: {@code customers} customers, 1–6
 * purchases each (mean ≈ 2.6), 40 products visited along chains (p → p+1 with probability 0.6, p →
 * p+7 with 0.25, any product with 0.15), first purchases spread over three years before 2025-12-31,
 * 10–90 days between purchases.
 */
public final class SyntheticBase implements TransactionSource {
  static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
  private static final int PRODUCTS = 40;
  private final int customers;
  private final long seed;

  SyntheticBase(int customers, long seed) {
    this.customers = customers;
    this.seed = seed;
  }

  /**
   * Loads the synthetic base as of {@link #AS_OF}.
   *
   * @param customers the number of customers
   * @param seed the random seed
   * @return the loaded base
   */
  public static CustomerBase load(int customers, long seed) {
    return Reactivator.load(new SyntheticBase(customers, seed)).asOf(AS_OF).base();
  }

  @Override
  public String description() {
    return "synthetic " + customers + " customers, seed " + seed;
  }

  @Override
  public void read(ReadContext context, TransactionSink sink) {
    sink.begin(
        EnumSet.of(Field.CUSTOMER_ID, Field.PRODUCT, Field.AMOUNT, Field.PURCHASE_DATE), Map.of());
    SplittableRandom rnd = new SplittableRandom(seed);
    String[] names = new String[PRODUCTS];
    for (int p = 0; p < PRODUCTS; p++) {
      names[p] = "product-" + p;
    }
    long line = 2;
    long start = AS_OF.toEpochDay() - 3 * 365;
    for (int c = 0; c < customers; c++) {
      Optional<String> id = Optional.of("C" + c);
      int purchases = 1;
      while (purchases < 6 && rnd.nextDouble() < 0.6) {
        purchases++;
      }
      int p = Math.min(rnd.nextInt(PRODUCTS), rnd.nextInt(PRODUCTS));
      long day = start + rnd.nextInt(3 * 365);
      for (int k = 0; k < purchases && day <= AS_OF.toEpochDay(); k++) {
        sink.accept(
            new SourceRow(
                line++,
                id,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                names[p],
                100 + rnd.nextInt(20_000),
                LocalDate.ofEpochDay(day),
                Optional.empty(),
                OptionalInt.empty(),
                OptionalInt.empty(),
                OptionalInt.empty()));
        double u = rnd.nextDouble();
        p = u < 0.6 ? (p + 1) % PRODUCTS : u < 0.85 ? (p + 7) % PRODUCTS : rnd.nextInt(PRODUCTS);
        day += 10 + rnd.nextInt(81);
      }
    }
  }
}
