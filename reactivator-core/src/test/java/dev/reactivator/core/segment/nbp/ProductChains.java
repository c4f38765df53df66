package dev.reactivator.core.segment.nbp;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.segment.Rows;
import java.time.LocalDate;
import java.util.Random;

/**
 * A generated base with known product sequences: 8 products; a customer starts on product 0–7
 * (lower ids more likely), then each next purchase follows p → p+1 (mod 8) with probability 0.6, p
 * → p+3 with 0.25, and a uniformly random product with 0.15; 2–6 purchases 10–60 days apart.
 */
public final class ProductChains {
  public static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
  private static final String[] PRODUCTS = {"P0", "P1", "P2", "P3", "P4", "P5", "P6", "P7"};

  private ProductChains() {}

  public static CustomerBase base(int customers, long seed) {
    Random rnd = new Random(seed);
    Rows rows = Rows.withDates();
    for (int c = 0; c < customers; c++) {
      int purchases = 2 + rnd.nextInt(5);
      int p = Math.min(rnd.nextInt(8), rnd.nextInt(8));
      LocalDate d = AS_OF.minusDays(400 + rnd.nextInt(300));
      String phone = "7" + (1_000_000_000L + c);
      for (int k = 0; k < purchases; k++) {
        rows.add(phone, null, PRODUCTS[p], 100 + rnd.nextInt(900), d);
        double u = rnd.nextDouble();
        p = u < 0.6 ? (p + 1) % 8 : u < 0.85 ? (p + 3) % 8 : rnd.nextInt(8);
        d = d.plusDays(10 + rnd.nextInt(51));
      }
    }
    return rows.asOf(AS_OF);
  }
}
