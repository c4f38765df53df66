package dev.reactivator.spark.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reactivator.spark.LocalSpark;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Large-star / small-star components equal a union-find's on random key graphs. */
class ComponentsProperties {
  private static final StructType EDGES =
      new StructType().add("u", DataTypes.StringType).add("v", DataTypes.StringType);

  @Property(tries = 6)
  void componentsEqualUnionFind(@ForAll("graphs") List<String[]> edges) {
    List<Row> rows = new ArrayList<>();
    for (String[] e : edges) {
      rows.add(RowFactory.create(e[0], e[1]));
    }
    Dataset<Row> ds = LocalSpark.get().createDataFrame(rows, EDGES);
    Map<String, String> labels = new HashMap<>();
    for (Row r : Components.labels(ds, 100).labels().collectAsList()) {
      labels.put(r.getString(0), r.getString(1));
    }
    Map<String, String> expected = unionFind(edges);
    for (Map.Entry<String, String> e : expected.entrySet()) {
      assertEquals(e.getValue(), labels.getOrDefault(e.getKey(), e.getKey()), e.getKey());
    }
    for (String node : labels.keySet()) {
      assertEquals(true, expected.containsKey(node), node);
    }
  }

  /** The smallest node of each node's component, by a plain union-find. */
  private static Map<String, String> unionFind(List<String[]> edges) {
    Map<String, String> parent = new HashMap<>();
    for (String[] e : edges) {
      parent.putIfAbsent(e[0], e[0]);
      parent.putIfAbsent(e[1], e[1]);
      String a = find(parent, e[0]);
      String b = find(parent, e[1]);
      if (!a.equals(b)) {
        // the smaller root stays the root, so a root is its component's smallest node
        if (a.compareTo(b) < 0) {
          parent.put(b, a);
        } else {
          parent.put(a, b);
        }
      }
    }
    Map<String, String> label = new HashMap<>();
    for (String n : new TreeSet<>(parent.keySet())) {
      label.put(n, find(parent, n));
    }
    return label;
  }

  private static String find(Map<String, String> parent, String n) {
    String p = parent.get(n);
    return p.equals(n) ? n : find(parent, p);
  }

  @Provide
  Arbitrary<List<String[]>> graphs() {
    Arbitrary<List<String[]>> chain = shape(Shape.CHAIN);
    Arbitrary<List<String[]>> star = shape(Shape.STAR);
    Arbitrary<List<String[]>> cycle = shape(Shape.CYCLE);
    Arbitrary<List<String[]>> random =
        Combinators.combine(Arbitraries.integers().between(2, 60), Arbitraries.longs())
            .as(ComponentsProperties::random);
    Arbitrary<List<String[]>> single = Arbitraries.oneOf(chain, star, cycle, random);
    // several shapes side by side, on disjoint or overlapping node names
    return single.list().ofMinSize(2).ofMaxSize(8).map(ComponentsProperties::concat);
  }

  private enum Shape {
    CHAIN,
    STAR,
    CYCLE
  }

  private static Arbitrary<List<String[]>> shape(Shape shape) {
    return Combinators.combine(
            Arbitraries.integers().between(2, 40), Arbitraries.strings().alpha().ofLength(2))
        .as(
            (n, prefix) -> {
              List<String[]> e = new ArrayList<>();
              for (int i = 1; i < n; i++) {
                String from = shape == Shape.STAR ? node(prefix, 0) : node(prefix, i - 1);
                e.add(new String[] {from, node(prefix, i)});
              }
              if (shape == Shape.CYCLE) {
                e.add(new String[] {node(prefix, n - 1), node(prefix, 0)});
              }
              return e;
            });
  }

  private static List<String[]> random(int n, long seed) {
    java.util.Random r = new java.util.Random(seed);
    List<String[]> e = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      e.add(new String[] {node("r", r.nextInt(n)), node("r", r.nextInt(n))});
    }
    return e;
  }

  private static String node(String prefix, int i) {
    return prefix + Integer.toString(i * 7919 % 1000);
  }

  private static List<String[]> concat(List<List<String[]>> parts) {
    List<String[]> all = new ArrayList<>();
    parts.forEach(all::addAll);
    return all;
  }
}
