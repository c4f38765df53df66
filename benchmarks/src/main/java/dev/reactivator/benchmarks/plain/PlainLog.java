package dev.reactivator.benchmarks.plain;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Writes a plain transaction log, the {@code customer_id,date,amount} shape lifetimes users have,
 * for any number of customers, with a fixed seed.
 *
 * <p>Each customer's first purchase falls uniformly in the three years before {@link #AS_OF}; the
 * repeat purchases follow a BG/NBD process in days (purchase rate λ ~ Gamma(r = 0.8) / α = 60, a
 * dropout after each purchase with p ~ Beta(a = 0.9, b = 2.5)); the amounts follow Gamma-Gamma (ν ~
 * Gamma(q = 4) / γ = 250, each order ~ Gamma(p = 6) / ν, mean 500), written with two decimals.
 * About 3.9 rows a customer. Rows come in date order, as a log is written, one header line {@code
 * customer_id,date,amount}, ISO dates, LF line ends, UTF-8 without BOM.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * dev.reactivator.benchmarks.plain.PlainLog 1000000 /tmp/plain-1m.csv [seed]}.
 */
public final class PlainLog {
  /** The analysis date the log ends before: every purchase is on or before it. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 1, 31);

  private PlainLog() {}

  /**
   * Writes the log.
   *
   * @param args the number of customers, the output file and optionally the seed (42)
   * @throws IOException when the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: PlainLog CUSTOMERS FILE [SEED]");
      System.exit(2);
    }
    int customers = Integer.parseInt(args[0]);
    Path file = Path.of(args[1]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
    long rows = write(customers, file, seed);
    System.out.printf(
        "%s: %d customers, %d rows, %d bytes%n", file, customers, rows, Files.size(file));
  }

  /**
   * Writes {@code customers} customers' purchases to {@code file}.
   *
   * @param customers the number of customers, each with at least one purchase
   * @param file the output file, replaced
   * @param seed the random seed
   * @return the number of data rows written
   * @throws IOException when the file cannot be written
   */
  public static long write(int customers, Path file, long seed) throws IOException {
    SplittableRandom rnd = new SplittableRandom(seed);
    int end = (int) AS_OF.toEpochDay();
    int span = 3 * 365;
    int capacity = Math.max(16, customers * 4);
    int[] who = new int[capacity];
    int[] day = new int[capacity];
    long[] cents = new long[capacity];
    int n = 0;
    for (int c = 1; c <= customers; c++) {
      int first = end - rnd.nextInt(span);
      double lambda = gamma(rnd, 0.8) / 60;
      double p = beta(rnd, 0.9, 2.5);
      double nu = gamma(rnd, 4) / 250;
      double now = first;
      boolean alive = true;
      int k = 0;
      while (alive && now < end + 1) {
        if (n == who.length) {
          int grown = who.length + (who.length >> 1);
          who = Arrays.copyOf(who, grown);
          day = Arrays.copyOf(day, grown);
          cents = Arrays.copyOf(cents, grown);
        }
        who[n] = c;
        day[n] = (int) Math.floor(now);
        cents[n] = Math.max(1, Math.round(gamma(rnd, 6) / nu * 100));
        // the first purchase, then each repeat: the customer drops out with probability p after
        // each repeat purchase, and the next one comes after an exponential wait
        alive = k == 0 || rnd.nextDouble() >= p;
        k++;
        n++;
        now += -Math.log(1 - rnd.nextDouble()) / lambda;
      }
    }
    // date order, ties in generation order: sort (day, index) packed into one long
    long[] order = new long[n];
    for (int i = 0; i < n; i++) {
      order[i] = ((long) (day[i] - end + span + 1) << 32) | i;
    }
    Arrays.parallelSort(order);
    byte[][] dates = new byte[span + 2][];
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      out.write("customer_id,date,amount\n".getBytes(StandardCharsets.US_ASCII));
      byte[] line = new byte[64];
      for (int k = 0; k < n; k++) {
        int i = (int) order[k];
        int d = day[i];
        int slot = d - end + span + 1;
        byte[] date = dates[slot];
        if (date == null) {
          date = LocalDate.ofEpochDay(d).toString().getBytes(StandardCharsets.US_ASCII);
          dates[slot] = date;
        }
        int len = digits(line, 0, who[i]);
        line[len++] = ',';
        System.arraycopy(date, 0, line, len, date.length);
        len += date.length;
        line[len++] = ',';
        len = digits(line, len, cents[i] / 100);
        line[len++] = '.';
        long frac = cents[i] % 100;
        line[len++] = (byte) ('0' + frac / 10);
        line[len++] = (byte) ('0' + frac % 10);
        line[len++] = '\n';
        out.write(line, 0, len);
      }
    }
    return n;
  }

  private static int digits(byte[] b, int at, long v) {
    String s = Long.toString(v);
    for (int i = 0; i < s.length(); i++) {
      b[at + i] = (byte) s.charAt(i);
    }
    return at + s.length();
  }

  /** Marsaglia–Tsang Gamma(shape, 1). */
  static double gamma(SplittableRandom rnd, double shape) {
    if (shape < 1) {
      return gamma(rnd, shape + 1) * Math.pow(rnd.nextDouble(), 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double z;
      double v;
      do {
        double u1 = 1 - rnd.nextDouble();
        double u2 = rnd.nextDouble();
        z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
        v = 1 + c * z;
      } while (v <= 0);
      v = v * v * v;
      double u = rnd.nextDouble();
      if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
        return d * v;
      }
    }
  }

  static double beta(SplittableRandom rnd, double a, double b) {
    double g1 = gamma(rnd, a);
    return g1 / (g1 + gamma(rnd, b));
  }
}
