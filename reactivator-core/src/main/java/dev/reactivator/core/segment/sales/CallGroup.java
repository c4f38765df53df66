package dev.reactivator.core.segment.sales;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * One (segment, tone, first channel) group of the call list, the unit a message chain is written
 * for.
 *
 * <p>Immutable and thread-safe.
 *
 * @param segment the customers' segment key
 * @param tone the tone of the group
 * @param channel the first channel of the group
 * @param secondChannel the most frequent second channel in the group (the earliest {@link Channel}
 *     on a tie)
 * @param customers the call-list rows in the group
 */
public record CallGroup(
    String segment, Tone tone, Channel channel, Channel secondChannel, int customers) {

  /**
   * Checks the components.
   *
   * @param segment the customers' segment key
   * @param tone the tone of the group
   * @param channel the first channel of the group
   * @param secondChannel the most frequent second channel in the group (the earliest {@link
   *     Channel} on a tie)
   * @param customers the call-list rows in the group
   */
  public CallGroup {
    Objects.requireNonNull(segment, "segment");
    Objects.requireNonNull(tone, "tone");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(secondChannel, "secondChannel");
  }

  /**
   * The group key {@code segment/tone/channel}.
   *
   * @return the key
   */
  public String key() {
    return segment + "/" + tone.key() + "/" + channel.key();
  }

  /**
   * The groups of {@code calls}, largest first, then by key; customers without a contact ({@link
   * Channel#NO_CONTACT}) are in no group.
   *
   * @param calls the call list
   * @param segmentOf the segment key of a customer index
   * @return the groups
   */
  public static List<CallGroup> of(List<CallListRow> calls, IntFunction<String> segmentOf) {
    Objects.requireNonNull(calls, "calls");
    Objects.requireNonNull(segmentOf, "segmentOf");
    Channel[] channels = Channel.values();
    Map<String, CallGroup> heads = new LinkedHashMap<>();
    Map<String, int[]> seconds = new LinkedHashMap<>();
    for (CallListRow row : calls) {
      if (row.primary() == Channel.NO_CONTACT) {
        // nothing to write to a customer without contacts: they are the no-contact group
        continue;
      }
      CallGroup head =
          new CallGroup(
              segmentOf.apply(row.index()), row.tone(), row.primary(), row.secondary(), 0);
      heads.putIfAbsent(head.key(), head);
      seconds
          .computeIfAbsent(head.key(), k -> new int[channels.length])[row.secondary().ordinal()]++;
    }
    List<CallGroup> out = new ArrayList<>();
    heads.forEach(
        (key, head) -> {
          int[] counts = seconds.get(key);
          int best = 0;
          int total = 0;
          for (int i = 0; i < channels.length; i++) {
            total += counts[i];
            if (counts[i] > counts[best]) {
              best = i;
            }
          }
          out.add(
              new CallGroup(head.segment(), head.tone(), head.channel(), channels[best], total));
        });
    out.sort(
        Comparator.comparingInt(CallGroup::customers).reversed().thenComparing(CallGroup::key));
    return List.copyOf(out);
  }
}
