package dev.reactivator.core.model;

import java.util.Locale;

/**
 * The guards that label a purchase-model fit degenerate ({@code docs/metrics.md}, "Fit guards"):
 * every check returns the empty string when it passes, else a short English reason.
 */
final class FitGuard {
  /** The smallest plausible value of r, α (in the data's unit), a and b. */
  static final double MIN_PLAUSIBLE = 1e-4;

  /** The largest plausible value of r, α (in the data's unit), a and b. */
  static final double MAX_PLAUSIBLE = 1e5;

  /** Below this mean dropout probability a / (a + b) nobody would ever drop out. */
  static final double MIN_MEAN_DROPOUT = 1e-3;

  /** Above this mean dropout probability everyone would drop out at once. */
  static final double MAX_MEAN_DROPOUT = 1 - 1e-3;

  /**
   * The least log-likelihood gain over the nested NBD without dropout (two more parameters): half
   * the 95 % quantile of χ² with 2 degrees of freedom, 5.99 / 2.
   */
  static final double MIN_GAIN_OVER_NESTED = 3.0;

  private FitGuard() {}

  /**
   * The edge-of-the-space checks: every parameter within [{@link #MIN_PLAUSIBLE}, {@link
   * #MAX_PLAUSIBLE}], and the dropout at neither edge: for BG/NBD and MBG/NBD the mean dropout
   * probability a / (a + b), for Pareto/NBD the mean dropout rate s/β as a share of the mean
   * purchase rate r/α (the expected dropouts per purchase), within [{@link #MIN_MEAN_DROPOUT},
   * {@link #MAX_MEAN_DROPOUT}] (Pareto/NBD: [{@link #MIN_MEAN_DROPOUT}, 1 / {@link
   * #MIN_MEAN_DROPOUT}]).
   */
  static String edge(ModelKind kind, double[] theta) {
    String[] names = PurchaseModels.names(kind);
    for (int i = 0; i < theta.length; i++) {
      double v = theta[i];
      if (!(v >= MIN_PLAUSIBLE && v <= MAX_PLAUSIBLE)) {
        return String.format(
            Locale.ROOT,
            "%s = %.4g outside the plausible range [%.0e, %.0e] (%s)",
            names[i],
            v,
            MIN_PLAUSIBLE,
            MAX_PLAUSIBLE,
            describe(kind, theta));
      }
    }
    if (kind == ModelKind.PARETO_NBD) {
      double perPurchase = (theta[2] / theta[3]) / (theta[0] / theta[1]);
      if (perPurchase < MIN_MEAN_DROPOUT || perPurchase > 1 / MIN_MEAN_DROPOUT) {
        return String.format(
            Locale.ROOT,
            "mean dropout rate s/beta is %.3g of the mean purchase rate r/alpha: %s (%s)",
            perPurchase,
            perPurchase < MIN_MEAN_DROPOUT
                ? "nobody would ever drop out"
                : "everyone would drop out at once",
            describe(kind, theta));
      }
      return "";
    }
    double meanDropout = theta[2] / (theta[2] + theta[3]);
    if (meanDropout < MIN_MEAN_DROPOUT) {
      return String.format(
          Locale.ROOT,
          "mean dropout probability a/(a+b) = %.3g: nobody would ever drop out (%s)",
          meanDropout,
          describe(kind, theta));
    }
    if (meanDropout > MAX_MEAN_DROPOUT) {
      return String.format(
          Locale.ROOT,
          "mean dropout probability a/(a+b) = %.6f: everyone would drop out at once (%s)",
          meanDropout,
          describe(kind, theta));
    }
    return "";
  }

  /** The edge check for known parameters. */
  static String edge(ModelKind kind, BgNbdParameters p) {
    return edge(kind, new double[] {p.r(), p.alpha(), p.a(), p.b()});
  }

  /** Whether the fit improves on the nested NBD by at least {@link #MIN_GAIN_OVER_NESTED}. */
  static String nested(double logLikelihood, double nestedLogLikelihood) {
    if (Double.isFinite(nestedLogLikelihood)
        && !(logLikelihood - nestedLogLikelihood >= MIN_GAIN_OVER_NESTED)) {
      return String.format(
          Locale.ROOT,
          "log-likelihood %.2f no better than %.2f of the NBD without dropout",
          logLikelihood,
          nestedLogLikelihood);
    }
    return "";
  }

  /** {@code r = …, alpha = …, a = …, b = …}. */
  static String describe(ModelKind kind, double[] theta) {
    String[] names = PurchaseModels.names(kind);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < theta.length; i++) {
      if (i > 0) {
        b.append(", ");
      }
      b.append(names[i]).append(" = ").append(String.format(Locale.ROOT, "%.4g", theta[i]));
    }
    return b.toString();
  }
}
