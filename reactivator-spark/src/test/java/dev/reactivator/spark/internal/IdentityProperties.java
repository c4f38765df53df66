package dev.reactivator.spark.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reactivator.spark.LocalSpark;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Every accepted row gets the customer a union-find over its keys gives (each row's keys linked to
 * its first one: customer id, else phone, else e-mail): its component's smallest key.
 */
class IdentityProperties {
  private static final StructType ROWS =
      new StructType()
          .add("line", DataTypes.LongType)
          .add("customer_id", DataTypes.StringType)
          .add("phone", DataTypes.StringType)
          .add("email", DataTypes.StringType);

  @Property(tries = 4)
  void rowsGetTheUnionFindLabels(@ForAll long seed, @ForAll @IntRange(min = 1, max = 300) int n) {
    check(seed, n);
  }

  private static void check(long seed, int n) {
    Random r = new Random(seed);
    List<Row> rows = new ArrayList<>();
    List<String[]> keys = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = r.nextInt(4) == 0 ? null : "c" + r.nextInt(n);
      String phone = r.nextInt(3) == 0 ? null : "7" + r.nextInt(Math.max(1, n / 2));
      String email = r.nextInt(3) == 0 || (id == null && phone == null) ? "e" + r.nextInt(n) : null;
      rows.add(RowFactory.create((long) i, id, phone, email));
      keys.add(
          new String[] {
            id == null ? null : Identity.ID + id,
            phone == null ? null : Identity.PHONE + phone,
            email == null ? null : Identity.EMAIL + email
          });
    }
    Dataset<Row> accepted = LocalSpark.get().createDataFrame(rows, ROWS);
    Identity.Resolved resolved = Identity.resolve(accepted);
    Map<Long, String> expected = unionFind(keys);
    Map<Long, String> actual = new HashMap<>();
    for (Row row : resolved.rows().select("line", "customer").collectAsList()) {
      actual.put(row.getLong(0), row.getString(1));
    }
    assertEquals(expected, actual);
  }

  /** Each row's label: the smallest key of its component, linking a row's keys to its first. */
  private static Map<Long, String> unionFind(List<String[]> keys) {
    Map<String, String> parent = new HashMap<>();
    for (String[] k : keys) {
      String first = k[0] != null ? k[0] : k[1] != null ? k[1] : k[2];
      parent.putIfAbsent(first, first);
      for (String other : k) {
        if (other != null) {
          parent.putIfAbsent(other, other);
          String a = find(parent, first);
          String b = find(parent, other);
          if (a.compareTo(b) < 0) {
            parent.put(b, a);
          } else if (b.compareTo(a) < 0) {
            parent.put(a, b);
          }
        }
      }
    }
    Map<Long, String> label = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      String[] k = keys.get(i);
      label.put((long) i, find(parent, k[0] != null ? k[0] : k[1] != null ? k[1] : k[2]));
    }
    return label;
  }

  private static String find(Map<String, String> parent, String n) {
    String p = parent.get(n);
    return p.equals(n) ? n : find(parent, p);
  }
}
