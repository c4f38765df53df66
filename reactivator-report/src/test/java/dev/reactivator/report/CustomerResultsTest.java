package dev.reactivator.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reactivator.core.base.CustomerProfile;
import dev.reactivator.core.score.CustomerScore;
import dev.reactivator.core.score.Reason;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.core.segment.CustomerResult;
import dev.reactivator.core.segment.CustomerResults;
import dev.reactivator.narrative.ExecutiveSummary;
import dev.reactivator.report.csv.ReportSamples;
import dev.reactivator.report.json.AnalysisJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every sample customer's {@link CustomerResult} (with its {@link CustomerTexts}) says what {@code
 * analysis.json}'s {@code customers[]} entry and {@code segments[]} say about that customer.
 */
class CustomerResultsTest {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  @Test
  void everySampleCustomersRecordIsItsAnalysisJsonEntry() throws Exception {
    Analysis a = ReportSamples.sample();
    ExecutiveSummary summary = ReportSamples.summary(a, Locale.forLanguageTag("ru"));
    // schema 2 refers to shared texts by key: the reader fills them, then the keys are dropped
    JsonNode doc =
        new ObjectMapper().readTree(AnalysisJson.withTexts(AnalysisJson.json(a, summary)));
    JsonNode customers = doc.get("customers");
    for (JsonNode c : customers) {
      if (c.has("sales")) {
        ((ObjectNode) c.get("sales")).remove("explanationKey");
      }
      if (c.has("messages")) {
        ((ObjectNode) c.get("messages")).remove(List.of("chain", "product"));
      }
    }
    assertEquals(a.base().size(), customers.size());
    Map<Integer, List<String>> segmentsOf = new HashMap<>();
    for (JsonNode s : doc.get("segments")) {
      for (JsonNode c : s.get("customers")) {
        segmentsOf.computeIfAbsent(c.asInt(), k -> new ArrayList<>()).add(s.get("key").asText());
      }
    }
    CustomerResults results = a.customers();
    int seen = 0;
    Set<Integer> order = new HashSet<>();
    int lastRank = 0;
    for (CustomerResult r : results) {
      JsonNode expected = customers.get(r.index());
      // both sides read from JSON text, so a number compares by its value, not by its node type
      assertEquals(
          expected,
          new ObjectMapper().readTree(json(a, summary, r).toString()),
          "customer " + r.index());
      assertEquals(segmentsOf.getOrDefault(r.index(), List.of()), r.segments());
      // call-list order: ranked customers first, by rank
      int rank = r.callListRow().map(x -> x.rank()).orElse(Integer.MAX_VALUE);
      assertTrue(rank >= lastRank, "order at " + r.index());
      lastRank = rank;
      assertTrue(order.add(r.index()));
      seen++;
    }
    assertEquals(a.base().size(), seen);
  }

  @Test
  void contactsAreLookedUpNormalised() {
    Analysis a = ReportSamples.sample();
    CustomerResults results = a.customers();
    CustomerProfile p = a.base().customer(7);
    String phone = p.phones().get(0);
    // the sources' normalisation: 8 instead of +7, separators anywhere
    String written =
        "8 (" + phone.substring(1, 4) + ") " + phone.substring(4, 7) + "-" + phone.substring(7);
    assertEquals(7, results.byPhone(written).orElseThrow().index());
    assertEquals(7, results.byPhone("+" + phone).orElseThrow().index());
    if (!p.emails().isEmpty()) {
      assertEquals(
          7,
          results.byEmail("  " + p.emails().get(0).toUpperCase(Locale.ROOT)).orElseThrow().index());
    }
    assertTrue(results.byPhone("not a phone").isEmpty());
    assertTrue(results.byEmail("nobody@nowhere.example").isEmpty());
    // the sample has no customer_id column
    assertTrue(a.customer("C1").isEmpty());
  }

