package dev.reactivator.core.model.internal;

import static org.apache.commons.math3.special.Gamma.digamma;
import static org.apache.commons.math3.special.Gamma.logGamma;

import dev.reactivator.core.internal.PackedTriples;
import java.util.Arrays;

/**
 * The BG/NBD and MBG/NBD log-likelihoods over grouped sufficient statistics: identical (x, t_x, T)
 * triples are merged into one row with a weight, the rows sorted by (x, t_x, T) so the sum — and
 * therefore the fit — does not depend on the order of the customers. Internal.
 *
 * <p>Per row, with {@code A = lnΓ(r+x) − lnΓ(r) + r ln α}:
 *
 * <ul>
 *   <li>BG/NBD: {@code ll = A + lnB(a, b+x) − lnB(a, b) + ln[(α+T)^-(r+x) + 1{x>0} a/(b+x−1)
 *       (α+t_x)^-(r+x)]}
 *   <li>MBG/NBD: {@code ll = A + lnB(a, b+x+1) − lnB(a, b) + ln[(α+T)^-(r+x) + a/(b+x)
 *       (α+t_x)^-(r+x)]}
 * </ul>
 *
 * the bracket evaluated as a log-sum-exp.
 */
public final class PurchaseLikelihood implements MaxLikelihood.DifferentiableNll {
  private final boolean modified;

  /** Distinct rows. */
  public final double[] x;

  /** Distinct rows' t_x. */
  public final double[] tx;

  /** Distinct rows' T. */
  public final double[] age;

  /** Customers per distinct row. */
  public final double[] weight;

  /** The sum of the weights. */
  public final double totalWeight;

  /**
   * The distinct values of t_x and T, sorted: with whole days there are at most a few thousand, so
   * {@code ln(α + t)} is taken once per distinct value per evaluation instead of twice per row.
   */
  final double[] times;

  /** Each row's T as an index into {@link #times}. */
  final int[] ageIndex;

  /** Each row's t_x as an index into {@link #times}. */
  final int[] txIndex;

  /** Groups the triples; {@code modified} selects MBG/NBD. */
  public PurchaseLikelihood(boolean modified, int[] xs, double[] txs, double[] ts) {
    this.modified = modified;
    int n = xs.length;
    double[] gx = new double[n];
    double[] gt = new double[n];
    double[] gT = new double[n];
    double[] gw = new double[n];
    int g = -1;
    int maxTime = PackedTriples.maxTime(xs, txs, ts);
    if (maxTime >= 0) {
      // whole days (the normal case): sort packed primitive keys instead of boxed indices
      int timeBits = PackedTriples.bits(maxTime);
      long timeMask = (1L << timeBits) - 1;
      long[] keys = PackedTriples.sorted(xs, txs, ts, timeBits);
      long prev = -1;
      for (int k = 0; k < n; k++) {
        long key = keys[k];
        if (key == prev) {
          gw[g] += 1;
        } else {
          prev = key;
          g++;
          gx[g] = key >>> (2 * timeBits);
          gt[g] = (key >>> timeBits) & timeMask;
          gT[g] = key & timeMask;
          gw[g] = 1;
        }
      }
    } else {
      int[] order =
          IndexOrder.of(
              n,
              (i, j) -> {
                int c = Integer.compare(xs[i], xs[j]);
                if (c == 0) {
                  c = Double.compare(txs[i], txs[j]);
                }
                return c != 0 ? c : Double.compare(ts[i], ts[j]);
              });
      for (int k = 0; k < n; k++) {
        int i = order[k];
        if (g >= 0 && gx[g] == xs[i] && gt[g] == txs[i] && gT[g] == ts[i]) {
          gw[g] += 1;
        } else {
          g++;
          gx[g] = xs[i];
          gt[g] = txs[i];
          gT[g] = ts[i];
          gw[g] = 1;
        }
      }
    }
    int m = g + 1;
    x = Arrays.copyOf(gx, m);
    tx = Arrays.copyOf(gt, m);
    age = Arrays.copyOf(gT, m);
    weight = Arrays.copyOf(gw, m);
    totalWeight = n;
    TimeIndex index = TimeIndex.of(age, tx, m);
    times = index.times;
    ageIndex = index.ageIndex;
    txIndex = index.txIndex;
  }

