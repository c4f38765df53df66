package dev.reactivator.report.html.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.core.segment.Glossary;
import dev.reactivator.core.segment.overview.Overview;
import dev.reactivator.core.segment.sales.CallListRow;
import dev.reactivator.core.segment.sales.Channel;
import dev.reactivator.core.segment.sales.Priority;
import dev.reactivator.core.segment.sales.ReturnForecast;
import dev.reactivator.core.segment.sales.Tone;
import dev.reactivator.core.segment.whales.SleepingWhales;
import dev.reactivator.narrative.MoneyFormat;
import dev.reactivator.report.ReportOptions;
import dev.reactivator.report.internal.GlossaryLabels;
import dev.reactivator.report.internal.SalesWords;
import dev.reactivator.report.json.CustomerDetail;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * What the dashboard shows beside {@code analysis.json}: which customers the page embeds (within
 * its display limits) and the view-only block — the page language, the display limits, the labels
 * of the sales keys and of the shared customer groups ({@code glossary}, by glossary key) and the
 * call-list words of each embedded row, keyed by customer index. The view holds words only; every
 * figure the page draws is read from the embedded document.
 */
public final class DashboardView {

  /**
   * At most this many customers are drawn as RFM bubbles (the largest spenders), whatever the row
   * limit of the lists: a scatter stays readable with more points than a table has rows, and the
   * bubbles cost a few hundred bytes each; {@code customers.csv} holds all.
   */
  public static final int MAX_BUBBLES = 3000;

  private final Analysis analysis;
  private final Locale locale;
  private final int rows;
  private final byte[] detail;

  private DashboardView(Analysis analysis, Locale locale, int rows) {
    this.analysis = analysis;
    this.locale = locale;
    this.rows = rows;
    this.detail = details(analysis, rows);
  }

  /**
   * The view of an analysis in the page's language, with the default row limit ({@link
   * ReportOptions#DEFAULT_DASHBOARD_ROWS}).
   *
   * @param analysis the analysis
   * @param locale the page's language
   * @return the view
   */
  public static DashboardView of(Analysis analysis, Locale locale) {
    return of(analysis, locale, ReportOptions.DEFAULT_DASHBOARD_ROWS);
  }

  /**
   * The view of an analysis in the page's language, embedding at most {@code rows} rows of each
   * customer list: the call list, the VIP table and each group of the whale table.
   *
   * @param analysis the analysis
   * @param locale the page's language
   * @param rows the row limit of each list, at least 1 ({@link ReportOptions#dashboardRows()})
   * @return the view
   */
  public static DashboardView of(Analysis analysis, Locale locale, int rows) {
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(locale, "locale");
    if (rows < 1) {
      throw new IllegalArgumentException("rows must be at least 1, got " + rows);
    }
    return new DashboardView(analysis, locale, rows);
  }

  /**
   * The row limit of each customer list in the page.
   *
   * @return the most rows of the call list, the VIP table and each whale group
   */
  public int rows() {
    return rows;
  }

  /**
   * Which customers the page embeds: the first call-list rows, the customers to save first, the
   * first VIP and whale rows and the largest spenders drawn as RFM bubbles.
   *
   * @return a predicate on customer indices
   */
  public IntPredicate customers() {
    return c -> detail[c] != CustomerDetail.OMITTED.ordinal();
  }

  /**
   * How much of each embedded customer the page's document holds: what the page draws of it ({@link
   * CustomerDetail#CALL_ROW} for a call-list row, {@link CustomerDetail#TABLE_ROW} for a VIP, whale
   * or save-first row, {@link CustomerDetail#BUBBLE} for an RFM bubble), the most of them when it
   * is drawn in several places; {@link CustomerDetail#OMITTED} for a customer the page does not
   * show.
   *
   * @return the detail of each customer, by index
   */
  public IntFunction<CustomerDetail> details() {
    return c -> DETAILS[detail[c]];
  }

  private static final CustomerDetail[] DETAILS = CustomerDetail.values();

  private static byte[] details(Analysis a, int rows) {
    CustomerBase base = a.base();
    byte[] detail = new byte[base.size()];
    for (int c : largestSpenders(base, MAX_BUBBLES)) {
      raise(detail, c, CustomerDetail.BUBBLE);
    }
    for (Overview.SaveCandidate c : a.overview().topToSave()) {
      raise(detail, c.index(), CustomerDetail.TABLE_ROW);
    }
    head(a.vipAtRisk().customers(), rows, detail);
    SleepingWhales w = a.whales();
    for (SleepingWhales.Segment s : List.of(w.whales(), w.cooling(), w.active())) {
      head(s.group().customers(), rows, detail);
    }
    List<CallListRow> calls = a.sales().callList();
    for (int i = 0; i < Math.min(calls.size(), rows); i++) {
      raise(detail, calls.get(i).index(), CustomerDetail.CALL_ROW);
    }
    return detail;
  }

  private static void head(List<Integer> members, int rows, byte[] detail) {
    for (int i = 0; i < Math.min(members.size(), rows); i++) {
      raise(detail, members.get(i), CustomerDetail.TABLE_ROW);
    }
  }

