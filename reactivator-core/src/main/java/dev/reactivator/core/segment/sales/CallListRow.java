package dev.reactivator.core.segment.sales;

import dev.reactivator.core.score.DiscountProfile;
import dev.reactivator.core.score.PurchaseTiming;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the call list ("CRM: Клиенты на прозвон").
 *
 * <p>Immutable and thread-safe.
 *
 * @param rank the 1-based position in the list
 * @param index the customer's index
 * @param displayName the name, or the pseudonym when there is none
 * @param purchases the number of purchases
 * @param ltv the historical LTV ("LTV (Потрачено)")
 * @param timing the T2NP timing ("Тайминг покупки"), its status and days overdue (the report words
 *     them)
 * @param returnProbability P(return within the horizon) ("Возврат (%)")
 * @param valueAtStake the customer's revenue at risk: revenue if retained × churn probability
 * @param expectedSaved the expected money saved by calling now: return probability × value at stake
 *     × urgency (1 when due or overdue, else the elapsed share of the own cycle)
 * @param priorityScore {@code expectedSaved} on a 0–100 log scale: {@code round(100 × ln(1 + saved)
 *     / ln(1 + the largest saved))}
 * @param priority the priority level
 * @param today whether the row is in today's list (within the daily capacity and due, overdue or at
 *     critical risk)
 * @param ruleKey the key of the rule that chose the channel and the tone
 * @param primary the primary channel: the rule's, or the next one whose contact exists, or {@link
 *     Channel#NO_CONTACT}
 * @param secondary the secondary channel (the primary again when only one is reachable)
 * @param tone the tone
 * @param discountProfile the discount profile ("Профиль скидок")
 * @param forecast the success / neutral / churn category
 * @param deadlineDays the deadline of the contact in days, by priority
 * @param explanationKey the key of the explanation (the report words it; a user's rule's own text
 *     is its key)
 * @param nextBestProduct the product to offer, when the caller supplied one
 */
public record CallListRow(
    int rank,
    int index,
    String displayName,
    int purchases,
    double ltv,
    PurchaseTiming timing,
    double returnProbability,
    double valueAtStake,
    double expectedSaved,
    int priorityScore,
    Priority priority,
    boolean today,
    String ruleKey,
    Channel primary,
    Channel secondary,
    Tone tone,
    DiscountProfile discountProfile,
    ReturnForecast forecast,
    int deadlineDays,
    String explanationKey,
    Optional<String> nextBestProduct) {

  /**
   * Checks the components.
   *
   * @param rank the 1-based position in the list
   * @param index the customer's index
   * @param displayName the name, or the pseudonym when there is none
   * @param purchases the number of purchases
   * @param ltv the historical LTV ("LTV (Потрачено)")
   * @param timing the T2NP timing ("Тайминг покупки"), its status and days overdue (the report
   *     words them)
   * @param returnProbability P(return within the horizon) ("Возврат (%)")
   * @param valueAtStake the customer's revenue at risk: revenue if retained × churn probability
   * @param expectedSaved the expected money saved by calling now: return probability × value at
   *     stake × urgency (1 when due or overdue, else the elapsed share of the own cycle)
   * @param priorityScore {@code expectedSaved} on a 0–100 log scale: {@code round(100 × ln(1 +
   *     saved) / ln(1 + the largest saved))}
   * @param priority the priority level
   * @param today whether the row is in today's list (within the daily capacity and due, overdue or
   *     at critical risk)
   * @param ruleKey the key of the rule that chose the channel and the tone
   * @param primary the primary channel: the rule's, or the next one whose contact exists, or {@link
   *     Channel#NO_CONTACT}
   * @param secondary the secondary channel (the primary again when only one is reachable)
   * @param tone the tone
   * @param discountProfile the discount profile ("Профиль скидок")
   * @param forecast the success / neutral / churn category
   * @param deadlineDays the deadline of the contact in days, by priority
   * @param explanationKey the key of the explanation (the report words it; a user's rule's own text
   *     is its key)
   * @param nextBestProduct the product to offer, when the caller supplied one
   */
  public CallListRow {
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(timing, "timing");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(ruleKey, "ruleKey");
    Objects.requireNonNull(primary, "primary");
    Objects.requireNonNull(secondary, "secondary");
    Objects.requireNonNull(tone, "tone");
    Objects.requireNonNull(discountProfile, "discountProfile");
    Objects.requireNonNull(forecast, "forecast");
    Objects.requireNonNull(explanationKey, "explanationKey");
    Objects.requireNonNull(nextBestProduct, "nextBestProduct");
  }
}
