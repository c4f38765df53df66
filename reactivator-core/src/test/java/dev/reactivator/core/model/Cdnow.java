package dev.reactivator.core.model;

import dev.reactivator.core.features.CustomerSummary;
import dev.reactivator.core.features.PeriodUnit;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the CDNOW reference files copied to {@code src/test/resources/cdnow/}. */
public final class Cdnow {
  private Cdnow() {}

  /**
   * {@code cdnow_customers_summary_with_transactions.csv} in weeks, zbar as the mean repeat spend.
   */
  public static CustomerSummary summaryWithSpend() {
    List<String[]> rows = csv("cdnow_customers_summary_with_transactions.csv");
    int n = rows.size();
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] t = new double[n];
    double[] m = new double[n];
    for (int i = 0; i < n; i++) {
      String[] r = rows.get(i);
      x[i] = Integer.parseInt(r[1]);
      tx[i] = Double.parseDouble(r[2]);
      t[i] = Double.parseDouble(r[3]);
      m[i] = Double.parseDouble(r[4]);
    }
    return CustomerSummary.of(x, tx, t, m, PeriodUnit.WEEKS);
  }

  /** {@code cdnow_customers_summary.csv} in weeks. */
  public static CustomerSummary summary() {
    List<String[]> rows = csv("cdnow_customers_summary.csv");
    int n = rows.size();
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] t = new double[n];
    for (int i = 0; i < n; i++) {
      String[] r = rows.get(i);
      x[i] = Integer.parseInt(r[1]);
      tx[i] = Double.parseDouble(r[2]);
      t[i] = Double.parseDouble(r[3]);
    }
    return CustomerSummary.of(x, tx, t, PeriodUnit.WEEKS);
  }

  public static List<String[]> csv(String name) {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = reader(name)) {
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          rows.add(line.trim().split(","));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /**
   * A CDNOW transaction log as (customer key, epoch day) per purchase: the whitespace-separated
   * columns {@code idColumn} (the key) and {@code dateColumn} ({@code yyyymmdd}); lines whose key
   * column is not a number (the master file's header) are skipped.
   */
  public static int[][] transactions(String name, int idColumn, int dateColumn) {
    int[] id = new int[1024];
    int[] day = new int[1024];
    int n = 0;
    try (BufferedReader r = reader(name)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.trim().split("\\s+");
        if (f.length <= Math.max(idColumn, dateColumn)
            || !Character.isDigit(f[idColumn].charAt(0))) {
          continue;
        }
        if (n == id.length) {
          id = java.util.Arrays.copyOf(id, 2 * n);
          day = java.util.Arrays.copyOf(day, 2 * n);
        }
        id[n] = Integer.parseInt(f[idColumn]);
        String d = f[dateColumn];
        day[n] =
            (int)
                java.time.LocalDate.of(
                        Integer.parseInt(d.substring(0, 4)),
                        Integer.parseInt(d.substring(4, 6)),
                        Integer.parseInt(d.substring(6, 8)))
                    .toEpochDay();
        n++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new int[][] {java.util.Arrays.copyOf(id, n), java.util.Arrays.copyOf(day, n)};
  }

  /**
   * {@code CDNOW_master.txt} as parallel columns: customer id and epoch day ({@code int[][]}),
   * number of CDs and dollar value ({@code double[][]}) per purchase line.
   */
  public static Object[] masterWithAmounts() {
    int[][] log = transactions("CDNOW_master.txt", 0, 1);
    int n = log[0].length;
    double[] cds = new double[n];
    double[] dollars = new double[n];
    int k = 0;
    try (BufferedReader r = reader("CDNOW_master.txt")) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.trim().split("\\s+");
        if (f.length < 4 || !Character.isDigit(f[0].charAt(0))) {
          continue;
        }
        cds[k] = Double.parseDouble(f[2]);
        dollars[k] = Double.parseDouble(f[3]);
        k++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Object[] {log, dollars, cds};
  }

  public static BufferedReader reader(String name) {
    InputStream in = Cdnow.class.getResourceAsStream("/cdnow/" + name);
    if (in == null) {
      throw new IllegalStateException("missing test resource cdnow/" + name);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
  }
}
