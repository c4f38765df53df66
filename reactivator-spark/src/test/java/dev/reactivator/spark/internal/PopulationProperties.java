package dev.reactivator.spark.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reactivator.core.features.CustomerFeatures;
import dev.reactivator.core.segment.rfm.Quintiles;
import dev.reactivator.core.segment.sales.Priority;
import dev.reactivator.core.segment.sales.SalesCalculator;
import dev.reactivator.core.segment.sales.SalesOptions;
import dev.reactivator.spark.LocalSpark;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The distributed population figures equal core's on one machine, whatever the values' ties and
 * however they are spread over partitions (empty ones included): the mid-rank quintile of each
 * value ({@link Quintiles}) and the median ({@link CustomerFeatures#median}).
 */
class PopulationProperties {
  private static final StructType VALUES = new StructType().add("v", DataTypes.DoubleType, false);

  @Property(tries = 6)
  void ranksAndMedianEqualCoresOnRandomValues(
      @ForAll @Size(min = 1, max = 120) List<@IntRange(min = 0, max = 12) Integer> ints,
      @ForAll @IntRange(min = 1, max = 7) int partitions) {
    List<Row> rows = new ArrayList<>();
    double[] values = new double[ints.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = ints.get(i) / 2.0; // halves: ties and fractional medians
      rows.add(RowFactory.create(values[i]));
    }
    Dataset<Row> ds = LocalSpark.get().createDataFrame(rows, VALUES).repartition(partitions);
    long n = values.length;
    for (boolean higher : new boolean[] {true, false}) {
      List<JavaRDD<Row>> persisted = new ArrayList<>();
      Map<Double, Integer> score = new HashMap<>();
      for (Row r : Population.scores(ds, "v", higher, n, persisted).collectAsList()) {
        score.put(r.getDouble(0), r.getInt(1));
      }
      persisted.forEach(p -> p.unpersist(false));
      int[] expected = higher ? Quintiles.higherIsBetter(values) : Quintiles.lowerIsBetter(values);
      for (int i = 0; i < values.length; i++) {
        assertEquals(expected[i], score.get(values[i]), "value " + values[i]);
      }
    }
    assertEquals(CustomerFeatures.median(values.clone()), Population.median(ds, "v"));
  }

  private static final StructType SAVED =
      new StructType()
          .add("first_tier", DataTypes.BooleanType, false)
          .add("money_saved", DataTypes.DoubleType, false);

  @Property(tries = 6)
  void priorityLevelsEqualTheDefinitionOnRandomAmounts(
      @ForAll @Size(min = 1, max = 120) List<@IntRange(min = 0, max = 40) Integer> ints,
      @ForAll @Size(min = 120, max = 120) List<Boolean> tier,
      @ForAll @IntRange(min = 1, max = 7) int partitions) {
    List<Row> rows = new ArrayList<>();
    double[] saved = new double[ints.size()];
    for (int i = 0; i < saved.length; i++) {
      // amounts that tie, and neighbours that differ as doubles but not as floats
      saved[i] = ints.get(i) * 1000.25 + (i % 3) * 1e-9;
      rows.add(RowFactory.create(tier.get(i), saved[i]));
    }
    Dataset<Row> ds = LocalSpark.get().createDataFrame(rows, SAVED).repartition(partitions);
    Population.PriorityLevels levels = Population.priorities(ds);
    SalesOptions o = SalesOptions.defaults();
    // the definition, in exact decimals: the first-tier amounts larger as floats come before
    BigDecimal total = BigDecimal.ZERO;
    double max = 0;
    for (int i = 0; i < saved.length; i++) {
      max = Math.max(max, saved[i]);
      if (tier.get(i)) {
        total = total.add(new BigDecimal(saved[i]));
      }
    }
    for (int i = 0; i < saved.length; i++) {
      Priority expected = Priority.LOW;
      if (tier.get(i)) {
        BigDecimal before = BigDecimal.ZERO;
        for (int j = 0; j < saved.length; j++) {
          if (tier.get(j) && (float) saved[j] > (float) saved[i]) {
            before = before.add(new BigDecimal(saved[j]));
          }
        }
        expected = SalesCalculator.priorityOf(before.doubleValue(), total.doubleValue(), o);
      }
      assertEquals(expected, levels.of(tier.get(i), saved[i]), "amount " + saved[i]);
    }
    assertEquals(max, levels.largestSaved());
  }
}
