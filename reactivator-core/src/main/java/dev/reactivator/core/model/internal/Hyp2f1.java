package dev.reactivator.core.model.internal;

/**
 * The Gauss hypergeometric function {@code 2F1(a, b; c; z)} for {@code 0 ≤ z < 1}, evaluated in log
 * space so that it neither overflows nor underflows for the large parameters that high-frequency
 * customers produce ({@code a = r + x}, {@code b = b + x} with x in the thousands). Internal.
 *
 * <p><b>Method.</b> The power series {@code Σ_k (a)_k (b)_k / ((c)_k k!) z^k} is summed term by
 * term, the term ratio being {@code (a+k)(b+k) z / ((c+k)(k+1))}. The running sum and term are
 * rescaled by {@code 1e-200} whenever the term exceeds {@code 1e200}, and the scale is carried in
 * log space, so terms that first grow (large a, b against c) never overflow.
 *
 * <p><b>Transformation.</b> When {@code z > 0.5} and Euler's transformation {@code 2F1(a,b;c;z) =
 * (1−z)^(c−a−b) 2F1(c−a, c−b; c; z)} has smaller numerator parameters ({@code |(c−a)(c−b)| <
 * |ab|}), the transformed series is summed instead; the factor {@code (1−z)^(c−a−b)} is added in
 * log space. For the BG/NBD conditional expectation this turns {@code 2F1(r+x, b+x; a+b+x−1; z)}
 * into {@code 2F1(a+b−1−r, a−1; a+b+x−1; z)}, whose terms shrink from the start.
 *
 * <p><b>Convergence rule.</b> Summation stops at the first k ≥ 1 where the magnitude of the term
 * ratio is below 1 and {@code |term| ≤ 1e-15 |sum|}; a term that is exactly zero (a numerator
 * parameter hit a non-positive integer) ends the (then finite) series at once. The series is cut at
 * {@link #MAX_TERMS} terms, and {@link #converged()} says whether the rule was met. z is clamped to
 * {@code [0, 1 − 1e-12]}.
 */
public final class Hyp2f1 {
  /** The most terms summed. */
  public static final int MAX_TERMS = 1_000_000;

  private static final double BIG = 1e200;
  private static final double LOG_BIG = Math.log(BIG);
  private static final double EPS = 1e-15;

  private double logAbs;
  private int sign;
  private boolean converged;
  private int terms;

  /**
   * Evaluates {@code 2F1(a, b; c; z)}; read the result with {@link #logAbs()} and {@link #sign()}.
   */
  public Hyp2f1 evaluate(double a, double b, double c, double z) {
    double zz = Math.min(Math.max(z, 0.0), 1.0 - 1e-12);
    double prefactor = 0.0;
    if (zz > 0.5 && Math.abs((c - a) * (c - b)) < Math.abs(a * b)) {
      prefactor = (c - a - b) * Log1p.of(-zz);
      double na = c - a;
      double nb = c - b;
      a = na;
      b = nb;
    }
    series(a, b, c, zz);
    logAbs += prefactor;
    return this;
  }

  private void series(double a, double b, double c, double z) {
    double sum = 1.0;
    double term = 1.0;
    double logScale = 0.0;
    converged = false;
    int k = 0;
    if (z == 0.0) {
      converged = true;
    }
    while (!converged && k < MAX_TERMS) {
      double ratio = (a + k) * (b + k) / ((c + k) * (k + 1.0)) * z;
      term *= ratio;
      k++;
      if (term == 0.0) {
        converged = true;
        break;
      }
      if (Math.abs(term) > BIG) {
        term /= BIG;
        sum /= BIG;
        logScale += LOG_BIG;
      }
      sum += term;
      if (Math.abs(ratio) < 1.0 && Math.abs(term) <= EPS * Math.abs(sum)) {
        converged = true;
      }
    }
    terms = k;
    sign = sum > 0 ? 1 : sum < 0 ? -1 : 0;
    logAbs = sum == 0 ? Double.NEGATIVE_INFINITY : Math.log(Math.abs(sum)) + logScale;
  }

  /** {@code log |2F1|} of the last evaluation. */
  public double logAbs() {
    return logAbs;
  }

  /** The sign (−1, 0, 1) of the last evaluation. */
  public int sign() {
    return sign;
  }

  /** Whether the last evaluation met the convergence rule. */
  public boolean converged() {
    return converged;
  }

  /** The number of terms summed in the last evaluation. */
  public int terms() {
    return terms;
  }

  /**
   * {@code 2F1(a, b; c; z)} as a plain double (may overflow to infinity for extreme parameters).
   */
  public static double value(double a, double b, double c, double z) {
    Hyp2f1 h = new Hyp2f1().evaluate(a, b, c, z);
    return h.sign * Math.exp(h.logAbs);
  }
}
