package dev.reactivator.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.Reactivator;
import dev.reactivator.core.SegmentStage;
import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.base.CustomerProfile;
import dev.reactivator.core.data.IngestionReport;
import dev.reactivator.core.data.RowProblem;
import dev.reactivator.core.model.FittedModels;
import dev.reactivator.core.score.PurchaseTiming;
import dev.reactivator.core.score.ScoredBase;
import dev.reactivator.core.score.ScoringOptions;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.core.segment.nbp.CustomerRecommendations;
import dev.reactivator.core.segment.nbp.NextBestProduct;
import dev.reactivator.core.segment.nbp.NextBestProductAnalysis;
import dev.reactivator.core.segment.nbp.NextBestProductOptions;
import dev.reactivator.core.segment.rfm.RfmAnalysis;
import dev.reactivator.core.segment.rfm.RfmResult;
import dev.reactivator.core.segment.sales.CallListRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** The Spark job on the bundled sample equals the single-machine library. */
class SampleEqualityTest {
  static final Path SAMPLE = Path.of("../examples/sample/customers.csv");
  static final LocalDate AS_OF = LocalDate.of(2026, 1, 31);

  @Test
  void sampleEqualsTheLibrary() {
    assertTrue(Files.exists(SAMPLE), SAMPLE.toAbsolutePath().toString());
    SegmentStage library =
        Reactivator.load(SAMPLE).asOf(AS_OF).score(ScoringOptions.defaults().withSupervised(false));
    SparkRun run =
        SparkReactivator.run(
            SparkReactivator.read(LocalSpark.get(), SAMPLE.toString()),
            SparkOptions.of(AS_OF).withFirstLine(2));
    Equality.assertSame(library.scored(), run);
  }

  /** The comparisons every equality test makes. */
  static final class Equality {
    private Equality() {}

    static void assertSame(ScoredBase scored, SparkRun run) {
      CustomerBase base = scored.base();
      IngestionReport report = base.report();
      assertEquals(report.rowsRead(), run.rowsRead(), "rows read");
      assertEquals(report.rowsAccepted(), run.accepted(), "accepted");
      assertEquals(report.refunds(), run.refunds(), "refunds");
      assertEquals(report.refundAmount(), run.refundAmount(), 1e-6, "refund amount");
      assertEquals(report.rowsRejected(), run.rejected(), "rejected");
      assertEquals(base.size(), run.customers(), "customers");
      assertRejects(report.rejected(), run.rejects().orderBy("line").collectAsList());
      assertModels(scored.model().orElseThrow(), run.models());
      RfmResult rfm = RfmAnalysis.compute(base);
      CustomerRecommendations nbp =
          NextBestProductAnalysis.compute(
                  base,
                  NextBestProductOptions.defaults(),
                  scored.model().flatMap(FittedModels::nextPurchase))
              .recommendations();
      Map<Integer, CallListRow> calls = new HashMap<>();
      for (CallListRow row : Analysis.of(scored).sales().callList()) {
        calls.put(row.index(), row);
      }
      assertEquals(base.size(), calls.size(), "call list rows");
      Map<String, Row> byLabel = new HashMap<>();
      for (Row r : run.scores().collectAsList()) {
        byLabel.put(r.getString(r.fieldIndex("customer")), r);
      }
      for (int c = 0; c < base.size(); c++) {
        CustomerProfile p = base.customer(c);
        Row r = byLabel.get(label(p));
        String who = "customer " + c + " " + label(p);
        assertTrue(r != null, who + " missing");
        assertEquals(base.pseudonym(c), r.getString(r.fieldIndex("pseudonym")), who);
        assertEquals(p.customerIds(), r.getList(r.fieldIndex("customer_ids")), who);
        assertEquals(p.phones(), r.getList(r.fieldIndex("phones")), who);
        assertEquals(p.emails(), r.getList(r.fieldIndex("emails")), who);
        assertEquals(p.name().orElse(null), r.getString(r.fieldIndex("name")), who);
        assertEquals(base.purchaseCount(c), r.getInt(r.fieldIndex("purchases")), who);
        assertEquals(base.totalSpent(c), r.getDouble(r.fieldIndex("total_spent")), 1e-6, who);
        close(scored.probabilityAlive(c), r, "probability_alive", who);
        close(scored.returnProbability(c), r, "return_probability", who);
        close(scored.expectedPurchases(c), r, "expected_purchases", who);
        close(scored.expectedAverageOrder(c), r, "expected_average_order", who);
        close(scored.clv(c), r, "clv", who);
        assertEquals(scored.riskLevel(c).name(), r.getString(r.fieldIndex("risk_level")), who);
        PurchaseTiming t = scored.timing(c);
        close(t.cycleDays(), r, "cycle_days", who);
        assertEquals(t.daysOverdue(), r.getInt(r.fieldIndex("days_overdue")), who);
        assertEquals(t.status().name(), r.getString(r.fieldIndex("timing_status")), who);
        assertEquals(
            t.expectedNext(), r.getDate(r.fieldIndex("expected_next_purchase")).toLocalDate(), who);
        assertEquals(rfm.recencyScores().getInt(c), r.getInt(r.fieldIndex("r_score")), who);
        assertEquals(rfm.frequencyScores().getInt(c), r.getInt(r.fieldIndex("f_score")), who);
        assertEquals(rfm.monetaryScores().getInt(c), r.getInt(r.fieldIndex("m_score")), who);
        assertEquals(rfm.seedSegment(c).key(), r.getString(r.fieldIndex("rfm_segment")), who);
        assertEquals(rfm.mapSegment(c).key(), r.getString(r.fieldIndex("rfm_map_segment")), who);
        CallListRow call = calls.get(c);
        close(call.valueAtStake(), r, "value_at_stake", who);
        close(call.expectedSaved(), r, "money_saved", who);
        assertEquals(call.priority().name(), r.getString(r.fieldIndex("priority")), who);
        assertEquals(call.priorityScore(), r.getInt(r.fieldIndex("priority_score")), who);
        assertEquals(call.deadlineDays(), r.getInt(r.fieldIndex("deadline_days")), who);
        assertEquals(call.ruleKey(), r.getString(r.fieldIndex("sales_rule")), who);
        assertEquals(call.primary().name(), r.getString(r.fieldIndex("channel")), who);
        assertEquals(call.secondary().name(), r.getString(r.fieldIndex("second_channel")), who);
        assertEquals(call.tone().name(), r.getString(r.fieldIndex("tone")), who);
        // the next best product with the library's fallbacks (successors, rules, popularity)
        String product = r.getString(r.fieldIndex("next_best_product"));
        assertEquals(nbp.get(c).map(NextBestProduct::productName).orElse(null), product, who);
        if (product != null) {
          NextBestProduct e = nbp.get(c).orElseThrow();
          assertEquals(e.source().name(), r.getString(r.fieldIndex("next_best_source")), who);
          close(e.confidence(), r, "next_best_confidence", who);
        }
      }
    }

