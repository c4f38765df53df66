package dev.reactivator.report.csv;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.score.CustomerScore;
import dev.reactivator.core.score.PauseAnomaly;
import dev.reactivator.core.score.Reason;
import dev.reactivator.core.score.ScoredBase;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.core.segment.Glossary;
import dev.reactivator.core.segment.lifecycle.CustomerLifecycle;
import dev.reactivator.core.segment.lifecycle.LifecycleStage;
import dev.reactivator.core.segment.nbp.ProductProposal;
import dev.reactivator.core.segment.overview.ChurnScores;
import dev.reactivator.core.segment.sales.CallListRow;
import dev.reactivator.narrative.CustomerMessage;
import dev.reactivator.narrative.MoneyFormat;
import dev.reactivator.report.ReportInput;
import dev.reactivator.report.internal.SalesWords;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;

/** The per-customer tables: the final CSV ("итоговый CSV") and the call list. */
final class CustomerTables {
  private CustomerTables() {}

  /**
   * The columns every customer file (the final CSV, each segment file) starts with: who the
   * customer is, how to reach them, their RFM segment and what they have spent.
   */
  static final List<String> IDENTITY_COLUMNS =
      List.of("id", "crmId", "name", "phone", "email", "rfmSegment", "rfmCode", "ltv", "purchases");

  static final String[] CUSTOMER_COLUMNS =
      withIdentity(
          "predictedLtv",
          "cycle",
          "overdue",
          "t2np",
          "churnScore",
          "churnProbability",
          "returnProbability",
          "purchaseProbability",
          "riskLevel",
          "reasons",
          "anomalyScore",
          "anomalyLevel",
          "anomaly",
          "priorityScore",
          "priority",
          "today",
          "valueAtStake",
          "expectedSaved",
          "primaryChannel",
          "secondaryChannel",
          "recommendation",
          "tone",
          "deadline",
          "explanation",
          "explainability",
          "nextBestProduct",
          "nextPurchase",
          "nextPurchaseProbability",
          "touch1Channel",
          "touch1Message",
          "touch2Channel",
          "touch2Message",
          "lifecycleStage",
          "renewalShare",
          "distinctProducts",
          "earlyWarnings");

  /** {@link #IDENTITY_COLUMNS} followed by {@code rest}. */
  static String[] withIdentity(String... rest) {
    String[] out = IDENTITY_COLUMNS.toArray(new String[IDENTITY_COLUMNS.size() + rest.length]);
    System.arraycopy(rest, 0, out, IDENTITY_COLUMNS.size(), rest.length);
    return out;
  }

  static final String[] CALL_LIST_COLUMNS = {
    "rank",
    "id",
    "crmId",
    "name",
    "phone",
    "email",
    "ltv",
    "timing",
    "discountProfile",
    "today",
    "priority",
    "priorityScore",
    "valueAtStake",
    "expectedSaved",
    "purchaseProbability",
    "primaryChannel",
    "secondaryChannel",
    "tone",
    "forecast",
    "deadline",
    "nextBestProduct",
    "explanation"
  };

