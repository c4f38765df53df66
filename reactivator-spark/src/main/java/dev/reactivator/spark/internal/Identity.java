package dev.reactivator.spark.internal;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Identity resolution of accepted rows under the library's default policy: every key of a row
 * (customer id, normalised phone, normalised e-mail) belongs to one customer, so a customer is a
 * connected component of the key graph. The graph's edges are made here from each row's keys (a
 * policy that merges less would make fewer edges); the components come from {@link Components}.
 */
public final class Identity {
  /** The key prefix of a customer id; the prefixes order kinds as the library does. */
  public static final String ID = "0";

  /** The key prefix of a normalised e-mail. */
  public static final String EMAIL = "1";

  /** The key prefix of a normalised phone. */
  public static final String PHONE = "2";

  /** The most rounds of the components algorithm (it needs O(log n) on any graph). */
  static final int MAX_ROUNDS = 100;

  private Identity() {}

  /** The labelled rows and the rounds the components took. */
  public record Resolved(Dataset<Row> rows, int rounds) {}

  /**
   * Adds column {@code customer} to accepted rows: the smallest key of the row's component.
   *
   * @param accepted accepted rows of {@link Validation#SCHEMA}
   * @return the rows with their customer label
   */
  public static Resolved resolve(Dataset<Row> accepted) {
    Column id = Components.key(ID, "customer_id");
    Column phone = Components.key(PHONE, "phone");
    Column email = Components.key(EMAIL, "email");
    // the library links a row's keys to its first one: customer id, else phone, else e-mail
    Column first = coalesce(id, phone, email);
    Dataset<Row> keyed = accepted.withColumn("key", first);
    Dataset<Row> edges =
        keyed
            .select(col("key").as("u"), phone.as("v"))
            .union(keyed.select(col("key").as("u"), email.as("v")))
            .where(col("v").isNotNull());
    Components.Result c = Components.labels(edges, MAX_ROUNDS);
    Dataset<Row> rows =
        keyed
            .join(c.labels(), col("key").equalTo(col("node")), "left")
            .withColumn("customer", coalesce(col("label"), col("key")))
            .drop("node", "label", "key");
    return new Resolved(rows, c.rounds());
  }
}
