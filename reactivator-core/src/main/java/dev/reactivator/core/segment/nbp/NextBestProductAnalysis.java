package dev.reactivator.core.segment.nbp;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.model.NextPurchaseModel;
import dev.reactivator.core.segment.internal.CategoryColumns;
import dev.reactivator.core.segment.internal.PurchaseColumns;
import dev.reactivator.core.segment.rfm.Quintiles;
import dev.reactivator.core.segment.widget.IntList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Next-best-product: the matrix previous product → shares of next products, and every customer's
 * next best product from their last product, falling back to association rules and then to
 * popularity. See {@code docs/metrics.md}, "Growth points".
 *
 * <p>Static methods only, with no shared mutable state: thread-safe.
 */
public final class NextBestProductAnalysis {
  private NextBestProductAnalysis() {}

  /**
   * The matrix and recommendations with default options.
   *
   * @param base the customer base: its purchases, products and customer attributes
   * @return the matrix and recommendations with default options
   */
  public static NextBestProducts compute(CustomerBase base) {
    return compute(base, NextBestProductOptions.defaults());
  }

  /**
   * The matrix and recommendations.
   *
   * @param base the customer base: its purchases, products and customer attributes
   * @param options the exclusion, successor-count and rule thresholds
   * @return the matrix and recommendations
   */
  public static NextBestProducts compute(CustomerBase base, NextBestProductOptions options) {
    return compute(base, options, Optional.empty());
  }

  /**
   * The matrix and recommendations, with the next purchases and cross-sells from {@code saved}
   * transitions (a saved model, matched to the base's products by name) when present, otherwise
   * from transitions fitted on the base.
   *
   * @param base the customer base: its purchases, products and customer attributes
   * @param options the exclusion, successor-count and rule thresholds
   * @param saved transitions fitted earlier, or empty to fit them on {@code base}
   * @return the matrix and recommendations
   */
  public static NextBestProducts compute(
      CustomerBase base, NextBestProductOptions options, Optional<NextPurchaseModel> saved) {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(options, "options");
    return compute(PurchaseColumns.of(base), base.productNames(), options, saved);
  }

  /**
   * The matrix and recommendations computed from precomputed purchase columns; the entry point the
   * segment stage uses.
   *
   * @param col the purchase columns of the base (one entry per customer, in customer-index order)
   * @param names the product names, by product index
   * @param options the exclusion, successor-count and rule thresholds
   * @return the next-best-product matrix and each customer's recommendation
   */
  static NextBestProducts compute(
      PurchaseColumns col, List<String> names, NextBestProductOptions options) {
    return compute(col, names, options, Optional.empty());
  }

  /**
   * As {@link #compute(PurchaseColumns, List, NextBestProductOptions)}, with the next purchases and
   * cross-sells from {@code saved} transitions instead of transitions fitted on {@code col}.
   *
   * @param col the purchase columns of the base (one entry per customer, in customer-index order)
   * @param names the product names, by product index
   * @param options the exclusion, successor-count and rule thresholds
   * @param saved transitions fitted earlier, matched to the base's products by name
   * @return the next-best-product matrix and each customer's recommendation
   */
  static NextBestProducts compute(
      PurchaseColumns col,
      List<String> names,
      NextBestProductOptions options,
      Optional<NextPurchaseModel> saved) {
    Objects.requireNonNull(saved, "saved");
    NbpModel m = new NbpModel(col, options, names);
    int n = col.n;
    int[] product = new int[n];
    byte[] source = new byte[n];
    double[] confidence = new double[n];
    Arrays.fill(product, -1);
    Proposals next = Proposals.none(n, names);
    Proposals cross = Proposals.none(n, names);
    Optional<NextPurchaseModel> model =
        m.mode == TransitionMode.SEQUENCE
            ? Optional.of(
                saved.orElseGet(
                    () ->
                        NextPurchaseModel.fit(
                            names,
                            col.offsets,
                            col.lineOffsets,
                            col.lineProduct,
                            NextPurchaseModel.DEFAULT_ALPHA)))
            : Optional.empty();
    if (model.isPresent() && model.get().hasTransitions()) {
      NextPurchaseRanker r = new NextPurchaseRanker(model.get(), col, m.baskets, names, 1);
      for (int c = 0; c < n; c++) {
        r.rank(c);
        if (r.nextCount > 0) {
          r.write(next, c, r.nextProduct[0], r.nextScore[0]);
        }
        if (r.crossCount > 0) {
          r.write(cross, c, r.crossProduct[0], r.crossScore[0]);
        }
        Optional<ProductProposal> offer = options.excludeOwned() ? cross.get(c) : next.get(c);
        if (offer.isPresent()) {
          product[c] = offer.get().product();
          source[c] = (byte) NextPurchaseProposer.sourceOf(offer.get().rule()).ordinal();
          confidence[c] = offer.get().probability();
        }
      }
    }
    int[] p1 = new int[1];
    byte[] s1 = new byte[1];
    double[] c1 = new double[1];
    for (int c = 0; c < n; c++) {
      if (product[c] < 0 && m.recommend(c, 1, p1, s1, c1) == 1) {
        product[c] = p1[0];
        source[c] = s1[0];
        confidence[c] = c1[0];
      }
    }
    Optional<NextPurchaseEvaluation> holdout =
        model.isPresent() && model.get().hasTransitions()
            ? evaluateTimeHoldout(col, names, options, why -> {})
            : Optional.empty();
    return new NextBestProducts(
        m.mode,
        matrix(m, names),
        new CustomerRecommendations(product, source, confidence, names, next, cross),
        model,
        holdout);
  }

