package dev.reactivator.spark.internal;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * Connected components of an undirected graph with the large-star / small-star algorithm (Kiveris
 * et al., "Connected Components in MapReduce and Beyond", 2014) on Spark SQL: a node's label is the
 * smallest node of its component. Nodes are strings compared as strings, so the identity keys'
 * prefixes ({@code 0} customer id, {@code 1} e-mail, {@code 2} phone) make the label the
 * component's smallest key in the library's kind order.
 */
public final class Components {
  private Components() {}

  /** The result: the label of every node that has an edge, and the rounds it took. */
  public record Result(Dataset<Row> labels, int rounds) {}

  /**
   * The smallest node of each node's component.
   *
   * @param edges columns {@code u}, {@code v}: strings, undirected, self-loops and duplicates
   *     allowed
   * @param maxRounds the most large-star + small-star rounds before giving up
   * @return columns {@code node}, {@code label} for every node on an edge (label ≤ node; a node
   *     without edges is its own label and is not listed)
   * @throws IllegalStateException when the rounds did not converge within {@code maxRounds}
   */
  public static Result labels(Dataset<Row> edges, int maxRounds) {
    Dataset<Row> e = oriented(edges.select(col("u"), col("v")));
    e = e.localCheckpoint();
    Row size = fingerprint(e);
    for (int round = 1; round <= maxRounds; round++) {
      Dataset<Row> next = smallStar(largeStar(e)).localCheckpoint();
      Row nextSize = fingerprint(next);
      // both steps only replace an edge by one to a smaller node: equal sets end the rounds; the
      // sets are compared (two shuffles) only when their size and hash fingerprint are equal
      boolean same = nextSize.equals(size) && next.except(e).isEmpty();
      e = next;
      size = nextSize;
      if (same) {
        return new Result(e.select(col("u").as("node"), col("v").as("label")), round);
      }
    }
    throw new IllegalStateException(
        "identity components did not converge in " + maxRounds + " rounds");
  }

  /**
   * The size of an edge set and the XOR of its edges' hashes, in one pass without a shuffle: two
   * sets that differ in either are not equal.
   */
  private static Row fingerprint(Dataset<Row> e) {
    return e.agg(count(lit(1)), functions.bit_xor(functions.xxhash64(col("u"), col("v")))).first();
  }

  /** Each edge once, from the larger node {@code u} to the smaller {@code v}; no self-loops. */
  private static Dataset<Row> oriented(Dataset<Row> edges) {
    return edges
        .where(col("u").notEqual(col("v")))
        .select(greatest(col("u"), col("v")).as("u"), least(col("u"), col("v")).as("v"))
        .distinct();
  }

  /**
   * Large-star: every node links its larger neighbours to the smallest node of its closed
   * neighbourhood.
   */
  private static Dataset<Row> largeStar(Dataset<Row> e) {
    Dataset<Row> sym = e.union(e.select(col("v").as("u"), col("u").as("v")));
    Dataset<Row> m = sym.groupBy(col("u")).agg(min(col("v")).as("m")).withColumnRenamed("u", "mu");
    Column smallest = least(col("m"), col("mu"));
    return sym.join(m, col("u").equalTo(col("mu")))
        .where(col("v").gt(col("u")))
        .select(col("v").as("u"), smallest.as("v"))
        .distinct();
  }

  /** Small-star: every node links itself and its smaller neighbours to the smallest of them. */
  private static Dataset<Row> smallStar(Dataset<Row> e) {
    Dataset<Row> m = e.groupBy(col("u")).agg(min(col("v")).as("m")).withColumnRenamed("u", "mu");
    Dataset<Row> joined = e.join(m, col("u").equalTo(col("mu")));
    Dataset<Row> neighbours =
        joined.where(col("v").notEqual(col("m"))).select(col("v").as("u"), col("m").as("v"));
    Dataset<Row> self = m.select(col("mu").as("u"), col("m").as("v"));
    return neighbours.union(self).distinct();
  }

  /**
   * The identity key of a column: the kind's prefix and the value, null when the value is.
   *
   * @param prefix the kind's prefix
   * @param column the column holding the normalised value
   * @return the key column
   */
  public static Column key(String prefix, String column) {
    return functions.concat(lit(prefix), col(column));
  }
}
