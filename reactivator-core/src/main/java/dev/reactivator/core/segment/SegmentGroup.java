package dev.reactivator.core.segment;

import dev.reactivator.core.segment.widget.IntList;
import java.util.List;
import java.util.Objects;

/**
 * One exportable group of customers of an {@link Analysis}: a widget's group, such as {@code
 * rfm/champions} or {@code channel/telegram}. Immutable and thread-safe.
 *
 * @param widget the widget key, such as {@code rfm}
 * @param group the group's key within the widget
 * @param customers the member customers' indices, in the widget's order
 */
public record SegmentGroup(String widget, String group, List<Integer> customers) {

  /**
   * Checks the components and keeps the list as an unboxed {@link IntList} (the widgets' own lists
   * are kept as they are, not copied: a copy of every group boxed each member, about 100 MB on a
   * 300 000-customer base).
   *
   * @param widget the widget key, such as {@code rfm}
   * @param group the group's key within the widget
   * @param customers the member customers' indices, in the widget's order
   * @throws NullPointerException if a component is null
   */
  public SegmentGroup {
    Objects.requireNonNull(widget, "widget");
    Objects.requireNonNull(group, "group");
    customers = IntList.copyOf(customers);
  }

  /**
   * The group's stable key, {@code widget/group}.
   *
   * @return the group's stable key
   */
  public String key() {
    return widget + "/" + group;
  }
}
