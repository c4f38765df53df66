package dev.reactivator.core.segment.nbp;

import dev.reactivator.core.model.NextPurchaseModel;
import dev.reactivator.core.segment.internal.PurchaseColumns;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ranks the products of a {@link NextPurchaseModel} for the customers of a base: for customer
 * {@code c} the last order is {@code c}'s last purchase occasion, the owned products are {@code
 * c}'s basket. The model may come from another base (a saved model): products are matched by name,
 * and a product the base does not know is never proposed. Not thread-safe (scratch arrays); one per
 * thread. Package-private.
 */
final class NextPurchaseRanker {
  private final NextPurchaseModel m;
  private final double alpha;
  // the model's transitions out of product a: to[off[a] … off[a+1]-1] ascending, counts cnt
  private final int[] off;
  private final int[] to;
  private final int[] cnt;
  private final int[] total;
  private final double[] prior;
  private final int[] popular;
  private final PurchaseColumns col;
  private final Baskets baskets;
  private final List<String> names;
  private final int[] baseToModel;
  private final int[] modelToBase;
  private final double[] score;
  private final int[] stamp;
  private final int[] ownMark;
  private final int[] last;
  private final int[] touched;
  private int st;
  private int lastLen;
  private double w;
  final int[] nextProduct;
  final double[] nextScore;
  final int[] crossProduct;
  final double[] crossScore;
  int nextCount;
  int crossCount;

  NextPurchaseRanker(
      NextPurchaseModel m, PurchaseColumns col, Baskets baskets, List<String> names, int k) {
    this(m, col, baskets, names, col.products, k);
  }

  /**
   * A ranker over the model's own products, for customers given by their products ({@link
   * #rank(int[], int, int[], int)}): every product of the model is known, base ids are model ids.
   */
  NextPurchaseRanker(NextPurchaseModel m, int k) {
    this(m, null, null, m.products(), m.products().size(), k);
  }

  private NextPurchaseRanker(
      NextPurchaseModel m,
      PurchaseColumns col,
      Baskets baskets,
      List<String> names,
      int baseProducts,
      int k) {
    this.m = m;
    this.col = col;
    this.baskets = baskets;
    this.names = names;
    int p = m.products().size();
    alpha = m.alpha();
    List<NextPurchaseModel.Transition> ts = m.transitions();
    off = new int[p + 1];
    to = new int[ts.size()];
    cnt = new int[ts.size()];
    total = new int[p];
    prior = new double[p];
    for (int i = 0; i < ts.size(); i++) {
      NextPurchaseModel.Transition t = ts.get(i);
      off[t.from() + 1]++;
      to[i] = t.to();
      cnt[i] = t.count();
      total[t.from()] += t.count();
    }
    for (int a = 0; a < p; a++) {
      off[a + 1] += off[a];
      prior[a] = m.prior(a);
    }
    popular = m.byPrior().stream().mapToInt(Integer::intValue).toArray();
    baseToModel = new int[baseProducts];
    modelToBase = new int[p];
    Arrays.fill(modelToBase, -1);
    Map<String, Integer> byName = new HashMap<>();
    for (int i = 0; i < p; i++) {
      byName.putIfAbsent(m.products().get(i), i);
    }
    for (int b = 0; b < baseProducts; b++) {
      Integer x = byName.get(names.get(b));
      baseToModel[b] = x == null ? -1 : x;
      if (x != null && modelToBase[x] < 0) {
        modelToBase[x] = b;
      }
    }
    score = new double[p];
    stamp = new int[p];
    ownMark = new int[p];
    last = new int[p];
    touched = new int[p];
    nextProduct = new int[k];
    nextScore = new double[k];
    crossProduct = new int[k];
    crossScore = new double[k];
  }

  /** Ranks for customer {@code c}: the top next purchases and the top products not owned. */
  void rank(int c) {
    nextStamp();
    for (int i = baskets.offsets[c]; i < baskets.offsets[c + 1]; i++) {
      int x = baseToModel[baskets.items[i]];
      if (x >= 0) {
        ownMark[x] = st;
      }
    }
    // the last order's distinct known products (stamp marks them for the moment)
    lastLen = 0;
    if (col.offsets[c + 1] > col.offsets[c]) {
      int o = col.offsets[c + 1] - 1;
      for (int i = col.lineOffsets[o]; i < col.lineOffsets[o + 1]; i++) {
        lastProduct(baseToModel[col.lineProduct[i]]);
      }
      for (int j = 0; j < lastLen; j++) {
        stamp[last[j]] = 0;
      }
    }
    rankMarked();
  }

  /**
   * Ranks for a customer given by base product ids: {@code owned[0 … ownedLen-1]} the products
   * bought, {@code lastOrder[0 … lastLen-1]} the lines of the last purchase occasion in order.
   */
  void rank(int[] owned, int ownedLen, int[] lastOrder, int lastOrderLen) {
    nextStamp();
    for (int i = 0; i < ownedLen; i++) {
      int x = baseToModel[owned[i]];
      if (x >= 0) {
        ownMark[x] = st;
      }
    }
    lastLen = 0;
    for (int i = 0; i < lastOrderLen; i++) {
      lastProduct(baseToModel[lastOrder[i]]);
    }
    for (int j = 0; j < lastLen; j++) {
      stamp[last[j]] = 0;
    }
    rankMarked();
  }