  /**
   * Every customer, one row each: the call list's customers in its order (highest priority first),
   * then any customer a limited call list left out, with the sales columns empty.
   */
  static void writeCustomers(ReportInput input, CsvLabels labels, OutputStream file) {
    Analysis a = input.analysis();
    ScoredBase scored = a.scored();
    CustomerBase base = a.base();
    Locale locale = labels.locale();
    SalesWords words = SalesWords.of(locale);
    // the call list builds its rows when read: keep each customer's position, not the row (a row
    // kept per customer held about 50 MB at 200 000 customers)
    List<CallListRow> callList = a.sales().callList();
    int[] rowOf = new int[base.size()];
    Arrays.fill(rowOf, -1);
    int[] order = new int[base.size()];
    int listed = 0;
    for (int i = 0; i < callList.size(); i++) {
      int c = callList.get(i).index();
      if (rowOf[c] < 0) {
        rowOf[c] = i;
        order[listed++] = c;
      }
    }
    for (int c = 0; c < base.size(); c++) {
      if (rowOf[c] < 0) {
        order[listed++] = c;
      }
    }
    ChurnScores churnScores = a.churnScores();
    CustomerLifecycle life = a.lifecycle();
    String currency = MoneyFormat.symbol(base.currency());
    int horizon = scored.options().horizonDays();
    try (CsvExport csv =
        CsvExport.open(
            file, input.options().csvStyle(), labels.header(horizon, CUSTOMER_COLUMNS))) {
      IntFunction<Object[]> cellsOf =
          c -> {
            CustomerScore s = scored.score(c);
            Optional<CallListRow> row =
                rowOf[c] < 0 ? Optional.empty() : Optional.of(callList.get(rowOf[c]));
            Optional<CustomerMessage> m =
                row.flatMap(r -> CustomerMessage.of(a, input.summary(), r));
            List<Object> cells = new ArrayList<>(CUSTOMER_COLUMNS.length);
            cells.add(base.pseudonym(c));
            cells.add(CsvCells.crmIds(base.customerIds(c)));
            cells.add(base.name(c).orElse(""));
            cells.add(CsvCells.phones(base.phones(c), input.options().csvStyle()));
            cells.add(String.join(", ", base.emails(c)));
            cells.add(labels.glossary().label(a.rfm().seedSegment(c)));
            cells.add(a.rfm().code(c));
            cells.add(csv.number(s.historicalLtv(), 2));
            cells.add(Integer.toString(s.purchases()));
            cells.add(csv.number(s.clv(), 2));
            cells.add(csv.number(Math.round(s.timing().cycleDays()), 0));
            cells.add(Integer.toString(s.timing().daysOverdue()));
            cells.add(
                s.timing().enoughData()
                    ? labels.get("t2np." + s.timing().status().name())
                    : labels.get("t2np.notEnoughData"));
            cells.add(Integer.toString(churnScores.score(c)));
            // the return probability is 100 − the churn percentage as written, so the two always
            // sum
            // to 100 (87,3 and 12,7)
            double churnPercent = Math.round(1000 * s.churnProbability()) / 10.0;
            cells.add(csv.number(churnPercent, 1));
            cells.add(csv.number(100 - churnPercent, 1));
            cells.add(csv.number(100 * s.returnProbability(), 1));
            cells.add(labels.glossary().label(s.riskLevel()));
            cells.add(reasons(s.reasons(), labels));
            cells.add(Integer.toString(s.anomaly().score()));
            cells.add(labels.get("anomaly." + s.anomaly().level().name()));
            cells.add(anomalyText(s.anomaly(), labels));
            cells.add(row.map(r -> Integer.toString(r.priorityScore())).orElse(""));
            cells.add(row.map(r -> words.label(r.priority())).orElse(""));
            cells.add(row.map(r -> today(r, labels)).orElse(""));
            cells.add(row.map(r -> csv.number(r.valueAtStake(), 2)).orElse(""));
            cells.add(row.map(r -> csv.number(r.expectedSaved(), 2)).orElse(""));
            cells.add(row.map(r -> words.label(r.primary())).orElse(""));
            cells.add(row.map(r -> words.label(r.secondary())).orElse(""));
            cells.add(row.map(r -> recommendation(r, labels)).orElse(""));
            cells.add(row.map(r -> words.label(r.tone())).orElse(""));
            cells.add(row.map(r -> words.deadline(r)).orElse(""));
            cells.add(row.map(r -> words.explanation(r)).orElse(""));
            cells.add(explainability(churnScores, c, churnPercent, csv, labels, currency));
            cells.add(row.flatMap(CallListRow::nextBestProduct).orElse(""));
            Optional<ProductProposal> next = a.nextBestProducts().recommendations().nextPurchase(c);
            cells.add(next.map(ProductProposal::productName).orElse(""));
            cells.add(next.map(x -> csv.number(100 * x.probability(), 1)).orElse(""));
            cells.add(m.map(x -> words.label(x.firstChannel())).orElse(""));
            cells.add(m.map(CustomerMessage::firstMessage).orElse(""));
            cells.add(m.map(x -> words.label(x.secondChannel())).orElse(""));
            cells.add(m.map(CustomerMessage::secondMessage).orElse(""));
            cells.add(life.stage(c).map(x -> stage(x, labels)).orElse(""));
            cells.add(
                life.renewalShare(c).isPresent()
                    ? csv.number(100 * life.renewalShare(c).getAsDouble(), 1)
                    : "");
            cells.add(Integer.toString(life.distinctProducts(c)));
            cells.add(
                String.join(
                    "; ",
                    life.earlyWarnings(c).stream().map(k -> labels.get("warning." + k)).toList()));
            return cells.toArray();
          };
      writeRows(csv, order.length, k -> cellsOf.apply(order[k]));
    }
  }