  /**
   * Over rows already grouped: distinct triples sorted by (x, t_x, T), each with its weight (the
   * customers it stands for), as {@code WeightedSummary} holds them; rows of weight 0 are dropped.
   * The same rows and weights give the same sums as the per-customer constructor.
   */
  public PurchaseLikelihood(
      boolean modified, double[] xs, double[] txs, double[] ts, double[] weights) {
    this.modified = modified;
    int n = xs.length;
    int m = 0;
    double[] gx = new double[n];
    double[] gt = new double[n];
    double[] gT = new double[n];
    double[] gw = new double[n];
    double total = 0;
    for (int i = 0; i < n; i++) {
      if (weights[i] > 0) {
        gx[m] = xs[i];
        gt[m] = txs[i];
        gT[m] = ts[i];
        gw[m] = weights[i];
        total += weights[i];
        m++;
      }
    }
    x = Arrays.copyOf(gx, m);
    tx = Arrays.copyOf(gt, m);
    age = Arrays.copyOf(gT, m);
    weight = Arrays.copyOf(gw, m);
    totalWeight = total;
    TimeIndex index = TimeIndex.of(age, tx, m);
    times = index.times;
    ageIndex = index.ageIndex;
    txIndex = index.txIndex;
  }

  /** The other model ({@code modified} selects MBG/NBD) over the same grouped rows, shared. */
  public PurchaseLikelihood(boolean modified, PurchaseLikelihood rows) {
    this.modified = modified;
    this.x = rows.x;
    this.tx = rows.tx;
    this.age = rows.age;
    this.weight = rows.weight;
    this.totalWeight = rows.totalWeight;
    this.times = rows.times;
    this.ageIndex = rows.ageIndex;
    this.txIndex = rows.txIndex;
  }

  /** Below this largest time the distinct times are found by marking, not by sorting. */
  private static final int DIRECT_INDEX_LIMIT = 1 << 16;

  /**
   * The distinct values of the rows' t_x and T, sorted, and each row's T and t_x as indices into
   * them: by marking when every time is a whole number below {@link #DIRECT_INDEX_LIMIT} (whole
   * days), else by sorting; the same arrays either way.
   */
  private static final class TimeIndex {
    final double[] times;
    final int[] ageIndex;
    final int[] txIndex;

    private TimeIndex(double[] times, int[] ageIndex, int[] txIndex) {
      this.times = times;
      this.ageIndex = ageIndex;
      this.txIndex = txIndex;
    }

    static TimeIndex of(double[] age, double[] tx, int m) {
      int[] ageIndex = new int[m];
      int[] txIndex = new int[m];
      long max = 0;
      for (int i = 0; i < m && max >= 0; i++) {
        long a = PackedTriples.whole(age[i]);
        long t = PackedTriples.whole(tx[i]);
        max = a < 0 || t < 0 ? -1 : Math.max(max, Math.max(a, t));
      }
      if (max >= 0 && max < DIRECT_INDEX_LIMIT) {
        int[] rank = new int[(int) max + 1];
        for (int i = 0; i < m; i++) {
          rank[(int) age[i]] = 1;
          rank[(int) tx[i]] = 1;
        }
        int k = 0;
        for (int t = 0; t <= max; t++) {
          rank[t] = rank[t] != 0 ? k++ : -1;
        }
        double[] times = new double[k];
        for (int t = 0; t <= max; t++) {
          if (rank[t] >= 0) {
            times[rank[t]] = t;
          }
        }
        for (int i = 0; i < m; i++) {
          ageIndex[i] = rank[(int) age[i]];
          txIndex[i] = rank[(int) tx[i]];
        }
        return new TimeIndex(times, ageIndex, txIndex);
      }
      double[] times = distinctTimes(age, tx, m);
      for (int i = 0; i < m; i++) {
        ageIndex[i] = Arrays.binarySearch(times, age[i]);
        txIndex[i] = Arrays.binarySearch(times, tx[i]);
      }
      return new TimeIndex(times, ageIndex, txIndex);
    }
  }

