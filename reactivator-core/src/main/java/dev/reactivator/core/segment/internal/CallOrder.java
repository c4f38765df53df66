package dev.reactivator.core.segment.internal;

import dev.reactivator.core.features.ExactSum;
import dev.reactivator.core.score.CallValue;
import dev.reactivator.core.score.RiskLevel;
import dev.reactivator.core.score.TimingStatus;
import java.util.Arrays;

/**
 * The order of the call list, shared by the call list and the overview's customers to save first,
 * so both read one ranking (formulas in {@code docs/metrics.md}, "Sales manager"). Internal.
 *
 * <p>Per customer: the value at stake {@code stake = R × churn} (the customer's revenue at risk,
 * {@link RevenueModel#retainedRevenue}); the urgency {@code u} = 1 when the customer is due (T2NP
 * NOW) or overdue (LATE), else the share of the customer's own cycle already elapsed, {@code min(1,
 * days since / cycle)}; the expected money saved by calling now {@code saved = ret × stake × u}.
 * Customers who are due, overdue or at CRITICAL risk come first (the first tier), the not-yet-due
 * rest after them; inside a tier by {@code saved} descending (quantised to a float), then by index.
 */
public final class CallOrder {
  private static final RiskLevel[] LEVELS = RiskLevel.values();
  private static final TimingStatus[] STATUSES = TimingStatus.values();

  /** The value at stake per customer: revenue if retained × churn probability. */
  public final double[] stake;

  /** The urgency per customer, 0 to 1. */
  public final double[] urgency;

  /** The expected money saved by calling now per customer. */
  public final double[] saved;

  /** Whether the customer is in the first tier: due, overdue or at CRITICAL risk. */
  public final boolean[] firstTier;

  /** Every customer index, in call order. */
  public final int[] order;

  /** Σ {@link #saved} over the first tier, summed exactly ({@link ExactSum}). */
  public final double firstTierSaved;

  private CallOrder(ScoreColumns k) {
    int n = k.n;
    double[] retained = RevenueModel.retainedRevenue(k, k.scored.options().horizonDays());
    stake = new double[n];
    urgency = new double[n];
    saved = new double[n];
    firstTier = new boolean[n];
    long[] keys = new long[n];
    ExactSum tierSum = new ExactSum();
    for (int c = 0; c < n; c++) {
      TimingStatus status = STATUSES[k.status[c]];
      stake[c] = CallValue.stake(retained[c], k.churn(c));
      urgency[c] = CallValue.urgency(status, k.daysSince[c], k.cycle[c]);
      saved[c] = CallValue.saved(k.ret[c], stake[c], urgency[c]);
      firstTier[c] = CallValue.firstTier(status, LEVELS[k.risk[c]]);
      if (firstTier[c]) {
        tierSum.add(saved[c]);
      }
      // tier (1 bit), saved descending (31 bits of the non-negative float), index (31 bits)
      long inverted = 0x7fffffffL - Float.floatToIntBits((float) saved[c]);
      keys[c] = ((firstTier[c] ? 0L : 1L) << 62) | (inverted << 31) | c;
    }
    Arrays.sort(keys);
    order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = (int) (keys[i] & 0x7fffffffL);
    }
    firstTierSaved = tierSum.doubleValue();
  }

  /** The call order of {@code k}, computed once per score columns. */
  public static CallOrder of(ScoreColumns k) {
    return MEMO.get(k, CallOrder::new);
  }

  private static final Memo<ScoreColumns, CallOrder> MEMO = new Memo<>();
}
