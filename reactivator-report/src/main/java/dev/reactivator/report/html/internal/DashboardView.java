package dev.reactivator.report.html.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.core.segment.overview.Overview;
import dev.reactivator.core.segment.sales.CallListRow;
import dev.reactivator.core.segment.sales.Channel;
import dev.reactivator.core.segment.sales.Priority;
import dev.reactivator.core.segment.sales.ReturnForecast;
import dev.reactivator.core.segment.sales.Tone;
import dev.reactivator.core.segment.whales.SleepingWhales;
import dev.reactivator.narrative.MoneyFormat;
import dev.reactivator.report.internal.SalesWords;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.IntPredicate;

/**
 * What the dashboard shows beside {@code analysis.json}: which customers the page embeds (within
 * its display limits) and the view-only block — the page language, the display limits, the labels
 * of the sales keys and the call-list words of each embedded row, keyed by customer index. The view
 * holds words only; every figure the page draws is read from the embedded document.
 */
public final class DashboardView {

  /**
   * At most this many customers are drawn as RFM bubbles (the largest spenders); the CSVs hold all.
   */
  public static final int MAX_BUBBLES = 3000;

  /** At most this many call-list rows are put into the page; the priority CSVs hold all. */
  public static final int MAX_CALL_ROWS = 2000;

  /** At most this many rows in the VIP table and in each group of the whale table. */
  public static final int MAX_GROUP_ROWS = 1000;

  private final Analysis analysis;
  private final Locale locale;
  private final boolean[] shown;

  private DashboardView(Analysis analysis, Locale locale) {
    this.analysis = analysis;
    this.locale = locale;
    this.shown = shown(analysis);
  }

  /**
   * The view of an analysis in the page's language.
   *
   * @param analysis the analysis
   * @param locale the page's language
   * @return the view
   */
  public static DashboardView of(Analysis analysis, Locale locale) {
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(locale, "locale");
    return new DashboardView(analysis, locale);
  }

  /**
   * Which customers the page embeds: the first call-list rows, the customers to save first, the
   * first VIP and whale rows and the largest spenders drawn as RFM bubbles.
   *
   * @return a predicate on customer indices
   */
  public IntPredicate customers() {
    return c -> shown[c];
  }

  private static boolean[] shown(Analysis a) {
    CustomerBase base = a.base();
    boolean[] shown = new boolean[base.size()];
    List<CallListRow> calls = a.sales().callList();
    for (int i = 0; i < Math.min(calls.size(), MAX_CALL_ROWS); i++) {
      shown[calls.get(i).index()] = true;
    }
    for (Overview.SaveCandidate c : a.overview().topToSave()) {
      shown[c.index()] = true;
    }
    head(a.vipAtRisk().customers(), shown);
    SleepingWhales w = a.whales();
    for (SleepingWhales.Segment s : List.of(w.whales(), w.cooling(), w.active())) {
      head(s.group().customers(), shown);
    }
    for (int c : largestSpenders(base, MAX_BUBBLES)) {
      shown[c] = true;
    }
    return shown;
  }

  private static void head(List<Integer> members, boolean[] shown) {
    for (int i = 0; i < Math.min(members.size(), MAX_GROUP_ROWS); i++) {
      shown[members.get(i)] = true;
    }
  }

  /**
   * The {@code limit} customers who spent the most, ties by index (the page orders them the same
   * way).
   */
  private static int[] largestSpenders(CustomerBase base, int limit) {
    Integer[] order = new Integer[base.size()];
    for (int c = 0; c < order.length; c++) {
      order[c] = c;
    }
    Arrays.sort(order, (p, q) -> Double.compare(base.totalSpent(q), base.totalSpent(p)));
    int n = Math.min(order.length, limit);
    int[] top = new int[n];
    for (int i = 0; i < n; i++) {
      top[i] = order[i];
    }
    return top;
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
    g.writeNumberField("callListRows", MAX_CALL_ROWS);
    g.writeNumberField("groupRows", MAX_GROUP_ROWS);
    g.writeNumberField("bubbles", MAX_BUBBLES);
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
    g.writeEndObject();
    g.writeObjectFieldStart("customers");
    List<CallListRow> calls = analysis.sales().callList();
    for (int i = 0; i < Math.min(calls.size(), MAX_CALL_ROWS); i++) {
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
