package dev.reactivator.core.features;

import java.util.Arrays;

/**
 * The exact sum of doubles, rounded once: the running sum is kept as non-overlapping partials
 * (Shewchuk's algorithm, as Python's {@code math.fsum}), so the result is the correctly rounded sum
 * whatever the order of the terms and however they are split. Two sums of disjoint terms merge
 * exactly ({@link #add(ExactSum)}), which makes a cumulative share computed by partitions (a
 * cluster job's) equal to the one computed in one loop: the ABC classes and the call list's
 * priorities compare such cumulative sums with a threshold.
 *
 * <p>A mutable accumulator, not thread-safe.
 */
public final class ExactSum {
  private double[] partials = new double[4];
  private int size;
  private double special;
  private boolean hasSpecial;

  /** An empty sum (0). */
  public ExactSum() {}

  /**
   * A sum holding the given partials, as {@link #partials()} returned them.
   *
   * @param partials the partials of another sum
   * @return a new sum of those partials
   */
  public static ExactSum of(double[] partials) {
    ExactSum s = new ExactSum();
    for (double p : partials) {
      s.add(p);
    }
    return s;
  }

  /**
   * Adds a term.
   *
   * @param value the term; an infinite or NaN term makes the sum that of the non-finite terms
   * @return this sum
   */
  public ExactSum add(double value) {
    if (!Double.isFinite(value)) {
      special += value;
      hasSpecial = true;
      return this;
    }
    double x = value;
    int i = 0;
    for (int j = 0; j < size; j++) {
      double y = partials[j];
      if (Math.abs(x) < Math.abs(y)) {
        double t = x;
        x = y;
        y = t;
      }
      double hi = x + y;
      if (Double.isInfinite(hi)) {
        // the exact sum leaves the double range: it rounds to that infinity
        special += hi;
        hasSpecial = true;
        size = 0;
        return this;
      }
      double lo = y - (hi - x);
      if (lo != 0.0) {
        partials[i++] = lo;
      }
      x = hi;
    }
    if (i == partials.length) {
      partials = Arrays.copyOf(partials, 2 * i);
    }
    partials[i++] = x;
    size = i;
    return this;
  }

  /**
   * Adds every term of another sum, exactly.
   *
   * @param other the other sum, unchanged
   * @return this sum
   */
  public ExactSum add(ExactSum other) {
    if (other.hasSpecial) {
      special += other.special;
      hasSpecial = true;
    }
    for (int j = 0; j < other.size; j++) {
      add(other.partials[j]);
    }
    return this;
  }

  /**
   * The partials, for sending the sum elsewhere ({@link #of}).
   *
   * @return a copy of the partials; their exact sum is this sum
   */
  public double[] partials() {
    double[] p = Arrays.copyOf(partials, size + (hasSpecial ? 1 : 0));
    if (hasSpecial) {
      p[size] = special;
    }
    return p;
  }

  /**
   * The sum, correctly rounded to the nearest double (ties to even).
   *
   * @return the sum rounded once
   */
  public double doubleValue() {
    if (hasSpecial) {
      return special;
    }
    int n = size;
    if (n == 0) {
      return 0.0;
    }
    double hi = partials[--n];
    double lo = 0;
    while (n > 0) {
      double x = hi;
      double y = partials[--n];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) {
        break;
      }
    }
    // round half to even: the partials below lo decide a tie
    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
      double y = lo * 2;
      double x = hi + y;
      double yr = x - hi;
      if (y == yr) {
        hi = x;
      }
    }
    return hi;
  }

  @Override
  public String toString() {
    return Double.toString(doubleValue());
  }
}
