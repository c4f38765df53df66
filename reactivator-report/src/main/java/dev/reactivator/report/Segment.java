package dev.reactivator.report;

import java.util.List;
import java.util.Objects;

/**
 * One exportable customer group of a widget ("Скачать сегмент"): the widget, the group's stable
 * key, the customers and the file the segment is written to, relative to the report directory.
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
    customers = List.copyOf(customers);
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
   * The relative path of the segment's CSV: {@code segments/<widget>-<group>.csv}, with every
   * character outside {@code [a-z0-9-]} of the group key replaced by {@code _} and, when any was,
   * the key's hash appended. An empty segment has a name too, but no file is written for it (and a
   * dashboard disables its link).
   *
   * @return the relative path of the segment's CSV: {@code segments/<widget>-<group>.csv}, with
   *     every character outside {@code [a-z0-9-]} of the group key replaced by {@code _} and, when
   *     any was, the key's hash appended
   */
  public String fileName() {
    return "segments/" + widget + "-" + safe(group) + ".csv";
  }

  /**
   * Whether the segment has no customers (then no file is written).
   *
   * @return whether the segment has no customers (then no file is written)
   */
  public boolean isEmpty() {
    return customers.isEmpty();
  }

  private static String safe(String key) {
    StringBuilder b = new StringBuilder(key.length());
    boolean replaced = false;
    for (char ch : key.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
      boolean ok = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-';
      b.append(ok ? ch : '_');
      replaced |= !ok;
    }
    if (replaced) {
      // keys such as Cyrillic product names would collide once replaced; a hash keeps them apart
      b.append('-').append(Integer.toHexString(key.hashCode()));
    }
    return b.toString();
  }
}
