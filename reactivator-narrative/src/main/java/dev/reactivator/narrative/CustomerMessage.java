package dev.reactivator.narrative;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.core.segment.sales.CallListRow;
import dev.reactivator.core.segment.sales.Channel;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One customer's two touches, merged locally from the message chain of the customer's group: the
 * only place where real names meet the texts an LLM may have written.
 *
 * <p>Immutable and thread-safe.
 *
 * @param index the customer's index
 * @param firstChannel the channel of the first touch
 * @param firstMessage the first message, placeholders filled
 * @param secondChannel the channel of the second touch
 * @param secondMessage the second message, placeholders filled
 */
public record CustomerMessage(
    int index,
    Channel firstChannel,
    String firstMessage,
    Channel secondChannel,
    String secondMessage) {

  /**
   * Checks the components.
   *
   * @param index the customer's index
   * @param firstChannel the channel of the first touch
   * @param firstMessage the first message, placeholders filled
   * @param secondChannel the channel of the second touch
   * @param secondMessage the second message, placeholders filled
   */
  public CustomerMessage {
    Objects.requireNonNull(firstChannel, "firstChannel");
    Objects.requireNonNull(firstMessage, "firstMessage");
    Objects.requireNonNull(secondChannel, "secondChannel");
    Objects.requireNonNull(secondMessage, "secondMessage");
  }

  /**
   * The messages of the customer on {@code row} of the call list: the chain of the customer's (seed
   * RFM segment, tone, primary channel) group, with {@code {name}} replaced by the customer's name
   * (or pseudonym) and {@code {product}} by the next best product, else the last product bought.
   * Empty when the summary has no chain for the group.
   *
   * @param analysis the analysis whose call list holds the customer
   * @param summary the executive summary holding the message chains
   * @param row the call-list row of the customer
   * @return the customer's personalised messages, when the summary has a chain for the group
   */
  public static Optional<CustomerMessage> of(
      Analysis analysis, ExecutiveSummary summary, CallListRow row) {
    return chainOf(analysis, summary, row)
        .map(
            chain -> {
              Map<String, String> values =
                  Map.of("name", row.displayName(), "product", productOf(analysis, row));
              return new CustomerMessage(
                  row.index(),
                  chain.channel(),
                  MessageChain.merge(chain.firstTouch(), values),
                  chain.secondChannel(),
                  MessageChain.merge(chain.secondTouch(), values));
            });
  }

  /**
   * The message chain of the customer on {@code row}: the summary's chain of the customer's (seed
   * RFM segment, tone, primary channel) group, when it has one. Its {@link MessageChain#key()} is
   * what {@code analysis.json} writes in place of the merged texts.
   *
   * @param analysis the analysis whose call list holds the customer
   * @param summary the executive summary holding the message chains
   * @param row the call-list row of the customer
   * @return the chain of the customer's group, when the summary has one
   */
  public static Optional<MessageChain> chainOf(
      Analysis analysis, ExecutiveSummary summary, CallListRow row) {
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(row, "row");
    String segment = analysis.rfm().seedSegment(row.index()).key();
    return summary.chainFor(segment, row.tone(), row.primary());
  }

  /**
   * The value of the {@code {product}} placeholder for the customer on {@code row}: the next best
   * product, else the last product bought, else empty.
   *
   * @param analysis the analysis whose call list holds the customer
   * @param row the call-list row of the customer
   * @return the product name the customer's messages offer
   */
  public static String productOf(Analysis analysis, CallListRow row) {
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(row, "row");
    if (row.nextBestProduct().isPresent()) {
      return row.nextBestProduct().get();
    }
    CustomerBase base = analysis.base();
    int c = row.index();
    int n = base.purchaseCount(c);
    return n == 0 ? "" : base.productName(base.purchaseProduct(c, n - 1));
  }
}