  private void nextStamp() {
    if (++st == Integer.MAX_VALUE) {
      Arrays.fill(stamp, 0);
      Arrays.fill(ownMark, 0);
      st = 1;
    }
  }

  /** Adds model product {@code x} (or nothing for -1) to the last order, once. */
  private void lastProduct(int x) {
    if (x >= 0 && stamp[x] != st) {
      stamp[x] = st;
      last[lastLen++] = x;
    }
  }

  /** Ranks once the owned products are marked and the last order is collected. */
  private void rankMarked() {
    nextCount = 0;
    crossCount = 0;
    w = 0;
    for (int j = 0; j < lastLen; j++) {
      w += alpha / (total[last[j]] + alpha);
    }
    w = lastLen == 0 ? 1 : w / lastLen;
    int t = 0;
    for (int j = 0; j < lastLen; j++) {
      int a = last[j];
      double share = 1.0 / (lastLen * (total[a] + alpha));
      for (int i = off[a]; i < off[a + 1]; i++) {
        int b = to[i];
        if (stamp[b] != st) {
          stamp[b] = st;
          score[b] = prior[b] * w;
          touched[t++] = b;
        }
        score[b] += cnt[i] * share;
      }
    }
    for (int j = 0; j < t; j++) {
      int b = touched[j];
      if (modelToBase[b] >= 0) {
        offer(b, Math.min(1, score[b]));
      }
    }
    int k = nextProduct.length;
    for (int b : popular) {
      double s = prior[b] * w;
      if (nextCount == k && crossCount == k && s < nextScore[k - 1] && s < crossScore[k - 1]) {
        break;
      }
      if (stamp[b] != st && modelToBase[b] >= 0) {
        offer(b, s);
      }
    }
  }

  private void offer(int b, double s) {
    nextCount = insert(nextProduct, nextScore, nextCount, b, s);
    if (ownMark[b] != st) {
      crossCount = insert(crossProduct, crossScore, crossCount, b, s);
    }
  }

  private static int insert(int[] p, double[] sc, int size, int b, double s) {
    int k = p.length;
    int j = size < k ? size : k - 1;
    if (size == k && !(s > sc[j] || (s == sc[j] && b < p[j]))) {
      return size;
    }
    while (j > 0 && (s > sc[j - 1] || (s == sc[j - 1] && b < p[j - 1]))) {
      p[j] = p[j - 1];
      sc[j] = sc[j - 1];
      j--;
    }
    p[j] = b;
    sc[j] = s;
    return size < k ? size + 1 : size;
  }

  private int count(int a, int b) {
    int i = Arrays.binarySearch(to, off[a], off[a + 1], b);
    return i >= 0 ? cnt[i] : 0;
  }

  /** The base product id of model product {@code b}. */
  int baseProduct(int b) {
    return modelToBase[b];
  }

  /** Whether the customer last ranked owns model product {@code b}. */
  boolean owned(int b) {
    return ownMark[b] == st;
  }

  /** Σ n(a→b) over the last order of the customer last ranked. */
  int evidence(int b) {
    int e = 0;
    for (int j = 0; j < lastLen; j++) {
      e += count(last[j], b);
    }
    return e;
  }

  /**
   * The product of the last order whose smoothed successor share weighs most for {@code b} (ties:
   * the smaller id), or -1 when none was ever followed by {@code b}.
   */
  int after(int b) {
    int best = -1;
    double bestShare = 0;
    for (int j = 0; j < lastLen; j++) {
      int a = last[j];
      int n = count(a, b);
      if (n > 0) {
        double share = n / (total[a] + alpha);
        if (best < 0 || share > bestShare || (share == bestShare && a < best)) {
          best = a;
          bestShare = share;
        }
      }
    }
    return best;
  }

  /**
   * Writes the proposal of model product {@code b} with score {@code s} as customer {@code c}'s.
   */
  void write(Proposals out, int c, int b, double s) {
    int a = after(b);
    out.set(c, modelToBase[b], s, rule(a, b), a < 0 ? -1 : modelToBase[a], evidence(b), owned(b));
  }

  private static ProposalRule rule(int a, int b) {
    return a < 0 ? ProposalRule.POPULAR : a == b ? ProposalRule.REPEAT : ProposalRule.AFTER;
  }

  /** The proposal of model product {@code b} with score {@code s} to the customer last ranked. */
  ProductProposal proposal(int b, double s) {
    int a = after(b);
    ProposalRule rule = rule(a, b);
    int base = modelToBase[b];
    return new ProductProposal(
        base,
        names.get(base),
        s,
        rule,
        a < 0 ? Optional.empty() : Optional.of(m.products().get(a)),
        evidence(b),
        owned(b));
  }
}
