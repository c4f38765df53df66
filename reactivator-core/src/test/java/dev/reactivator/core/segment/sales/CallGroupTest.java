package dev.reactivator.core.segment.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reactivator.core.ScoredBases;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.core.segment.SeedExample;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The call-list groups worked out by hand. */
class CallGroupTest {

  /** A real call-list row (every customer of the seed base at 10 % P(alive)) to vary. */
  private static final CallListRow TEMPLATE =
      Analysis.of(ScoredBases.withAlive(SeedExample.base(), 0.1, 0.1, 0.1, 0.1, 0.1, 0.1))
          .sales()
          .callList()
          .get(0);

  private static CallListRow row(int index, Tone tone, Channel primary, Channel secondary) {
    CallListRow t = TEMPLATE;
    return new CallListRow(
        t.rank(),
        index,
        t.displayName(),
        t.purchases(),
        t.ltv(),
        t.timing(),
        t.returnProbability(),
        t.valueAtStake(),
        t.expectedSaved(),
        t.priorityScore(),
        t.priority(),
        t.today(),
        t.ruleKey(),
        primary,
        secondary,
        tone,
        t.discountProfile(),
        t.forecast(),
        t.deadlineDays(),
        t.explanationKey(),
        t.nextBestProduct());
  }

  @Test
  void rowsGroupBySegmentToneAndFirstChannelWithTheMostFrequentSecondChannel() {
    List<CallListRow> calls =
        List.of(
            row(0, Tone.CARE, Channel.CALL, Channel.EMAIL),
            row(1, Tone.CARE, Channel.CALL, Channel.MESSENGER),
            row(2, Tone.CARE, Channel.CALL, Channel.MESSENGER),
            row(3, Tone.VIP, Channel.CALL, Channel.EMAIL),
            row(4, Tone.VIP, Channel.CALL, Channel.MESSENGER),
            row(5, Tone.CARE, Channel.CALL, Channel.EMAIL));
    // customers 0–4 are "sleeping", 5 is "new": (sleeping, care, call) has 3 rows, MESSENGER twice;
    // (sleeping, vip, call) ties EMAIL and MESSENGER 1–1 and keeps the earlier channel, MESSENGER
    List<CallGroup> groups = CallGroup.of(calls, c -> c == 5 ? "new" : "sleeping");
    assertEquals(
        List.of(
            new CallGroup("sleeping", Tone.CARE, Channel.CALL, Channel.MESSENGER, 3),
            new CallGroup("sleeping", Tone.VIP, Channel.CALL, Channel.MESSENGER, 2),
            new CallGroup("new", Tone.CARE, Channel.CALL, Channel.EMAIL, 1)),
        groups);
    assertEquals("sleeping/care/call", groups.get(0).key());
    assertEquals(List.of(3, 2, 1), groups.stream().map(CallGroup::customers).toList());
  }
}