  /**
   * The next-best-product matrix between categories: the same matrix with each product replaced by
   * its category (a purchase's categories → the categories of the customer's next purchase with
   * dates, co-purchased categories without).
   *
   * @param base the customer base: its purchases, products and their categories
   * @param options the options of the product matrix (the rule thresholds of its fallback)
   * @return the category matrix; empty when no product has a category
   */
  public static Optional<CategoryTransitions> categoryMatrix(
      CustomerBase base, NextBestProductOptions options) {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(options, "options");
    return CategoryColumns.of(base)
        .map(
            k -> {
              NbpModel m = new NbpModel(k.columns(), options, k.names());
              return new CategoryTransitions(m.mode, matrix(m, k.names()));
            });
  }

  private static List<ProductTransitions> matrix(NbpModel m, List<String> names) {
    PurchaseColumns col = m.col;
    int products = col.products;
    int[][] speaksTo;
    if (m.mode == TransitionMode.SEQUENCE) {
      int[] last = new int[col.n];
      for (int c = 0; c < col.n; c++) {
        last[c] = m.lastProduct(c);
      }
      speaksTo = Quintiles.groupBy(last, products);
    } else {
      speaksTo = new int[products][];
      for (int p = 0; p < products; p++) {
        speaksTo[p] =
            Arrays.copyOfRange(
                m.baskets.buyerList, m.baskets.buyerOffsets[p], m.baskets.buyerOffsets[p + 1]);
      }
    }
    List<ProductTransitions> rows = new ArrayList<>();
    for (int a = 0; a < products; a++) {
      if (m.succOff[a] == m.succOff[a + 1]) {
        continue;
      }
      List<ProductShare> next = new ArrayList<>();
      for (int i = m.succOff[a]; i < m.succOff[a + 1]; i++) {
        next.add(
            new ProductShare(
                m.succ[i],
                names.get(m.succ[i]),
                m.succCount[i],
                (double) m.succCount[i] / m.rowTotal[a]));
      }
      rows.add(
          new ProductTransitions(names.get(a), a, m.rowTotal[a], next, IntList.of(speaksTo[a])));
    }
    rows.sort(
        (x, y) ->
            x.total() != y.total()
                ? Integer.compare(y.total(), x.total())
                : x.key().compareTo(y.key()));
    return rows;
  }

  /**
   * Leave-last-out hit rates @1 and @3 against a popularity baseline; absent without true purchase
   * dates (the order of purchases is unknown) or when no customer has two purchases.
   *
   * @param base the customer base: its purchases, products and customer attributes
   * @param options the exclusion, successor-count and rule thresholds
   * @return the hit rates and baseline, or the reason they are absent
   */
  public static Optional<NextBestProductEvaluation> evaluateHoldout(
      CustomerBase base, NextBestProductOptions options) {
    return evaluateHoldout(base, options, reason -> {});
  }