  private static void raise(byte[] detail, int c, CustomerDetail d) {
    detail[c] = (byte) Math.max(detail[c], d.ordinal());
  }

  /**
   * The {@code limit} customers who spent the most, largest first, ties by index (the page orders
   * them the same way): a bounded min-heap over the spend column, O(n log limit) time and O(limit)
   * memory, no boxing.
   *
   * @param base the customers
   * @param limit the most customers returned, at least 0
   * @return customer indices, largest spend first, ties by ascending index
   */
  static int[] largestSpenders(CustomerBase base, int limit) {
    int n = base.size();
    double[] spend = new double[n];
    for (int c = 0; c < n; c++) {
      spend[c] = base.totalSpent(c);
    }
    return largestSpenders(spend, limit);
  }

  /**
   * {@link #largestSpenders(CustomerBase, int)} over a spend column. The heap's root is the worst
   * kept customer: the smallest spend, on a tie the largest index.
   */
  static int[] largestSpenders(double[] spend, int limit) {
    int k = Math.min(spend.length, limit);
    int[] heap = new int[k];
    int size = 0;
    for (int c = 0; c < spend.length; c++) {
      if (size < k) {
        heap[size] = c;
        siftUp(heap, size++, spend);
      } else if (k > 0 && better(c, heap[0], spend)) {
        heap[0] = c;
        siftDown(heap, k, spend);
      }
    }
    for (int end = k - 1; end > 0; end--) {
      int worst = heap[0];
      heap[0] = heap[end];
      heap[end] = worst;
      siftDown(heap, end, spend);
    }
    return heap;
  }

  /** Whether customer {@code p} ranks before {@code q}: more spent, on a tie the smaller index. */
  private static boolean better(int p, int q, double[] spend) {
    int cmp = Double.compare(spend[p], spend[q]);
    return cmp > 0 || cmp == 0 && p < q;
  }

  private static void siftUp(int[] heap, int i, double[] spend) {
    int x = heap[i];
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (!better(heap[parent], x, spend)) {
        break;
      }
      heap[i] = heap[parent];
      i = parent;
    }
    heap[i] = x;
  }

  private static void siftDown(int[] heap, int size, double[] spend) {
    int i = 0;
    int x = heap[0];
    while (true) {
      int child = 2 * i + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && better(heap[child], heap[child + 1], spend)) {
        child++;
      }
      if (!better(x, heap[child], spend)) {
        break;
      }
      heap[i] = heap[child];
      i = child;
    }
    heap[i] = x;
  }

  /**
   * Writes the view-only object (documented in {@code docs/analysis-json.md}, "The dashboard's
   * view").
   *
   * @param g where the object goes
   * @throws IOException when the generator fails
   */
  public void write(JsonGenerator g) throws IOException {
    SalesWords words = SalesWords.of(locale);
    g.writeStartObject();
    g.writeStringField("locale", "en".equals(locale.getLanguage()) ? "en" : "ru");
    g.writeNumberField("products", analysis.base().productCount());
    g.writeStringField("currencySymbol", MoneyFormat.symbol(analysis.base().currency()));
    g.writeObjectFieldStart("limits");
    g.writeNumberField("callListRows", rows);
    g.writeNumberField("groupRows", rows);
    g.writeNumberField("bubbles", MAX_BUBBLES);
    g.writeNumberField("embeddedRows", DashboardPage.MAX_EMBEDDED_ROWS);
    g.writeEndObject();
    g.writeObjectFieldStart("labels");
    g.writeObjectFieldStart("channels");
    for (Channel c : Channel.values()) {
      g.writeStringField(c.key(), words.label(c));
    }
    g.writeEndObject();
    g.writeObjectFieldStart("tones");
    for (Tone t : Tone.values()) {
      g.writeStringField(t.key(), words.label(t));
    }
    g.writeEndObject();
    g.writeObjectFieldStart("forecast");
    for (ReturnForecast f : ReturnForecast.values()) {
      g.writeStringField(f.key(), words.label(f));
    }
    g.writeEndObject();
    g.writeObjectFieldStart("priorities");
    for (Priority p : Priority.values()) {
      g.writeStringField(p.key(), words.label(p));
    }
    g.writeEndObject();
    GlossaryLabels glossary = GlossaryLabels.of(locale);
    g.writeObjectFieldStart("glossary");
    for (Glossary group : Glossary.values()) {
      g.writeStringField(group.key(), glossary.label(group));
    }
    g.writeEndObject();
    g.writeEndObject();
    g.writeObjectFieldStart("customers");
    List<CallListRow> calls = analysis.sales().callList();
    for (int i = 0; i < Math.min(calls.size(), rows); i++) {
      CallListRow r = calls.get(i);
      g.writeObjectFieldStart(Integer.toString(r.index()));
      g.writeStringField("timing", words.timing(r));
      g.writeStringField("discount", words.discount(r));
      g.writeStringField("deadline", words.deadline(r));
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeEndObject();
  }
}
