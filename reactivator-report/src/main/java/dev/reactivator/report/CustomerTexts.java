package dev.reactivator.report;

import dev.reactivator.core.segment.Analysis;
import dev.reactivator.core.segment.CustomerResult;
import dev.reactivator.narrative.CustomerMessage;
import dev.reactivator.narrative.ExecutiveSummary;
import dev.reactivator.report.internal.SalesWords;
import java.util.Objects;
import java.util.Optional;

/**
 * The words of one customer's result, as {@code analysis.json} writes them: the call-list row's
 * explanation ({@code sales.explanation}) and the two messages of its chain ({@code messages}), in
 * the summary's language. Core's {@link CustomerResult} holds the keys; this adds their texts.
 * Immutable and thread-safe.
 *
 * @param explanation why the customer is on the call list, when it is
 * @param messages the first and second message with their channels, when the summary has a chain
 *     for the customer's call-list group
 */
public record CustomerTexts(Optional<String> explanation, Optional<CustomerMessage> messages) {

  /**
   * Checks the components.
   *
   * @param explanation why the customer is on the call list, when it is
   * @param messages the messages, when there are any
   * @throws NullPointerException if a component is null
   */
  public CustomerTexts {
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(messages, "messages");
  }

  /**
   * The texts of {@code customer}, from the same words and message chains {@code analysis.json}
   * uses.
   *
   * @param analysis the analysis the customer's result comes from
   * @param summary the executive summary of that analysis (its language and message chains)
   * @param customer the customer's result
   * @return the customer's texts; both empty when the customer is not on the call list
   */
  public static CustomerTexts of(
      Analysis analysis, ExecutiveSummary summary, CustomerResult customer) {
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(customer, "customer");
    if (customer.callListRow().isEmpty()) {
      return new CustomerTexts(Optional.empty(), Optional.empty());
    }
    var row = customer.callListRow().get();
    return new CustomerTexts(
        Optional.of(SalesWords.of(summary.locale()).explanation(row)),
        CustomerMessage.of(analysis, summary, row));
  }
}