  /**
   * Leave-last-out hit rates @1 and @3 against a popularity baseline; absent without true purchase
   * dates (the order of purchases is unknown) or when no customer has two purchases.
   *
   * @param base the customer base: its purchases, products and customer attributes
   * @param options the exclusion, successor-count and rule thresholds
   * @param whyAbsent receives the reason, in English, when the result is absent
   * @return the hit rates and baseline, or the reason they are absent
   */
  public static Optional<NextBestProductEvaluation> evaluateHoldout(
      CustomerBase base, NextBestProductOptions options, Consumer<String> whyAbsent) {
    Objects.requireNonNull(whyAbsent, "whyAbsent");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(options, "options");
    PurchaseColumns col = PurchaseColumns.of(base);
    if (!col.trueDates) {
      return absent(whyAbsent, "no purchase dates: the order of purchases is unknown");
    }
    int[] hidden = new int[col.n];
    PurchaseColumns train = col.withoutLastPurchase(hidden);
    NbpModel m = new NbpModel(train, options, base.productNames());
    int[] p = new int[3];
    byte[] s = new byte[3];
    double[] conf = new double[3];
    int[] pop = new int[3];
    int evaluated = 0;
    int hit1 = 0;
    int hit3 = 0;
    int base1 = 0;
    int base3 = 0;
    for (int c = 0; c < col.n; c++) {
      int h = hidden[c];
      if (h < 0) {
        continue;
      }
      evaluated++;
      int k = m.recommend(c, 3, p, s, conf);
      for (int i = 0; i < k; i++) {
        if (p[i] == h) {
          hit3++;
          if (i == 0) {
            hit1++;
          }
        }
      }
      int kp = m.popularFor(c, 3, pop);
      for (int i = 0; i < kp; i++) {
        if (pop[i] == h) {
          base3++;
          if (i == 0) {
            base1++;
          }
        }
      }
    }
    if (evaluated == 0) {
      return absent(whyAbsent, "no customer has two purchases to hold one out");
    }
    double e = evaluated;
    return Optional.of(
        new NextBestProductEvaluation(evaluated, hit1 / e, hit3 / e, base1 / e, base3 / e));
  }

  /** The share of purchase occasions before the default split date of a time hold-out. */
  public static final double DEFAULT_TRAINING_SHARE = 0.8;

  /**
   * The time hold-out of the next purchase with the default split: the day before which {@value
   * #DEFAULT_TRAINING_SHARE} of the purchase occasions fall (the occasion day at that quantile).
   *
   * @param base the customer base: its purchases, products and customer attributes
   * @param options the options of the previous recommender compared with
   * @param whyAbsent receives the reason, in English, when the result is absent
   * @return the hit rates, or empty without purchase dates or with nobody to evaluate
   */
  public static Optional<NextPurchaseEvaluation> evaluateTimeHoldout(
      CustomerBase base, NextBestProductOptions options, Consumer<String> whyAbsent) {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(whyAbsent, "whyAbsent");
    return evaluateTimeHoldout(PurchaseColumns.of(base), base.productNames(), options, whyAbsent);
  }

  /** The time hold-out at the default split over precomputed columns. */
  static Optional<NextPurchaseEvaluation> evaluateTimeHoldout(
      PurchaseColumns col,
      List<String> names,
      NextBestProductOptions options,
      Consumer<String> whyAbsent) {
    if (col.day.length == 0) {
      return absent(whyAbsent, "no purchases");
    }
    int[] days = col.day.clone();
    Arrays.sort(days);
    int split = days[(int) Math.floor(DEFAULT_TRAINING_SHARE * days.length)];
    return evaluateTimeHoldout(col, names, LocalDate.ofEpochDay(split), options, whyAbsent);
  }

  /**
   * The time hold-out of the next purchase (see {@link NextPurchaseEvaluation}): transitions fitted
   * on the occasions before {@code split}, each returning customer's first order on or after it
   * predicted from their last order before it.
   *
   * @param base the customer base: its purchases, products and customer attributes
   * @param split the first day left out of the fit
   * @param options the options of the previous recommender compared with
   * @param whyAbsent receives the reason, in English, when the result is absent
   * @return the hit rates, or empty without purchase dates or with nobody to evaluate
   */
  public static Optional<NextPurchaseEvaluation> evaluateTimeHoldout(
      CustomerBase base,
      LocalDate split,
      NextBestProductOptions options,
      Consumer<String> whyAbsent) {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(split, "split");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(whyAbsent, "whyAbsent");
    return evaluateTimeHoldout(
        PurchaseColumns.of(base), base.productNames(), split, options, whyAbsent);
  }

