package dev.reactivator.spark.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reactivator.core.features.CustomerFeatures;
import dev.reactivator.core.segment.rfm.Quintiles;
import dev.reactivator.spark.LocalSpark;
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
}