  /**
   * Writes the rows of positions {@code 0 … n − 1}, encoded in chunks on {@link
   * RowChunks#defaultThreads()} threads and written in position order: the bytes of a one-thread
   * loop over {@code cellsOf}, which must be safe to call from several threads.
   */
  static void writeRows(CsvExport csv, int n, IntFunction<Object[]> cellsOf) {
    RowChunks.run(
        n,
        RowChunks.CHUNK,
        RowChunks.defaultThreads(),
        (from, to) -> {
          CsvExport.RowEncoder rows = csv.encoder();
          ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * (to - from));
          for (int k = from; k < to; k++) {
            bytes.writeBytes(rows.encode(cellsOf.apply(k)));
          }
          return bytes;
        },
        csv::write);
  }

  /** The call list ("CRM: Клиенты на прозвон"), in its order. */
  static void writeCallList(ReportInput input, CsvLabels labels, OutputStream file) {
    Analysis a = input.analysis();
    CustomerBase base = a.base();
    Locale locale = labels.locale();
    SalesWords words = SalesWords.of(locale);
    int horizon = a.scored().options().horizonDays();
    try (CsvExport csv =
        CsvExport.open(
            file, input.options().csvStyle(), labels.header(horizon, CALL_LIST_COLUMNS))) {
      List<CallListRow> list = a.sales().callList();
      writeRows(csv, list.size(), k -> callListCells(input, labels, words, csv, base, list.get(k)));
    }
  }

  private static Object[] callListCells(
      ReportInput input,
      CsvLabels labels,
      SalesWords words,
      CsvExport csv,
      CustomerBase base,
      CallListRow r) {
    int c = r.index();
    return new Object[] {
      Integer.toString(r.rank()),
      base.pseudonym(c),
      CsvCells.crmIds(base.customerIds(c)),
      r.displayName(),
      CsvCells.phones(base.phones(c), input.options().csvStyle()),
      String.join(", ", base.emails(c)),
      csv.number(r.ltv(), 2),
      words.timing(r),
      words.discount(r),
      today(r, labels),
      words.label(r.priority()),
      Integer.toString(r.priorityScore()),
      csv.number(r.valueAtStake(), 2),
      csv.number(r.expectedSaved(), 2),
      csv.number(100 * r.returnProbability(), 1),
      words.label(r.primary()),
      words.label(r.secondary()),
      words.label(r.tone()),
      words.label(r.forecast()),
      words.deadline(r),
      r.nextBestProduct().orElse(""),
      words.explanation(r)
    };
  }

  /**
   * {@code Churn Score 63 = 0,5 × вероятность оттока 87 % + 0,3 × аномалия паузы 15 + 0,2 × выручка
   * под угрозой 75/100 (12 345 ₽)}: how the customer's Churn Score is made, from the values core
   * computed it from.
   */
  static String explainability(
      ChurnScores scores,
      int c,
      double churnPercent,
      CsvExport csv,
      CsvLabels labels,
      String sign) {
    return labels.fill(
        "explain.churnScore",
        Integer.toString(scores.score(c)),
        csv.number(churnPercent, 1),
        Long.toString(Math.round(scores.anomalyPoints(c) / ChurnScores.ANOMALY_WEIGHT)),
        Long.toString(Math.round(scores.stakePoints(c) / ChurnScores.STAKE_WEIGHT)),
        csv.number(scores.stake(c), 0) + " " + sign);
  }

  /** Whether the row is in today's list, worded ("да" / "нет"). */
  /** A lifecycle stage's label; its at-risk stage is the glossary's customers at risk of churn. */
  static String stage(LifecycleStage s, CsvLabels labels) {
    return s == LifecycleStage.AT_RISK
        ? labels.glossary().label(Glossary.AT_RISK)
        : labels.get("stage." + s.key());
  }

  static String today(CallListRow r, CsvLabels labels) {
    return labels.get(r.today() ? "today.yes" : "today.no");
  }

  /**
   * {@code Падение активности (62%), Жалобы (20%)}: each reason with its share of the churn
   * probability.
   */
  static String reasons(List<Reason> reasons, CsvLabels labels) {
    if (reasons.isEmpty()) {
      return labels.get("reason.none");
    }
    StringBuilder b = new StringBuilder();
    for (Reason r : reasons) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(labels.get("reason." + r.code().name()))
          .append(" (")
          .append(Math.round(100 * r.contribution()))
          .append("%)");
    }
    return b.toString();
  }

  /**
   * {@code Пауза в 3,5 раза дольше обычного цикла клиента}, or that the pause is within the cycle.
   */
  static String anomalyText(PauseAnomaly anomaly, CsvLabels labels) {
    if (anomaly.pauseRatio() <= 1) {
      return labels.get("anomaly.text.normal");
    }
    boolean ru = !"en".equals(labels.locale().getLanguage());
    String ratio = String.format(Locale.ROOT, "%.1f", anomaly.pauseRatio());
    if (ru) {
      ratio = ratio.replace('.', ',');
    }
    return labels.get(
        anomaly.againstPopulation() ? "anomaly.text.population" : "anomaly.text.own", ratio);
  }

  /**
   * {@code Срочное касание: предложить «X»}: the action its priority calls for, and the product to
   * offer.
   */
  static String recommendation(CallListRow r, CsvLabels labels) {
    String action = labels.get("action." + r.priority().name());
    return r.nextBestProduct()
        .map(p -> action + ": " + labels.get("action.offer", p))
        .orElse(action);
  }
}