    static String label(CustomerProfile p) {
      List<String> keys = new ArrayList<>();
      p.customerIds().forEach(v -> keys.add("0" + v));
      p.emails().forEach(v -> keys.add("1" + v));
      p.phones().forEach(v -> keys.add("2" + v));
      return keys.stream().min(String::compareTo).orElseThrow();
    }

    static void close(double expected, Row r, String column, String who) {
      double actual = r.getDouble(r.fieldIndex(column));
      assertEquals(expected, actual, 1e-9 * Math.max(1, Math.abs(expected)), who + " " + column);
    }

    static void assertRejects(List<RowProblem> expected, List<Row> actual) {
      assertEquals(expected.size(), actual.size(), "rejects");
      for (int i = 0; i < expected.size(); i++) {
        RowProblem p = expected.get(i);
        Row r = actual.get(i);
        assertEquals(p.line(), r.getLong(0), "reject line");
        assertEquals(p.column().orElse(null), r.getString(1), "reject column, line " + p.line());
        assertEquals(p.value().orElse(null), r.getString(2), "reject value, line " + p.line());
        assertEquals(p.code().name(), r.getString(3), "reject code, line " + p.line());
        // the words are those of the library's table sources (OrderLineValidator, as JDBC), which
        // say "поле" where the CSV reader says "колонка"; the line they name is the same
        String word = p.message().substring(0, p.message().indexOf(' '));
        assertTrue(
            r.getString(4).startsWith(word + " " + p.line()),
            "reject message, line " + p.line() + ": " + r.getString(4));
      }
    }

    static void assertModels(FittedModels expected, FittedModels actual) {
      assertEquals(expected.kind(), actual.kind());
      var e = expected.purchases().parameters();
      var a = actual.purchases().parameters();
      assertEquals(e.r(), a.r(), 1e-9 * e.r());
      assertEquals(e.alpha(), a.alpha(), 1e-9 * e.alpha());
      assertEquals(e.a(), a.a(), 1e-9 * Math.max(1, e.a()));
      assertEquals(e.b(), a.b(), 1e-9 * Math.max(1, e.b()));
      var es = expected.spend().parameters();
      var as = actual.spend().parameters();
      assertEquals(es.p(), as.p(), 1e-9 * es.p());
      assertEquals(es.q(), as.q(), 1e-9 * es.q());
      assertEquals(es.v(), as.v(), 1e-9 * es.v());
      assertEquals(expected.quality(), actual.quality());
      assertEquals(expected.nextPurchase(), actual.nextPurchase(), "next-purchase transitions");
    }
  }
}
