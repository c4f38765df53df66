package dev.reactivator.core.segment.widget;

/**
 * A named group of customers inside an insight (an RFM segment, an ABC class, a cohort, a funnel
 * stage…), so that any group can be exported as a customer list.
 */
public interface Grouped {

  /** A stable English key, such as {@code champions} or {@code abc-a}, for files and code. */
  String key();

  /** The indices of the group's customers in the {@link dev.reactivator.core.base.CustomerBase}, ascending. */
  IntList customers();
}