  @Override
  public double value(double[] theta) {
    return -logLikelihood(theta[0], theta[1], theta[2], theta[3]);
  }

  /** The total log-likelihood. */
  public double logLikelihood(double r, double alpha, double a, double b) {
    double lnAlpha = Math.log(alpha);
    double lnA = Math.log(a);
    double lgR = logGamma(r);
    double lgB = logGamma(b);
    double lgAB = logGamma(a + b);
    double[] lnTime = new double[times.length];
    for (int k = 0; k < times.length; k++) {
      lnTime[k] = Math.log(alpha + times[k]);
    }
    double base = 0;
    double lnOdds = 0;
    double prevX = -1;
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      double xi = x[i];
      if (xi != prevX) {
        prevX = xi;
        double shift = modified ? 1 : 0;
        base =
            logGamma(r + xi)
                - lgR
                + r * lnAlpha
                + lgAB
                + logGamma(b + xi + shift)
                - lgB
                - logGamma(a + b + xi + shift);
        lnOdds = lnA - Math.log(b + xi - (modified ? 0 : 1));
      }
      double rx = r + xi;
      double l1 = -rx * lnTime[ageIndex[i]];
      double ll;
      if (modified || xi > 0) {
        double l2 = lnOdds - rx * lnTime[txIndex[i]];
        ll = base + logAddExp(l1, l2);
      } else {
        ll = base + l1;
      }
      sum += weight[i] * ll;
    }
    return sum;
  }

  @Override
  public double valueAndGradient(double[] theta, double[] gradient) {
    double ll = logLikelihood(theta[0], theta[1], theta[2], theta[3], gradient);
    for (int i = 0; i < 4; i++) {
      gradient[i] = -gradient[i];
    }
    return -ll;
  }

  /**
   * The total log-likelihood, computed as {@link #logLikelihood(double, double, double, double)}
   * does, and its gradient with respect to (r, α, a, b) written into {@code gradient}. With {@code
   * l1 = −(r+x) ln(α+T)}, {@code l2 = ln a − ln(b+x−1) − (r+x) ln(α+t_x)} (MBG/NBD: ln(b+x)) and ω
   * the weight {@code e^l2 / (e^l1 + e^l2)} of the second term, per row: ∂/∂r = ψ(r+x) − ψ(r) + ln
   * α − (1−ω) ln(α+T) − ω ln(α+t_x); ∂/∂α = r/α − (r+x) [(1−ω)/(α+T) + ω/(α+t_x)]; ∂/∂a = ψ(a+b) −
   * ψ(a+b+x') + ω/a; ∂/∂b = ψ(b+x') − ψ(b) + ψ(a+b) − ψ(a+b+x') − ω/(b+x−1) with x' = x (BG/NBD) or
   * x + 1 (MBG/NBD); BG/NBD rows with x = 0 have ω = 0.
   */
  public double logLikelihood(double r, double alpha, double a, double b, double[] gradient) {
    double lnAlpha = Math.log(alpha);
    double lnA = Math.log(a);
    double lgR = logGamma(r);
    double lgB = logGamma(b);
    double lgAB = logGamma(a + b);
    double dgR = digamma(r);
    double dgB = digamma(b);
    double dgAB = digamma(a + b);
    double[] lnTime = new double[times.length];
    double[] invTime = new double[times.length];
    for (int k = 0; k < times.length; k++) {
      lnTime[k] = Math.log(alpha + times[k]);
      invTime[k] = 1 / (alpha + times[k]);
    }
    double shift = modified ? 1 : 0;
    double base = 0;
    double lnOdds = 0;
    double dOddsB = 0;
    double prevX = -1;
    double sum = 0;
    double gr = 0;
    double galpha = 0;
    double ga = 0;
    double gb = 0;
    // per-x group: the weight and the weighted sums of the row terms
    double gw = 0;
    double gOmega = 0;
    double gLn = 0;
    double gInv = 0;
    double rx = 0;
    double dr = 0;
    double da = 0;
    double db = 0;
    for (int i = 0; i <= x.length; i++) {
      double xi = i < x.length ? x[i] : -2;
      if (xi != prevX) {
        if (i > 0) {
          gr += gw * dr - gLn;
          galpha += gw * (r / alpha) - rx * gInv;
          ga += gw * da + gOmega / a;
          gb += gw * db + gOmega * dOddsB;
        }
        if (i == x.length) {
          break;
        }
        prevX = xi;
        base =
            logGamma(r + xi)
                - lgR
                + r * lnAlpha
                + lgAB
                + logGamma(b + xi + shift)
                - lgB
                - logGamma(a + b + xi + shift);
        double oddsDenominator = b + xi - (modified ? 0 : 1);
        lnOdds = lnA - Math.log(oddsDenominator);
        dOddsB = -1 / oddsDenominator;
        rx = r + xi;
        double dgABX = digamma(a + b + xi + shift);
        dr = digamma(rx) - dgR + lnAlpha;
        da = dgAB - dgABX;
        db = digamma(b + xi + shift) - dgB + dgAB - dgABX;
        gw = 0;
        gOmega = 0;
        gLn = 0;
        gInv = 0;
      }
      double w = weight[i];
      int it = ageIndex[i];
      double lnT = lnTime[it];
      double l1 = -rx * lnT;
      double ll;
      if (modified || xi > 0) {
        int ix = txIndex[i];
        double lnTx = lnTime[ix];
        double l2 = lnOdds - rx * lnTx;
        double m = Math.max(l1, l2);
        double e = Math.exp(-Math.abs(l1 - l2));
        ll = base + (m == Double.NEGATIVE_INFINITY ? m : m + Math.log(1 + e));
        double small = e / (1 + e);
        double omega = l2 >= l1 ? 1 - small : small;
        gOmega += w * omega;
        gLn += w * ((1 - omega) * lnT + omega * lnTx);
        gInv += w * ((1 - omega) * invTime[it] + omega * invTime[ix]);
      } else {
        ll = base + l1;
        gLn += w * lnT;
        gInv += w * invTime[it];
      }
      gw += w;
      sum += w * ll;
    }
    gradient[0] = gr;
    gradient[1] = galpha;
    gradient[2] = ga;
    gradient[3] = gb;
    return sum;
  }

  /** {@code ln(e^p + e^q)} without overflow. */
  public static double logAddExp(double p, double q) {
    double m = Math.max(p, q);
    if (m == Double.NEGATIVE_INFINITY) {
      return m;
    }
    // ln(1 + e) rather than log1p(e): e ≤ 1 and the result is added to m, so the absolute error
    // stays below an ulp of the sum, and Math.log is an intrinsic while log1p is not (JDK 17)
    return m + Math.log(1 + Math.exp(-Math.abs(p - q)));
  }

  /**
   * The distinct values of {@code age[0..m)} and {@code tx[0..m)}, sorted: the time points whose
   * powers and logarithms a likelihood evaluates once per call instead of once per row.
   */
  static double[] distinctTimes(double[] age, double[] tx, int m) {
    double[] all = new double[2 * m];
    System.arraycopy(age, 0, all, 0, m);
    System.arraycopy(tx, 0, all, m, m);
    Arrays.sort(all);
    int k = 0;
    for (int i = 0; i < all.length; i++) {
      if (k == 0 || Double.compare(all[i], all[k - 1]) != 0) {
        all[k++] = all[i];
      }
    }
    return Arrays.copyOf(all, k);
  }
}
