package dev.reactivator.narrative;

import dev.reactivator.core.segment.sales.CallGroup;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The anonymous facts of an {@code Analysis}: everything a narrator may say, and nothing that
 * identifies a person. Built only by {@link PrivacyFirewall#facts(NarrationContext)}.
 *
 * <p>It holds aggregates (counts, sums, shares, the health index, risk buckets, revenue at risk,
 * the main churn reasons, ROI figures), product names (not personal data, but customer-supplied
 * text: cleaned by the firewall and only ever sent as data, never as instructions), and for the few
 * customer-level facts (the top customers to save, the VIPs at risk) only the pseudonymous id such
 * as {@code ID-0042} plus numbers. Names, phones, e-mails and CRM ids are never in it. The business
 * context has its contact-like strings and customer names masked.
 *
 * <p>Immutable. Money is in the base's currency; shares are fractions in {@code [0, 1]}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param locale the language the summary is to be written in
 * @param currency the currency of every amount (ISO 4217), written as its code in the JSON
 * @param businessContext the user's business context, masked (may be empty)
 * @param picture the big picture
 * @param risks who is leaving and why
 * @param money the money at risk
 * @param growth the growth points
 * @param roadmap the figures of the roadmap per department
 * @param roi the reactivation ROI forecast; empty when nobody is at high or critical risk
 * @param discounts the discount elasticity; empty without the discounted-purchases column
 * @param lifecycle the lifecycle stages, ARPU, upsell share and early-warning counts
 * @param groups the message-chain groups of the call list, largest first
 * @param absentWidgets the widgets the data could not support (never to be mentioned)
 */
public record FactSheet(
    Locale locale,
    Currency currency,
    String businessContext,
    Picture picture,
    Risks risks,
    Money money,
    Growth growth,
    Roadmap roadmap,
    Optional<Roi> roi,
    Optional<Discounts> discounts,
    Lifecycle lifecycle,
    List<CallGroup> groups,
    List<String> absentWidgets) {

  /**
   * Checks the components and copies the lists.
   *
   * @param locale the language the summary is to be written in
   * @param currency the currency of every amount
   * @param businessContext the user's business context, masked (may be empty)
   * @param picture the big picture
   * @param risks who is leaving and why
   * @param money the money at risk
   * @param growth the growth points
   * @param roadmap the figures of the roadmap per department
   * @param roi the reactivation ROI forecast; empty when nobody is at high or critical risk
   * @param discounts the discount elasticity; empty without the discounted-purchases column
   * @param lifecycle the lifecycle stages, ARPU, upsell share and early-warning counts
   * @param groups the message-chain groups of the call list, largest first
   * @param absentWidgets the widgets the data could not support (never to be mentioned)
   */
  public FactSheet {
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(businessContext, "businessContext");
    Objects.requireNonNull(picture, "picture");
    Objects.requireNonNull(risks, "risks");
    Objects.requireNonNull(money, "money");
    Objects.requireNonNull(growth, "growth");
    Objects.requireNonNull(roadmap, "roadmap");
    Objects.requireNonNull(roi, "roi");
    Objects.requireNonNull(discounts, "discounts");
    Objects.requireNonNull(lifecycle, "lifecycle");
    groups = List.copyOf(groups);
    absentWidgets = List.copyOf(absentWidgets);
  }

  /**
   * The big picture.
   *
   * @param customers unique customers
   * @param transactions purchases
   * @param healthIndex the health index, 0–100
   * @param activity the activity component, 0–1
   * @param repeatRate the repeat-purchase component, 0–1
   * @param retention the retention component, 0–1
   * @param alarm whether the health index is below the alarm threshold
   * @param firstPurchase customers with a first purchase (funnel)
   * @param secondPurchase customers with a second purchase
   * @param thirdPlus customers with three purchases or more
   * @param secondPurchaseRate second / first, when anyone bought
   */
  public record Picture(
      int customers,
      long transactions,
      double healthIndex,
      double activity,
      double repeatRate,
      double retention,
      boolean alarm,
      int firstPurchase,
      int secondPurchase,
      int thirdPlus,
      OptionalDouble secondPurchaseRate) {
    /**
     * Checks the components.
     *
     * @param customers unique customers
     * @param transactions purchases
     * @param healthIndex the health index, 0–100
     * @param activity the activity component, 0–1
     * @param repeatRate the repeat-purchase component, 0–1
     * @param retention the retention component, 0–1
     * @param alarm whether the health index is below the alarm threshold
     * @param firstPurchase customers with a first purchase (funnel)
     * @param secondPurchase customers with a second purchase
     * @param thirdPlus customers with three purchases or more
     * @param secondPurchaseRate second / first, when anyone bought
     */
    public Picture {
      Objects.requireNonNull(secondPurchaseRate, "secondPurchaseRate");
    }
  }

  /**
   * Who is leaving and why.
   *
   * @param atRisk customers at high or critical churn risk
   * @param atRiskShare their share of the base
   * @param critical customers at critical churn risk
   * @param criticalShare their share
   * @param outOfCycle customers out of their usual purchase cycle but not yet far (the overview's
   *     risk zone)
   * @param outOfCycleShare their share
   * @param farBeyondCycle customers whose pause exceeds their cycle many times (critical churn)
   * @param farBeyondCycleShare their share
   * @param reasons the churn reasons of the customers at risk, largest contribution first
   * @param drivers features whose customers churn significantly more (p &lt; 0.05), strongest first
   */
  public record Risks(
      int atRisk,
      double atRiskShare,
      int critical,
      double criticalShare,
      int outOfCycle,
      double outOfCycleShare,
      int farBeyondCycle,
      double farBeyondCycleShare,
      List<Reason> reasons,
      List<Driver> drivers) {
    /**
     * Copies the lists.
     *
     * @param atRisk customers at high or critical churn risk
     * @param atRiskShare their share of the base
     * @param critical customers at critical churn risk
     * @param criticalShare their share
     * @param outOfCycle customers out of their usual purchase cycle but not yet far (the overview's
     *     risk zone)
     * @param outOfCycleShare their share
     * @param farBeyondCycle customers whose pause exceeds their cycle many times (critical churn)
     * @param farBeyondCycleShare their share
     * @param reasons the churn reasons of the customers at risk, largest contribution first
     * @param drivers features whose customers churn significantly more (p &lt; 0.05), strongest
     *     first
     */
    public Risks {
      reasons = List.copyOf(reasons);
      drivers = List.copyOf(drivers);
    }
  }

  /**
   * One churn reason among the customers at risk.
   *
   * @param code the reason's key, such as {@code recency-drop}
   * @param customersAtRisk customers at risk showing it
   * @param share its share of the churn explained among the customers at risk
   */
  public record Reason(String code, int customersAtRisk, double share) {
    /**
     * Checks the components.
     *
     * @param code the reason's key, such as {@code recency-drop}
     * @param customersAtRisk customers at risk showing it
     * @param share its share of the churn explained among the customers at risk
     */
    public Reason {
      Objects.requireNonNull(code, "code");
    }
  }

  /**
   * A retention driver: customers with a feature churn more than those without.
   *
   * @param feature {@code complaints}, {@code support-tickets}, {@code discount-sensitive}, or
   *     {@code product:} and a (cleaned) product name
   * @param customers customers with the feature
   * @param churnRateWith the share at risk among them
   * @param churnRateWithout the share at risk among the others
   */
  public record Driver(
      String feature, int customers, double churnRateWith, double churnRateWithout) {
    /**
     * Checks the components.
     *
     * @param feature {@code complaints}, {@code support-tickets}, {@code discount-sensitive}, or
     *     {@code product:} and a (cleaned) product name
     * @param customers customers with the feature
     * @param churnRateWith the share at risk among them
     * @param churnRateWithout the share at risk among the others
     */
    public Driver {
      Objects.requireNonNull(feature, "feature");
    }
  }

  /**
   * The money at risk.
   *
   * @param revenueAtRisk the revenue at risk of the customers at high or critical risk
   * @param buckets the revenue at risk per risk level, from critical to low
   * @param savedRevenue the revenue the reactivation campaign of the ROI simulator is expected to
   *     bring back (its returning customers × average check)
   * @param topToSave the customers to save first (most valuable at risk), pseudonymous
   */
  public record Money(
      double revenueAtRisk, List<Bucket> buckets, double savedRevenue, List<Customer> topToSave) {
    /**
     * Copies the lists.
     *
     * @param revenueAtRisk the revenue at risk of the customers at high or critical risk
     * @param buckets the revenue at risk per risk level, from critical to low
     * @param savedRevenue the revenue the reactivation campaign of the ROI simulator is expected to
     *     bring back (its returning customers × average check)
     * @param topToSave the customers to save first (most valuable at risk), pseudonymous
     */
    public Money {
      buckets = List.copyOf(buckets);
      topToSave = List.copyOf(topToSave);
    }
  }

  /**
   * One risk bucket.
   *
   * @param level {@code critical}, {@code high}, {@code medium} or {@code low}
   * @param customers its customers
   * @param revenueAtRisk their revenue at risk
   */
  public record Bucket(String level, int customers, double revenueAtRisk) {
    /**
     * Checks the components.
     *
     * @param level {@code critical}, {@code high}, {@code medium} or {@code low}
     * @param customers its customers
     * @param revenueAtRisk their revenue at risk
     */
    public Bucket {
      Objects.requireNonNull(level, "level");
    }
  }

  /**
   * A customer, pseudonymously.
   *
   * @param id the pseudonymous id, such as {@code ID-0042}
   * @param churnPercent the churn probability, 0–100
   * @param daysIdle days since the last purchase
   * @param ltv the total spent
   */
  public record Customer(String id, double churnPercent, int daysIdle, double ltv) {
    /**
     * Checks the components.
     *
     * @param id the pseudonymous id, such as {@code ID-0042}
     * @param churnPercent the churn probability, 0–100
     * @param daysIdle days since the last purchase
     * @param ltv the total spent
     */
    public Customer {
      Objects.requireNonNull(id, "id");
    }
  }

  /**
   * The growth points.
   *
   * @param vipCustomers ABC class A customers
   * @param vipRevenueShare their share of revenue
   * @param vipAtRisk class A customers at high or critical risk
   * @param vipAtRiskTop the first of them, most at risk first, pseudonymous
   * @param vipChurn the VIP churn by month of the last 12 months; absent without purchase dates
   * @param whales sleeping whales (top spenders gone quiet)
   * @param whalesLtv their total spent
   * @param nextBestProducts the most recommended next products with their customer counts
   * @param pairs the strongest product pairs (association rules)
   * @param bestEntryProduct the first product whose cohort has the highest average LTV
   */
  public record Growth(
      int vipCustomers,
      double vipRevenueShare,
      int vipAtRisk,
      List<Customer> vipAtRiskTop,
      Optional<VipChurn> vipChurn,
      int whales,
      double whalesLtv,
      List<Product> nextBestProducts,
      List<Pair> pairs,
      Optional<Product> bestEntryProduct) {
    /**
     * Copies the lists.
     *
     * @param vipCustomers ABC class A customers
     * @param vipRevenueShare their share of revenue
     * @param vipAtRisk class A customers at high or critical risk
     * @param vipAtRiskTop the first of them, most at risk first, pseudonymous
     * @param vipChurn the VIP churn by month of the last 12 months; absent without purchase dates
     * @param whales sleeping whales (top spenders gone quiet)
     * @param whalesLtv their total spent
     * @param nextBestProducts the most recommended next products with their customer counts
     * @param pairs the strongest product pairs (association rules)
     * @param bestEntryProduct the first product whose cohort has the highest average LTV
     */
    public Growth {
      vipAtRiskTop = List.copyOf(vipAtRiskTop);
      Objects.requireNonNull(vipChurn, "vipChurn");
      nextBestProducts = List.copyOf(nextBestProducts);
      pairs = List.copyOf(pairs);
      Objects.requireNonNull(bestEntryProduct, "bestEntryProduct");
    }
  }

  /**
   * The VIP churn by month over the last 12 months, as core computed it (class A customers whose
   * pause passed twice their cycle).
   *
   * @param customers the VIP customers who crossed into risk within the 12 months
   * @param ltv their total spent
   * @param annualRevenue their revenue of the 365 days up to each one's last purchase
   * @param peakMonth the month with the most of them ({@code YYYY-MM}, the latest on a tie); absent
   *     when nobody crossed
   * @param peakCustomers how many crossed in that month (0 when nobody crossed)
   */
  public record VipChurn(
      int customers,
      double ltv,
      double annualRevenue,
      Optional<String> peakMonth,
      int peakCustomers) {
    /**
     * Checks the components.
     *
     * @param customers the VIP customers who crossed into risk within the 12 months
     * @param ltv their total spent
     * @param annualRevenue their revenue of the 365 days up to each one's last purchase
     * @param peakMonth the month with the most of them ({@code YYYY-MM}, the latest on a tie);
     *     absent when nobody crossed
     * @param peakCustomers how many crossed in that month (0 when nobody crossed)
     */
    public VipChurn {
      Objects.requireNonNull(peakMonth, "peakMonth");
    }
  }

  /**
   * A product with a count of customers and, where it applies, their average LTV.
   *
   * @param name the cleaned product name
   * @param customers the customers
   * @param averageLtv the customers' mean total spent (0 where it does not apply)
   */
  public record Product(String name, int customers, double averageLtv) {
    /**
     * Checks the components.
     *
     * @param name the cleaned product name
     * @param customers the customers
     * @param averageLtv the customers' mean total spent (0 where it does not apply)
     */
    public Product {
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * A product pair: buyers of {@code from} also buy {@code to}.
   *
   * @param from the antecedent's cleaned name
   * @param to the consequent's cleaned name
   * @param customers customers who bought both
   * @param confidence P(to | from)
   * @param lift the lift
   */
  public record Pair(String from, String to, int customers, double confidence, double lift) {
    /**
     * Checks the components.
     *
     * @param from the antecedent's cleaned name
     * @param to the consequent's cleaned name
     * @param customers customers who bought both
     * @param confidence P(to | from)
     * @param lift the lift
     */
    public Pair {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }
  }

  /**
   * The figures of the roadmap.
   *
   * @param callList customers on the call list
   * @param highPriority of them with high priority
   * @param mediumPriority with medium priority
   * @param lowPriority with low priority
   * @param today customers in today's list (the head of the call list within the daily capacity)
   * @param callsPerDay the daily call capacity
   * @param channels customers per primary channel, largest first
   * @param tones customers per tone, largest first
   * @param segments customers per seed RFM segment ({@code champions}, {@code regular}, {@code
   *     risk-zone}, {@code lost}), in that order
   */
  public record Roadmap(
      int callList,
      int highPriority,
      int mediumPriority,
      int lowPriority,
      int today,
      int callsPerDay,
      List<Count> channels,
      List<Count> tones,
      List<Count> segments) {
    /**
     * Copies the lists.
     *
     * @param callList customers on the call list
     * @param highPriority of them with high priority
     * @param mediumPriority with medium priority
     * @param lowPriority with low priority
     * @param today customers in today's list (the head of the call list within the daily capacity)
     * @param callsPerDay the daily call capacity
     * @param channels customers per primary channel, largest first
     * @param tones customers per tone, largest first
     * @param segments customers per seed RFM segment ({@code champions}, {@code regular}, {@code
     *     risk-zone}, {@code lost}), in that order
     */
    public Roadmap {
      channels = List.copyOf(channels);
      tones = List.copyOf(tones);
      segments = List.copyOf(segments);
    }
  }

  /**
   * A count of customers under a key.
   *
   * @param key the key
   * @param customers the count
   */
  public record Count(String key, int customers) {
    /**
     * Checks the components.
     *
     * @param key the key
     * @param customers the count
     */
    public Count {
      Objects.requireNonNull(key, "key");
    }
  }

  /**
   * The customer-supplied texts of the facts: the business context and every product name. The
   * privacy firewall looks for the base's names in them (the rest is numbers, ids and fixed keys).
   *
   * @return the texts, in no particular order
   */
  public List<String> freeTexts() {
    List<String> out = new java.util.ArrayList<>();
    out.add(businessContext);
    for (Driver d : risks.drivers()) {
      out.add(d.feature());
    }
    for (Product p : growth.nextBestProducts()) {
      out.add(p.name());
    }
    for (Pair p : growth.pairs()) {
      out.add(p.from());
      out.add(p.to());
    }
    growth.bestEntryProduct().ifPresent(p -> out.add(p.name()));
    return out;
  }

  /**
   * The reactivation ROI forecast.
   *
   * @param touchBase customers to touch (those at high or critical risk)
   * @param costPerTouch cost of one touch
   * @param conversion expected conversion, 0–1
   * @param averageCheck their average check
   * @param returningCustomers expected returning customers as whole people (rounded down)
   * @param touchBudget the cost of the touches
   * @param revenue expected revenue
   * @param netProfit revenue minus costs
   * @param roiPercent the ROI in percent, when the costs are not zero
   * @param savingsVsAcquisition what acquiring as many new customers would cost more
   */
  public record Roi(
      int touchBase,
      double costPerTouch,
      double conversion,
      double averageCheck,
      long returningCustomers,
      double touchBudget,
      double revenue,
      double netProfit,
      OptionalDouble roiPercent,
      double savingsVsAcquisition) {
    /**
     * Checks the components.
     *
     * @param touchBase customers to touch (those at high or critical risk)
     * @param costPerTouch cost of one touch
     * @param conversion expected conversion, 0–1
     * @param averageCheck their average check
     * @param returningCustomers expected returning customers as whole people (rounded down)
     * @param touchBudget the cost of the touches
     * @param revenue expected revenue
     * @param netProfit revenue minus costs
     * @param roiPercent the ROI in percent, when the costs are not zero
     * @param savingsVsAcquisition what acquiring as many new customers would cost more
     */
    public Roi {
      Objects.requireNonNull(roiPercent, "roiPercent");
    }
  }

  /**
   * The discount elasticity: the discount-sensitive customers (more than 70 % of purchases
   * discounted) against all the others, numbers only.
   *
   * @param sensitiveCustomers how many customers are discount-sensitive
   * @param effects one per metric that could be computed, in the order {@code ltv}, {@code cheque},
   *     {@code purchases}, {@code repeat-rate}, {@code churn}
   */
  public record Discounts(int sensitiveCustomers, List<DiscountEffect> effects) {
    /**
     * Copies the effects.
     *
     * @param sensitiveCustomers how many customers are discount-sensitive
     * @param effects one per metric that could be computed
     */
    public Discounts {
      effects = List.copyOf(effects);
    }
  }

  /**
   * The effect of discount habit on one metric, with its 95 % confidence interval.
   *
   * @param metric {@code ltv}, {@code cheque}, {@code purchases}, {@code repeat-rate} or {@code
   *     churn} (shares 0–1 for the last two, money for the first two)
   * @param sensitive the value among the discount-sensitive customers
   * @param others the value among the others
   * @param low the interval's lower bound of {@code sensitive − others}
   * @param high its upper bound
   * @param p the two-sided p-value
   * @param significant whether the interval leaves out zero
   */
  public record DiscountEffect(
      String metric,
      double sensitive,
      double others,
      double low,
      double high,
      double p,
      boolean significant) {
    /**
     * Checks the components.
     *
     * @param metric {@code ltv}, {@code cheque}, {@code purchases}, {@code repeat-rate} or {@code
     *     churn}
     * @param sensitive the value among the discount-sensitive customers
     * @param others the value among the others
     * @param low the interval's lower bound of {@code sensitive − others}
     * @param high its upper bound
     * @param p the two-sided p-value
     * @param significant whether the interval leaves out zero
     */
    public DiscountEffect {
      Objects.requireNonNull(metric, "metric");
    }
  }

  /**
   * Seed 004's vocabulary, counts and figures only: the customers per lifecycle stage, ARPU and its
   * growth for existing customers, the upsell share of revenue and the customers per early-warning
   * trigger (definitions in {@code docs/metrics.md}, "Lifecycle and growth").
   *
   * @param stages customers per stage, keys {@code onboarding}, {@code adoption}, {@code
   *     expansion}, {@code renewal}, {@code at-risk}; empty without purchase dates
   * @param arpu revenue per buying customer over the last 12 months; empty without dates
   * @param existingCustomers customers who bought both in the last 12 months and in the 12 before
   * @param arpuNow their revenue of the last 12 months per customer, when there are any
   * @param arpuBefore their revenue of the 12 months before per customer, when there are any
   * @param arpuGrowth {@code arpuNow / arpuBefore − 1}, when there are any
   * @param upsellShare the share of the last 12 months' revenue from products new to the customer
   * @param earlyWarnings customers per trigger, keys {@code pause-beyond-cycle}, {@code
   *     frequency-drop}, {@code check-drop}, {@code complaints}, {@code support-spike} (those whose
   *     data exists)
   */
  public record Lifecycle(
      List<Count> stages,
      OptionalDouble arpu,
      int existingCustomers,
      OptionalDouble arpuNow,
      OptionalDouble arpuBefore,
      OptionalDouble arpuGrowth,
      OptionalDouble upsellShare,
      List<Count> earlyWarnings) {
    /**
     * Checks the components and copies the lists.
     *
     * @param stages customers per stage; empty without purchase dates
     * @param arpu revenue per buying customer over the last 12 months
     * @param existingCustomers customers who bought in both 12-month windows
     * @param arpuNow their ARPU of the last 12 months
     * @param arpuBefore their ARPU of the 12 months before
     * @param arpuGrowth {@code arpuNow / arpuBefore − 1}
     * @param upsellShare the upsell share of the last 12 months' revenue
     * @param earlyWarnings customers per trigger
     */
    public Lifecycle {
      stages = List.copyOf(stages);
      Objects.requireNonNull(arpu, "arpu");
      Objects.requireNonNull(arpuNow, "arpuNow");
      Objects.requireNonNull(arpuBefore, "arpuBefore");
      Objects.requireNonNull(arpuGrowth, "arpuGrowth");
      Objects.requireNonNull(upsellShare, "upsellShare");
      earlyWarnings = List.copyOf(earlyWarnings);
    }
  }
}
