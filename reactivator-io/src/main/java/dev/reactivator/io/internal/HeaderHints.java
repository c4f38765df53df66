package dev.reactivator.io.internal;

import dev.reactivator.core.data.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The one error of a header that lacks required columns: every missing field at once, the columns
 * found, and a ready mapping built from the closest unmatched headers.
 */
final class HeaderHints {
  /** Below this a header is not offered as a field's column. */
  private static final double CLOSE_SPELLING = 0.7;

  private static final double CLOSE_WORDS = 0.5;

  private HeaderHints() {}

  /**
   * One missing requirement: a single field, or one of several fields.
   *
   * @param key the message key of its description
   * @param fields the fields that would satisfy it, the preferred first
   */
  record Need(String key, List<Field> fields) {
    /** A purchase date, or days since the purchase. */
    static final Need DATE = new Need("need.date", List.of(Field.PURCHASE_DATE, Field.DAYS));

    /** Any identity key. */
    static final Need IDENTITY =
        new Need("need.identity", List.of(Field.CUSTOMER_ID, Field.PHONE, Field.EMAIL));

    static Need of(Field f) {
      return new Need("need.field", List.of(f));
    }
  }

  /** A header offered for a need, with how close it is. */
  private record Offer(int need, Field field, String header, double score, int order) {}

  /**
   * The message of the error.
   *
   * @param source the file name
   * @param needs what is missing, in the order to name it
   * @param found the columns of the file, quoted
   * @param free the columns that matched no field, as written, in file order; when there are none,
   *     the message asks for the columns to be added instead of mapped
   * @param locale the language
   * @return the message
   */
  static String missing(
      String source, List<Need> needs, String found, List<String> free, Locale locale) {
    ResourceBundle b = IoMessages.bundle(locale);
    List<String> items = new ArrayList<>();
    for (Need need : needs) {
      Field f = need.fields().get(0);
      items.add(IoMessages.format(b, locale, need.key(), f.templateHeader(), f.englishHeader()));
    }
    if (free.isEmpty()) {
      return IoMessages.format(
          b,
          locale,
          "header.missing",
          source,
          String.join(", ", items),
          found,
          IoMessages.format(b, locale, "need.add"));
    }
    Offer[] chosen = choose(needs, free);
    StringBuilder map = new StringBuilder();
    boolean unknown = false;
    boolean quote = false;
    String placeholder = IoMessages.format(b, locale, "need.placeholder");
    for (int i = 0; i < needs.size(); i++) {
      Offer o = chosen[i];
      if (map.length() > 0) {
        map.append(',');
      }
      // a header too long to type is left as the placeholder, so the message stays short
      boolean typeable = o != null && o.header().length() <= Layout.LISTED_HEADER;
      String h = typeable ? o.header() : placeholder;
      unknown |= !typeable;
      quote |=
          typeable
              && !h.chars().allMatch(c -> Character.isLetterOrDigit(c) || "_-.*#".indexOf(c) >= 0);
      map.append(
              o == null ? needs.get(i).fields().get(0).englishHeader() : o.field().englishHeader())
          .append('=')
          .append(h);
    }
    String line = quote ? "\"" + map + "\"" : map.toString();
    String fix = IoMessages.format(b, locale, "need.map", line);
    if (unknown) {
      fix = fix + " " + IoMessages.format(b, locale, "need.pick", placeholder);
    }
    return IoMessages.format(
        b, locale, "header.missing", source, String.join(", ", items), found, fix);
  }

  /** The closest free header of each need, each header offered once, closest pairs first. */
  private static Offer[] choose(List<Need> needs, List<String> free) {
    List<Offer> offers = new ArrayList<>();
    for (int n = 0; n < needs.size(); n++) {
      for (int h = 0; h < free.size(); h++) {
        String header = free.get(h);
        if (header.indexOf(',') >= 0 || header.indexOf('=') >= 0) {
          continue; // cannot be written in a --map list
        }
        String norm = Layout.normalize(header);
        Offer best = null;
        List<Field> fields = needs.get(n).fields();
        for (Field f : fields) {
          for (String name : f.headers()) {
            double s = closeness(norm, Layout.normalize(name));
            if (s > 0 && (best == null || s > best.score())) {
              best = new Offer(n, f, header, s, h);
            }
          }
        }
        if (best != null) {
          offers.add(best);
        }
      }
    }
    offers.sort(
        Comparator.comparingDouble(Offer::score)
            .reversed()
            .thenComparingInt(Offer::need)
            .thenComparingInt(Offer::order));
    Offer[] chosen = new Offer[needs.size()];
    List<String> taken = new ArrayList<>();
    for (Offer o : offers) {
      if (chosen[o.need()] == null && !taken.contains(o.header())) {
        chosen[o.need()] = o;
        taken.add(o.header());
      }
    }
    return chosen;
  }

  /**
   * How close two normalised headers are, in (0, 1], or 0 when not close enough to offer: the
   * spelling similarity (1 − edit distance / length, spaces ignored) when at least 0.7, else the
   * share of words in common (a word matching a word spelt at least 75 % alike) when at least half.
   *
   * @param a a normalised header
   * @param b a normalised header
   * @return the closeness, 0 when not close
   */
  static double closeness(String a, String b) {
    double spelling = similarity(a.replace(" ", ""), b.replace(" ", ""));
    if (spelling >= CLOSE_SPELLING) {
      return spelling;
    }
    String[] ta = a.split("[\\s\\-./()]+");
    String[] tb = b.split("[\\s\\-./()]+");
    int common = Math.min(matched(ta, tb), matched(tb, ta));
    double words = (double) common / Math.max(ta.length, tb.length);
    return words >= CLOSE_WORDS ? words : 0;
  }

  /** How many words of {@code from} match some word of {@code in}. */
  private static int matched(String[] from, String[] in) {
    int n = 0;
    for (String x : from) {
      for (String y : in) {
        if (!x.isEmpty() && !y.isEmpty() && similarity(x, y) >= 0.75) {
          n++;
          break;
        }
      }
    }
    return n;
  }

  /** 1 − Levenshtein distance / the longer length; 1 for two empty strings. */
  static double similarity(String a, String b) {
    int n = a.length();
    int m = b.length();
    if (n == 0 && m == 0) {
      return 1;
    }
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      cur[0] = i;
      for (int j = 1; j <= m; j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return 1 - (double) prev[m] / Math.max(n, m);
  }
}
