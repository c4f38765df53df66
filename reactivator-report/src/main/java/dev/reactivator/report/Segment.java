package dev.reactivator.report;

import dev.reactivator.core.segment.widget.IntList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One exportable customer group of a widget ("Скачать сегмент"): the widget, the group's stable
 * key, the customers and the file the segment is written to, relative to the report directory.
 *
 * <p>Immutable and thread-safe.
 *
 * @param widget the widget's stable key, such as {@code rfm} or {@code abc}
 * @param group the group's stable key inside the widget, such as {@code champions}
 * @param customers the customer indices, ascending or in the widget's order
 */
public record Segment(String widget, String group, List<Integer> customers) {

  /**
   * Checks the components and copies the list.
   *
   * @param widget the widget's stable key, such as {@code rfm} or {@code abc}
   * @param group the group's stable key inside the widget, such as {@code champions}
   * @param customers the customer indices, ascending or in the widget's order
   */
  public Segment {
    Objects.requireNonNull(widget, "widget");
    Objects.requireNonNull(group, "group");
    // kept unboxed: a segment may hold every customer of a large base
    customers = IntList.copyOf(customers);
  }

  /**
   * The segment's stable key, {@code widget/group}.
   *
   * @return the segment's stable key, {@code widget/group}
   */
  public String key() {
    return widget + "/" + group;
  }

  /**
   * The relative path of the segment's CSV: {@code segments/<widget>-<slug>.csv}. The slug is the
   * group key made a readable ASCII name: Cyrillic transliterated (ICAO style: {@code ж → zh},
   * {@code х → kh}, {@code щ → shch} …), lower case, every run of other characters one {@code -}.
   * When the slug is not the key itself (case, letters or characters changed) or had to be cut to
   * keep the file name within {@value #MAX_NAME_BYTES} bytes, a stable 8-digit hash of the key is
   * appended, so {@code DELL}, {@code Dell} and {@code dell} get three files. The same name is used
   * by every renderer and link. An empty segment has a name too, but no file is written for it.
   *
   * @return the relative path of the segment's CSV
   */
  public String fileName() {
    return "segments/" + widget + "-" + slug(group, MAX_NAME_BYTES - widget.length() - 5) + ".csv";
  }

  /** The longest file name (without the directory) a segment gets, in bytes. */
  public static final int MAX_NAME_BYTES = 100;

  private static final String[] CYRILLIC = {
    "a", "b", "v", "g", "d", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t",
    "u", "f", "kh", "ts", "ch", "sh", "shch", "ie", "y", "", "e", "iu", "ia"
  };

  /** A readable, file-system-safe ASCII name for {@code key}, at most {@code max} bytes. */
  static String slug(String key, int max) {
    StringBuilder b = new StringBuilder(Math.min(key.length(), max) + 16);
    boolean dash = false;
    for (int i = 0; i < key.length(); i++) {
      char ch = Character.toLowerCase(key.charAt(i));
      String out;
      if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
        out = String.valueOf(ch);
      } else if (ch >= '\u0430' && ch <= '\u044F') {
        out = CYRILLIC[ch - '\u0430'];
      } else if (ch == '\u0451') {
        out = "e";
      } else {
        out = "-";
      }
      if (out.equals("-")) {
        dash = b.length() > 0;
        continue;
      }
      if (dash) {
        b.append('-');
        dash = false;
      }
      b.append(out);
    }
    String s = b.length() == 0 ? "group" : b.toString();
    int room = Math.max(8, max - 9); // room left for "-" + 8 hash digits
    if (s.equals(key) && s.length() <= max) {
      return s;
    }
    if (s.length() > room) {
      s = s.substring(0, room);
      while (s.endsWith("-")) {
        s = s.substring(0, s.length() - 1);
      }
    }
    return s + "-" + hash(key);
  }

  /** FNV-1a over the key's UTF-16 code units, as 8 hex digits: the same on every JVM and run. */
  private static String hash(String key) {
    int h = 0x811C9DC5;
    for (int i = 0; i < key.length(); i++) {
      h ^= key.charAt(i);
      h *= 0x01000193;
    }
    return String.format(Locale.ROOT, "%08x", h);
  }

  /**
   * Whether the segment has no customers (then no file is written).
   *
   * @return whether the segment has no customers (then no file is written)
   */
  public boolean isEmpty() {
    return customers.isEmpty();
  }
}
