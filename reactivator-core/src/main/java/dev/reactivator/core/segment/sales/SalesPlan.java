package dev.reactivator.core.segment.sales;

import dev.reactivator.core.segment.internal.LazyList;
import dev.reactivator.core.segment.widget.Absence;
import dev.reactivator.core.segment.widget.CustomerGroup;
import java.util.List;
import java.util.Objects;

/**
 * The seed's "Менеджеру продаж" tab: channels, tones, the success / neutral / churn forecast,
 * priorities and the call list. Computed by {@link SalesCalculator} (formulas in {@code
 * docs/metrics.md}, "Sales manager").
 *
 * <p>Immutable and thread-safe.
 *
 * @param channels customers by primary channel: {@code call}, {@code messenger}, {@code email},
 *     {@code no-contact} (neither phone nor e-mail: enrich in the CRM)
 * @param tones customers by tone: {@code vip}, {@code care}, {@code discount}, {@code urgency},
 *     {@code info}
 * @param rules customers by the rule that matched, in table order, then {@code default}
 * @param forecast customers by return forecast: {@code success}, {@code neutral}, {@code churn}
 * @param priorities customers by priority: {@code high}, {@code medium}, {@code low}
 * @param callList the call list, highest priority first, each customer at most once
 * @param absences inputs whose absence switched a condition off (complaints, tickets, discounts)
 */
public record SalesPlan(
    List<CustomerGroup> channels,
    List<CustomerGroup> tones,
    List<CustomerGroup> rules,
    List<CustomerGroup> forecast,
    List<CustomerGroup> priorities,
    List<CallListRow> callList,
    List<Absence> absences) {

  /**
   * Copies the lists.
   *
   * @param channels customers by primary channel: {@code call}, {@code messenger}, {@code email},
   *     {@code no-contact} (neither phone nor e-mail: enrich in the CRM)
   * @param tones customers by tone: {@code vip}, {@code care}, {@code discount}, {@code urgency},
   *     {@code info}
   * @param rules customers by the rule that matched, in table order, then {@code default}
   * @param forecast customers by return forecast: {@code success}, {@code neutral}, {@code churn}
   * @param priorities customers by priority: {@code high}, {@code medium}, {@code low}
   * @param callList the call list, highest priority first, each customer at most once
   * @param absences inputs whose absence switched a condition off (complaints, tickets, discounts)
   */
  public SalesPlan {
    channels = List.copyOf(channels);
    tones = List.copyOf(tones);
    rules = List.copyOf(rules);
    forecast = List.copyOf(forecast);
    priorities = List.copyOf(priorities);
    // the calculator's call list is already immutable and builds its rows when read: kept as is
    callList = callList instanceof LazyList ? callList : List.copyOf(callList);
    absences = List.copyOf(absences);
  }

  /**
   * The group with key {@code key} among {@code groups}.
   *
   * @param groups the groups to search
   * @param key the stable key of the group
   * @return the group with key {@code key} among {@code groups}
   * @throws IllegalArgumentException when no group has the key
   */
  public static CustomerGroup group(List<CustomerGroup> groups, String key) {
    Objects.requireNonNull(key, "key");
    for (CustomerGroup g : groups) {
      if (g.key().equals(key)) {
        return g;
      }
    }
    throw new IllegalArgumentException(
        "no group " + key + " among " + groups.stream().map(CustomerGroup::key).toList());
  }
}
