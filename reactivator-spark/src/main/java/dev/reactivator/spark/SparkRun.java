package dev.reactivator.spark;

import dev.reactivator.core.model.FittedModels;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What a {@link SparkReactivator} run produced: the per-customer scores, the rejected rows, the
 * fitted models and the ingestion counts (rows read = accepted + refunds + rejected, checked).
 *
 * @param scores one row per customer: the customer's label (smallest identity key), CRM ids,
 *     phones, e-mails, name, pseudonym, features, RFM scores, every score, the risk level, the
 *     purchase timing (cycle, expected next purchase, days overdue, status), the RFM segment keys,
 *     the next best product, and the sales plan's columns (value at stake, money saved, rule,
 *     channels, tone, priority, priority score, deadline)
 * @param rejects one row per rejected row: {@code line}, {@code column}, {@code value}, {@code
 *     code}, {@code message}
 * @param models the models fitted on the driver, or the saved models the run scored with
 * @param rowsRead the input's rows
 * @param accepted of them, purchases
 * @param refunds of them, refunds (amount of zero or less)
 * @param refundAmount the refunds' total, as a positive amount
 * @param rejected of them, rejected rows
 * @param customers the customers (identity components)
 * @param identityRounds the large-star / small-star rounds identity resolution took
 * @param stageMillis the wall time of each stage ({@code validation}, {@code identity}, {@code
 *     features}, {@code population}, {@code fit}, {@code scoring}), in run order; copied
 */
public record SparkRun(
    Dataset<Row> scores,
    Dataset<Row> rejects,
    FittedModels models,
    long rowsRead,
    long accepted,
    long refunds,
    double refundAmount,
    long rejected,
    long customers,
    int identityRounds,
    Map<String, Long> stageMillis) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a dataset or the models are null
   * @throws IllegalArgumentException if the rows read are not accepted + refunds + rejected
   */
  public SparkRun {
    Objects.requireNonNull(scores, "scores");
    Objects.requireNonNull(rejects, "rejects");
    Objects.requireNonNull(models, "models");
    stageMillis = Collections.unmodifiableMap(new LinkedHashMap<>(stageMillis));
    if (rowsRead != accepted + refunds + rejected) {
      throw new IllegalArgumentException(
          "rows read ("
              + rowsRead
              + ") must be accepted + refunds + rejected ("
              + accepted
              + " + "
              + refunds
              + " + "
              + rejected
              + ")");
    }
  }
}
