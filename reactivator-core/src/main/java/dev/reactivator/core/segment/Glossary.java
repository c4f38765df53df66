package dev.reactivator.core.segment;

import dev.reactivator.core.score.RiskLevel;
import dev.reactivator.core.segment.internal.ScoreColumns;
import dev.reactivator.core.segment.overview.Overview;
import dev.reactivator.core.segment.rfm.RfmMapSegment;
import dev.reactivator.core.segment.rfm.RfmSegment;
import dev.reactivator.core.segment.rfm.SeedRfmSegment;
import dev.reactivator.core.segment.sales.ReturnForecast;
import dev.reactivator.core.segment.sales.SalesPlan;
import dev.reactivator.core.segment.widget.CustomerGroup;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The customer groups that appear in more than one output (the overview, the radar, the ROI
 * simulator, the executive summary, the CSV files, the segment files…), each defined once: a stable
 * key, the widget group its customers come from, and the money figure shown beside it. Every output
 * takes a group's count, money and customer list from here, and its label from the report's one
 * glossary bundle under {@link #key()} (see "Glossary" in {@code docs/metrics.md}).
 *
 * <p>Two groups never share a label: the overview's risk zone (late, within {@code
 * criticalPauseMultiple} cycles) is not the customers at HIGH or CRITICAL risk ({@link #AT_RISK},
 * the ROI simulator's touch base), nor the RFM segment {@code rfm/risk-zone} ({@link #RFM_FADING}).
 */
public enum Glossary {
  /** Not LATE: the first bar of the risk structure ({@code structure/active}); money Σ LTV. */
  ACTIVE("structure/active", a -> bar(a, "active").group(), a -> money(bar(a, "active").revenue())),
  /**
   * The overview's risk zone: LATE within {@code criticalPauseMultiple} cycles ({@code
   * structure/risk-zone}); money Σ LTV.
   */
  RISK_ZONE(
      "structure/risk-zone",
      a -> a.overview().atRisk().group(),
      a -> money(bar(a, "risk-zone").revenue())),
  /**
   * The overview's critical churn: LATE beyond {@code criticalPauseMultiple} cycles ({@code
   * structure/critical-churn}); money Σ LTV.
   */
  CRITICAL_CHURN(
      "structure/critical-churn",
      a -> a.overview().criticalChurn().group(),
      a -> money(bar(a, "critical-churn").revenue())),
  /** Churn probability LOW ({@code risk/low}); money its revenue at risk Σ R × p. */
  RISK_LOW("risk/low", a -> bucket(a, RiskLevel.LOW).group(), a -> bucketMoney(a, RiskLevel.LOW)),
  /** Churn probability MEDIUM ({@code risk/medium}); money its revenue at risk Σ R × p. */
  RISK_MEDIUM(
      "risk/medium",
      a -> bucket(a, RiskLevel.MEDIUM).group(),
      a -> bucketMoney(a, RiskLevel.MEDIUM)),
  /** Churn probability HIGH ({@code risk/high}); money its revenue at risk Σ R × p. */
  RISK_HIGH(
      "risk/high", a -> bucket(a, RiskLevel.HIGH).group(), a -> bucketMoney(a, RiskLevel.HIGH)),
  /** Churn probability CRITICAL ({@code risk/critical}); money its revenue at risk Σ R × p. */
  RISK_CRITICAL(
      "risk/critical",
      a -> bucket(a, RiskLevel.CRITICAL).group(),
      a -> bucketMoney(a, RiskLevel.CRITICAL)),
  /**
   * At risk: churn probability HIGH or CRITICAL ({@code at-risk}), ascending indices; the ROI
   * simulator's touch base, the radar's at-risk series, the VIP filter and the headline revenue at
   * risk (its money).
   */
  AT_RISK("at-risk", Glossary::atRisk, a -> money(a.overview().revenueAtRisk().total())),
  /** The VIP monitor: ABC class A at risk ({@code vip/vip-at-risk}); no money figure. */
  VIP_AT_RISK("vip/vip-at-risk", Analysis::vipAtRisk, a -> OptionalDouble.empty()),
  /** RFM segment champions ({@code rfm/champions}); money Σ LTV. */
  RFM_CHAMPIONS(
      "rfm/champions",
      a -> seed(a, SeedRfmSegment.CHAMPIONS).group(),
      a -> seedMoney(a, SeedRfmSegment.CHAMPIONS)),
  /** RFM segment regular ({@code rfm/regular}); money Σ LTV. */
  RFM_REGULAR(
      "rfm/regular",
      a -> seed(a, SeedRfmSegment.REGULAR).group(),
      a -> seedMoney(a, SeedRfmSegment.REGULAR)),
  /**
   * RFM segment {@code rfm/risk-zone}: R ≤ 2 and F ≥ 3, frequent buyers fading away; labelled apart
   * from the overview's risk zone; money Σ LTV.
   */
  RFM_FADING(
      "rfm/risk-zone",
      a -> seed(a, SeedRfmSegment.RISK_ZONE).group(),
      a -> seedMoney(a, SeedRfmSegment.RISK_ZONE)),
  /** RFM segment lost ({@code rfm/lost}); money Σ LTV. */
  RFM_LOST(
      "rfm/lost",
      a -> seed(a, SeedRfmSegment.LOST).group(),
      a -> seedMoney(a, SeedRfmSegment.LOST)),
  /** RFM map segment champions ({@code rfm-map/champions}); money Σ LTV. */
  MAP_CHAMPIONS(RfmMapSegment.CHAMPIONS),
  /** RFM map segment loyal ({@code rfm-map/loyal}); money Σ LTV. */
  MAP_LOYAL(RfmMapSegment.LOYAL),
  /** RFM map segment potential loyalist ({@code rfm-map/potential-loyalist}); money Σ LTV. */
  MAP_POTENTIAL_LOYALIST(RfmMapSegment.POTENTIAL_LOYALIST),
  /** RFM map segment new customers ({@code rfm-map/new-customers}); money Σ LTV. */
  MAP_NEW_CUSTOMERS(RfmMapSegment.NEW_CUSTOMERS),
  /** RFM map segment promising ({@code rfm-map/promising}); money Σ LTV. */
  MAP_PROMISING(RfmMapSegment.PROMISING),
  /** RFM map segment need attention ({@code rfm-map/need-attention}); money Σ LTV. */
  MAP_NEED_ATTENTION(RfmMapSegment.NEED_ATTENTION),
  /** RFM map segment about to sleep ({@code rfm-map/about-to-sleep}); money Σ LTV. */
  MAP_ABOUT_TO_SLEEP(RfmMapSegment.ABOUT_TO_SLEEP),
  /** RFM map segment at risk ({@code rfm-map/at-risk}), not {@link #AT_RISK}; money Σ LTV. */
  MAP_AT_RISK(RfmMapSegment.AT_RISK),
  /** RFM map segment can't lose them ({@code rfm-map/cant-lose-them}); money Σ LTV. */
  MAP_CANT_LOSE_THEM(RfmMapSegment.CANT_LOSE_THEM),
  /** RFM map segment hibernating ({@code rfm-map/hibernating}); money Σ LTV. */
  MAP_HIBERNATING(RfmMapSegment.HIBERNATING),
  /** RFM map segment lost ({@code rfm-map/lost}); money Σ LTV. */
  MAP_LOST(RfmMapSegment.LOST),
  /** Sleeping whales ({@code whales/sleeping-whales}); money Σ LTV. */
  WHALES_SLEEPING(
      "whales/sleeping-whales",
      a -> a.whales().whales().group(),
      a -> money(a.whales().whales().totalLtv())),
  /** Cooling whales ({@code whales/cooling}); money Σ LTV. */
  WHALES_COOLING(
      "whales/cooling",
      a -> a.whales().cooling().group(),
      a -> money(a.whales().cooling().totalLtv())),
  /** Active whales ({@code whales/active}); money Σ LTV. */
  WHALES_ACTIVE(
      "whales/active",
      a -> a.whales().active().group(),
      a -> money(a.whales().active().totalLtv())),
  /** Return forecast success ({@code forecast/success}); no money figure. */
  FORECAST_SUCCESS(ReturnForecast.SUCCESS),
  /** Return forecast neutral ({@code forecast/neutral}); no money figure. */
  FORECAST_NEUTRAL(ReturnForecast.NEUTRAL),
  /** Return forecast churn ({@code forecast/churn}); no money figure. */
  FORECAST_CHURN(ReturnForecast.CHURN);

  private final String key;
  private final Function<Analysis, CustomerGroup> group;
  private final Function<Analysis, OptionalDouble> money;

  Glossary(
      String key,
      Function<Analysis, CustomerGroup> group,
      Function<Analysis, OptionalDouble> money) {
    this.key = key;
    this.group = group;
    this.money = money;
  }

  Glossary(RfmMapSegment s) {
    this(
        "rfm-map/" + s.key(),
        a -> a.rfm().segment(s).group(),
        a -> money(a.rfm().segment(s).revenue()));
  }

  Glossary(ReturnForecast f) {
    this(
        "forecast/" + f.key(),
        a -> SalesPlan.group(a.sales().forecast(), f.key()),
        a -> OptionalDouble.empty());
  }

  /**
   * The group's stable key: {@code widget/group} as in {@link SegmentGroup#key()} (the segment file
   * {@code widget-group.csv}), or {@code at-risk}, which has no segment file of its own. The
   * report's glossary bundle holds its label under this key.
   *
   * @return the group's stable key
   */
  public String key() {
    return key;
  }

  /**
   * The group's customers in {@code analysis}: the widget's own group, in the widget's order.
   *
   * @param analysis the analysis
   * @return the group (its key is the widget's key for it, {@code at-risk} for {@link #AT_RISK})
   */
  public CustomerGroup group(Analysis analysis) {
    Objects.requireNonNull(analysis, "analysis");
    return group.apply(analysis);
  }

  /**
   * The number of customers in the group.
   *
   * @param analysis the analysis
   * @return the number of customers in the group
   */
  public int count(Analysis analysis) {
    return group(analysis).size();
  }

  /**
   * The group's share of the base: its count over the number of customers (0 for an empty base).
   *
   * @param analysis the analysis
   * @return the share, 0 to 1
   */
  public double share(Analysis analysis) {
    int n = analysis.base().size();
    return n == 0 ? 0 : (double) count(analysis) / n;
  }

  /**
   * The money figure every output shows beside the group: Σ LTV for the risk structure, the RFM
   * segments and the whales; the revenue at risk Σ R × p for a risk bucket and for {@link #AT_RISK}
   * (the headline); empty for the VIP monitor and the return forecast, which show no money.
   *
   * @param analysis the analysis
   * @return the money figure, or empty when the group shows none
   */
  public OptionalDouble money(Analysis analysis) {
    Objects.requireNonNull(analysis, "analysis");
    return money.apply(analysis);
  }

  /**
   * The group with stable key {@code key}.
   *
   * @param key a stable key, such as {@code rfm/champions}
   * @return the group, or empty for an unknown key
   */
  public static Optional<Glossary> byKey(String key) {
    Objects.requireNonNull(key, "key");
    for (Glossary g : values()) {
      if (g.key.equals(key)) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }

  /**
   * The group of a churn-risk bucket.
   *
   * @param level the bucket
   * @return its group
   */
  public static Glossary of(RiskLevel level) {
    return switch (Objects.requireNonNull(level, "level")) {
      case LOW -> RISK_LOW;
      case MEDIUM -> RISK_MEDIUM;
      case HIGH -> RISK_HIGH;
      case CRITICAL -> RISK_CRITICAL;
    };
  }

  /**
   * The group of an RFM seed segment.
   *
   * @param segment the segment
   * @return its group
   */
  public static Glossary of(SeedRfmSegment segment) {
    return switch (Objects.requireNonNull(segment, "segment")) {
      case CHAMPIONS -> RFM_CHAMPIONS;
      case REGULAR -> RFM_REGULAR;
      case RISK_ZONE -> RFM_FADING;
      case LOST -> RFM_LOST;
    };
  }

  /**
   * The group of an RFM map segment.
   *
   * @param segment the segment
   * @return its group
   */
  public static Glossary of(RfmMapSegment segment) {
    return byKey("rfm-map/" + Objects.requireNonNull(segment, "segment").key()).orElseThrow();
  }

  /**
   * The group of a return forecast.
   *
   * @param forecast the forecast
   * @return its group
   */
  public static Glossary of(ReturnForecast forecast) {
    return byKey("forecast/" + Objects.requireNonNull(forecast, "forecast").key()).orElseThrow();
  }

  private static Overview.StructureBar bar(Analysis a, String key) {
    for (Overview.StructureBar b : a.overview().riskStructure()) {
      if (b.group().key().equals(key)) {
        return b;
      }
    }
    throw new IllegalStateException("no risk-structure bar " + key);
  }

  private static Overview.RiskBucket bucket(Analysis a, RiskLevel level) {
    for (Overview.RiskBucket b : a.overview().revenueAtRisk().buckets()) {
      if (b.level() == level) {
        return b;
      }
    }
    throw new IllegalStateException("no bucket " + level);
  }

  private static OptionalDouble bucketMoney(Analysis a, RiskLevel level) {
    return money(bucket(a, level).revenueAtRisk());
  }

  private static RfmSegment seed(Analysis a, SeedRfmSegment s) {
    return a.rfm().segment(s);
  }

  private static OptionalDouble seedMoney(Analysis a, SeedRfmSegment s) {
    return money(seed(a, s).revenue());
  }

  private static OptionalDouble money(double v) {
    return OptionalDouble.of(v);
  }

  private static CustomerGroup atRisk(Analysis a) {
    return new CustomerGroup(
        "at-risk", IntStream.of(ScoreColumns.of(a.scored()).atRisk()).boxed().toList());
  }
}
