package dev.reactivator.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.base.CustomerProfile;
import dev.reactivator.core.data.IngestionReport;
import dev.reactivator.core.data.RowProblem;
import dev.reactivator.core.model.FittedModels;
import dev.reactivator.core.score.PurchaseTiming;
import dev.reactivator.core.score.ScoredBase;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.core.segment.nbp.CustomerRecommendations;
import dev.reactivator.core.segment.nbp.NextBestProduct;
import dev.reactivator.core.segment.nbp.NextBestProductAnalysis;
import dev.reactivator.core.segment.nbp.NextBestProductOptions;
import dev.reactivator.core.segment.rfm.RfmAnalysis;
import dev.reactivator.core.segment.rfm.RfmResult;
import dev.reactivator.core.segment.sales.CallListRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * The comparisons every equality test makes between the library's scored base and a job's run. The
 * job's scores and rejects are streamed to the driver a partition at a time ({@code
 * toLocalIterator}), so a base of any size is compared whole: every reject and every customer, none
 * sampled away, within the test's heap.
 */
final class Equality {
  private Equality() {}

  /**
   * Asserts that the run has the library's counts, rejects, models and customers, and for every
   * customer its scores, timing, RFM, next best product and call-list columns.
   */
  static void assertSame(ScoredBase scored, SparkRun run) {
    CustomerBase base = scored.base();
    IngestionReport report = base.report();
    assertEquals(report.rowsRead(), run.rowsRead(), "rows read");
    assertEquals(report.rowsAccepted(), run.accepted(), "accepted");
    assertEquals(report.refunds(), run.refunds(), "refunds");
    assertEquals(report.refundAmount(), run.refundAmount(), 1e-6, "refund amount");
    assertEquals(report.rowsRejected(), run.rejected(), "rejected");
    assertEquals(base.size(), run.customers(), "customers");
    assertRejects(report.rejected(), run.rejects().orderBy("line").toLocalIterator());
    assertModels(scored.model().orElseThrow(), run.models());
    RfmResult rfm = RfmAnalysis.compute(base);
    CustomerRecommendations nbp =
        NextBestProductAnalysis.compute(
                base,
                NextBestProductOptions.defaults(),
                scored.model().flatMap(FittedModels::nextPurchase))
            .recommendations();
    CallListRow[] calls = new CallListRow[base.size()];
    for (CallListRow row : Analysis.of(scored).sales().callList()) {
      assertNull(calls[row.index()], "call list row of customer " + row.index() + " twice");
      calls[row.index()] = row;
    }
    // the job's customers are matched to the library's by label: every label is one customer
    Map<String, Integer> byLabel = new HashMap<>(2 * base.size());
    for (int c = 0; c < base.size(); c++) {
      assertNull(byLabel.put(label(base.customer(c)), c), "label of customer " + c + " twice");
    }
    boolean[] seen = new boolean[base.size()];
    int rows = 0;
    Iterator<Row> scores = run.scores().toLocalIterator();
    while (scores.hasNext()) {
      Row r = scores.next();
      rows++;
      String customer = r.getString(r.fieldIndex("customer"));
      Integer c = byLabel.get(customer);
      assertNotNull(c, "job customer " + customer + " is not a library customer");
      assertFalse(seen[c], "job customer " + customer + " twice");
      seen[c] = true;
      CallListRow call = calls[c];
      assertNotNull(call, "call list row of customer " + c);
      assertCustomer(scored, c, r, rfm, nbp, call);
    }
    // rows == size, each row a different library customer: every customer was compared
    assertEquals(base.size(), rows, "job customers compared");
  }

  private static void assertCustomer(
      ScoredBase scored,
      int c,
      Row r,
      RfmResult rfm,
      CustomerRecommendations nbp,
      CallListRow call) {
    CustomerBase base = scored.base();
    CustomerProfile p = base.customer(c);
    String who = "customer " + c + " " + label(p);
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

  /** The job's label of a customer: its smallest identity key, kind-prefixed. */
  static String label(CustomerProfile p) {
    List<String> keys = new ArrayList<>();
    p.customerIds().forEach(v -> keys.add("0" + v));
    p.emails().forEach(v -> keys.add("1" + v));
    p.phones().forEach(v -> keys.add("2" + v));
    return keys.stream().min(String::compareTo).orElseThrow();
  }

  private static void close(double expected, Row r, String column, String who) {
    double actual = r.getDouble(r.fieldIndex(column));
    assertEquals(expected, actual, 1e-9 * Math.max(1, Math.abs(expected)), who + " " + column);
  }

  /** Every reject, in line order; the job's rows streamed in the same order. */
  static void assertRejects(List<RowProblem> expected, Iterator<Row> actual) {
    int i = 0;
    for (RowProblem p : expected) {
      assertTrue(
          actual.hasNext(), "rejects: the job has " + i + ", the library " + expected.size());
      Row r = actual.next();
      i++;
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
    assertFalse(actual.hasNext(), "rejects: the job has more than the library's " + i);
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