  /** The customers[] entry analysis.json writes, made from the record and its texts. */
  private static ObjectNode json(Analysis a, ExecutiveSummary summary, CustomerResult r) {
    CustomerProfile p = r.profile();
    CustomerScore s = r.score();
    ObjectNode o = F.objectNode();
    o.put("index", r.index());
    o.put("pseudonym", p.pseudonym());
    p.name().ifPresent(n -> o.put("name", n));
    strings(o, "phones", p.phones());
    strings(o, "emails", p.emails());
    strings(o, "customerIds", p.customerIds());
    o.put("firstPurchase", p.firstPurchase().toString());
    o.put("lastPurchase", p.lastPurchase().toString());
    o.put("purchases", s.purchases());
    num(o, "complaints", p.complaints());
    num(o, "tickets", p.tickets());
    num(o, "discountedPurchases", p.discountedPurchases());
    num(o, "historicalLtv", s.historicalLtv());
    num(o, "averageCheck", s.averageCheck());
    o.put("refunds", r.refunds());
    num(o, "refundAmount", r.refundAmount());
    num(o, "probabilityAlive", s.probabilityAlive());
    num(o, "churnProbability", s.churnProbability());
    o.put("churnScore", r.churnScore());
    o.put("riskLevel", key(s.riskLevel()));
    num(o, "returnProbability", s.returnProbability());
    num(o, "expectedPurchases", s.expectedPurchases());
    num(o, "expectedAverageOrder", s.expectedAverageOrder());
    num(o, "clv", s.clv());
    ObjectNode t = o.putObject("timing");
    num(t, "personalCycleDays", s.timing().personalCycleDays());
    num(t, "cycleDays", s.timing().cycleDays());
    t.put("daysSinceLast", s.timing().daysSinceLast());
    t.put("expectedNext", s.timing().expectedNext().toString());
    t.put("daysOverdue", s.timing().daysOverdue());
    t.put("status", s.timing().enoughData() ? key(s.timing().status()) : "not-enough-data");
    ObjectNode an = o.putObject("anomaly");
    num(an, "pauseRatio", s.anomaly().pauseRatio());
    an.put("score", s.anomaly().score());
    an.put("level", key(s.anomaly().level()));
    an.put("againstPopulation", s.anomaly().againstPopulation());
    ObjectNode d = o.putObject("discountProfile");
    d.put("kind", key(s.discountProfile().kind()));
    num(d, "discountedShare", s.discountProfile().discountedShare());
    var reasons = o.putArray("reasons");
    for (Reason x : s.reasons()) {
      ObjectNode e = reasons.addObject();
      e.put("code", key(x.code()));
      num(e, "strength", x.strength());
      num(e, "contribution", x.contribution());
    }
    ObjectNode rfm = o.putObject("rfm");
    rfm.put("recencyDays", r.rfm().recencyDays());
    rfm.put("r", r.rfm().r());
    rfm.put("f", r.rfm().f());
    rfm.put("m", r.rfm().m());
    rfm.put("code", r.rfm().code());
    rfm.put("segment", r.rfm().segment());
    rfm.put("mapSegment", r.rfm().mapSegment());
    r.abcClass().ifPresent(c -> o.put("abcClass", c));
    r.nextBestProduct()
        .ifPresent(
            n -> {
              ObjectNode x = o.putObject("nextBestProduct");
              x.put("product", n.productName());
              x.put("source", key(n.source()));
              num(x, "confidence", n.confidence());
            });
    ObjectNode life = o.putObject("lifecycle");
    r.lifecycle().stage().ifPresent(st -> life.put("stage", st));
    r.lifecycle().renewalShare().ifPresent(v -> num(life, "renewalShare", v));
    life.put("distinctProducts", r.lifecycle().distinctProducts());
    ArrayNode warnings = life.putArray("earlyWarnings");
    r.lifecycle().earlyWarnings().forEach(warnings::add);
    proposal(o, "nextPurchase", r.nextPurchase());
    proposal(o, "crossSell", r.crossSell());
    CustomerTexts texts = CustomerTexts.of(a, summary, r);
    r.callListRow()
        .ifPresent(
            row -> {
              ObjectNode x = o.putObject("sales");
              x.put("rank", row.rank());
              x.put("priorityScore", row.priorityScore());
              x.put("priority", key(row.priority()));
              x.put("today", row.today());
              num(x, "valueAtStake", row.valueAtStake());
              num(x, "expectedSaved", row.expectedSaved());
              x.put("primaryChannel", key(row.primary()));
              x.put("secondaryChannel", key(row.secondary()));
              x.put("tone", key(row.tone()));
              x.put("forecast", key(row.forecast()));
              x.put("deadlineDays", row.deadlineDays());
              x.put("rule", row.ruleKey());
              x.put("explanation", texts.explanation().orElseThrow());
              texts
                  .messages()
                  .ifPresent(
                      m -> {
                        ObjectNode y = o.putObject("messages");
                        y.put("firstChannel", key(m.firstChannel()));
                        y.put("firstMessage", m.firstMessage());
                        y.put("secondChannel", key(m.secondChannel()));
                        y.put("secondMessage", m.secondMessage());
                      });
            });
    return o;
  }

  private static String key(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static void strings(ObjectNode o, String name, List<String> values) {
    var arr = o.putArray(name);
    values.forEach(arr::add);
  }

  private static void num(ObjectNode o, String name, double v) {
    if (Double.isFinite(v)) {
      o.put(name, v);
    }
  }

  private static void num(ObjectNode o, String name, OptionalDouble v) {
    if (v.isPresent()) {
      num(o, name, v.getAsDouble());
    }
  }

  private static void num(ObjectNode o, String name, OptionalInt v) {
    if (v.isPresent()) {
      o.put(name, v.getAsInt());
    }
  }

  private static void proposal(
      ObjectNode o,
      String name,
      java.util.Optional<dev.reactivator.core.segment.nbp.ProductProposal> p) {
    p.ifPresent(
        n -> {
          ObjectNode x = o.putObject(name);
          x.put("product", n.productName());
          num(x, "probability", n.probability());
          x.put("rule", key(n.rule()));
          n.after().ifPresent(v -> x.put("after", v));
          x.put("evidence", n.evidence());
          x.put("owned", n.owned());
        });
  }
}