  private static Optional<NextPurchaseEvaluation> evaluateTimeHoldout(
      PurchaseColumns col,
      List<String> names,
      LocalDate split,
      NextBestProductOptions options,
      Consumer<String> whyAbsent) {
    if (!col.trueDates) {
      return absent(whyAbsent, "no purchase dates: the order of purchases is unknown");
    }
    int splitDay = (int) split.toEpochDay();
    int[] kept = new int[col.n];
    PurchaseColumns train = col.before(splitDay, kept);
    NextPurchaseModel model =
        NextPurchaseModel.fit(
            names,
            train.offsets,
            train.lineOffsets,
            train.lineProduct,
            NextPurchaseModel.DEFAULT_ALPHA);
    if (!model.hasTransitions()) {
      return absent(whyAbsent, "no customer has two purchase occasions before " + split);
    }
    NbpModel previous = new NbpModel(train, options, names);
    NextPurchaseRanker ranker = new NextPurchaseRanker(model, train, previous.baskets, names, 3);
    int[] target = new int[col.products];
    int[] mine = new int[col.products];
    int[] p = new int[3];
    byte[] s = new byte[3];
    double[] conf = new double[3];
    int[] own = new int[3];
    int[] hits = new int[10];
    int evaluated = 0;
    for (int k = 0; k < train.n; k++) {
      int c = kept[k];
      int j = col.offsets[c];
      while (j < col.offsets[c + 1] && col.day[j] < splitDay) {
        j++;
      }
      if (j == col.offsets[c + 1]) {
        continue;
      }
      int mark = ++evaluated;
      for (int x = col.lineOffsets[j]; x < col.lineOffsets[j + 1]; x++) {
        target[col.lineProduct[x]] = mark;
      }
      ranker.rank(k);
      score(hits, 0, ranker.nextProduct, ranker.nextCount, target, mark);
      score(hits, 2, ranker.crossProduct, ranker.crossCount, target, mark);
      score(hits, 4, p, previous.recommend(k, 3, p, s, conf), target, mark);
      score(hits, 6, previous.popular, Math.min(3, previous.popular.length), target, mark);
      int w = 0;
      for (int o = train.offsets[k + 1] - 1; o >= train.offsets[k] && w < 3; o--) {
        for (int x = train.lineOffsets[o]; x < train.lineOffsets[o + 1] && w < 3; x++) {
          int q = train.lineProduct[x];
          if (mine[q] != mark) {
            mine[q] = mark;
            own[w++] = q;
          }
        }
      }
      score(hits, 8, own, w, target, mark);
    }
    if (evaluated == 0) {
      return absent(whyAbsent, "no customer bought both before and after " + split);
    }
    double e = evaluated;
    NextPurchaseEvaluation.HitRates[] r = new NextPurchaseEvaluation.HitRates[5];
    for (int i = 0; i < 5; i++) {
      r[i] = new NextPurchaseEvaluation.HitRates(hits[2 * i] / e, hits[2 * i + 1] / e);
    }
    return Optional.of(
        new NextPurchaseEvaluation(split, train.n, evaluated, r[0], r[1], r[2], r[3], r[4]));
  }

  /** Adds a hit @1 to {@code hits[at]} and a hit @3 to {@code hits[at + 1]} when due. */
  private static void score(int[] hits, int at, int[] ranked, int k, int[] target, int mark) {
    for (int i = 0; i < Math.min(k, 3); i++) {
      if (target[ranked[i]] == mark) {
        if (i == 0) {
          hits[at]++;
        }
        hits[at + 1]++;
        return;
      }
    }
  }

  /** Hands {@code reason} to {@code why} and returns the empty result. */
  private static <T> Optional<T> absent(Consumer<String> why, String reason) {
    why.accept(reason);
    return Optional.empty();
  }
}
