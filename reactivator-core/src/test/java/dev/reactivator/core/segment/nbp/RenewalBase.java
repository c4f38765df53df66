package dev.reactivator.core.segment.nbp;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.segment.Rows;
import java.time.LocalDate;
import java.util.Random;

/**
 * A generated base where buying the same thing again is the strongest pattern: five product
 * families f (chosen with probabilities 0.35, 0.25, 0.2, 0.12, 0.08), and three kinds of customer:
 * 45 % renew "Лицензия f" every 330–400 days (2–5 orders; with probability 0.1 one order of
 * "Поддержка f" between two renewals), 25 % start on "Пробный период f" and then renew "Лицензия f"
 * (1–4 orders), 30 % buy "Принтер f" and then re-order "Картриджи f" every 60–120 days (1–8
 * orders). First orders fall 200–1 100 days before the analysis date.
 */
public final class RenewalBase {
  public static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
  private static final double[] FAMILY = {0.35, 0.25, 0.2, 0.12, 0.08};

  private RenewalBase() {}

  public static CustomerBase base(int customers, long seed) {
    Random rnd = new Random(seed);
    Rows rows = Rows.withDates();
    for (int c = 0; c < customers; c++) {
      int f = family(rnd.nextDouble());
      String phone = "7" + (2_000_000_000L + c);
      LocalDate d = AS_OF.minusDays(200 + rnd.nextInt(901));
      double kind = rnd.nextDouble();
      if (kind < 0.45) {
        int orders = 2 + rnd.nextInt(4);
        for (int k = 0; k < orders && d.isBefore(AS_OF); k++) {
          rows.add(phone, null, "Лицензия " + f, 30_000, d);
          if (k + 1 < orders && rnd.nextDouble() < 0.1) {
            rows.add(phone, null, "Поддержка " + f, 10_000, d.plusDays(100));
          }
          d = d.plusDays(330 + rnd.nextInt(71));
        }
      } else if (kind < 0.7) {
        rows.add(phone, null, "Пробный период " + f, 1_000, d);
        d = d.plusDays(14 + rnd.nextInt(30));
        int orders = 1 + rnd.nextInt(4);
        for (int k = 0; k < orders && d.isBefore(AS_OF); k++) {
          rows.add(phone, null, "Лицензия " + f, 30_000, d);
          d = d.plusDays(330 + rnd.nextInt(71));
        }
      } else {
        rows.add(phone, null, "Принтер " + f, 20_000, d);
        d = d.plusDays(60 + rnd.nextInt(61));
        int orders = 1 + rnd.nextInt(8);
        for (int k = 0; k < orders && d.isBefore(AS_OF); k++) {
          rows.add(phone, null, "Картриджи " + f, 3_000, d);
          d = d.plusDays(60 + rnd.nextInt(61));
        }
      }
    }
    return rows.asOf(AS_OF);
  }

  private static int family(double u) {
    double s = 0;
    for (int f = 0; f < FAMILY.length; f++) {
      s += FAMILY[f];
      if (u < s) {
        return f;
      }
    }
    return FAMILY.length - 1;
  }
}
