package dev.reactivator.core.clv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the CDNOW reference files copied to {@code src/test/resources/cdnow/}. */
final class Cdnow {
  private Cdnow() {}

  /** {@code cdnow_customers_summary_with_transactions.csv} in weeks, zbar as the mean repeat spend. */
  static CustomerSummary summaryWithSpend() {
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
  static CustomerSummary summary() {
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

  static List<String[]> csv(String name) {
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

  static BufferedReader reader(String name) {
    InputStream in = Cdnow.class.getResourceAsStream("/cdnow/" + name);
    if (in == null) {
      throw new IllegalStateException("missing test resource cdnow/" + name);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
  }
}
