package dev.reactivator.core.segment.sales;

import dev.reactivator.core.score.DiscountProfile;
import dev.reactivator.core.score.TimingStatus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An ordered channel-and-tone rule table evaluated first-match: the first rule whose condition
 * holds decides; when none holds, the {@link #FALLBACK} rule does. Users override it by building
 * their own list (for example {@code defaults().rules()} with a rule inserted in front).
 *
 * <p>Immutable and thread-safe.
 *
 * @param rules the rules, in evaluation order; keys unique
 */
public record RuleTable(List<Rule> rules) {
  /**
   * The rule applied when no rule matches, the quiet customers without negative signals: e-mail,
   * then SMS, informational tone.
   */
  public static final Rule FALLBACK =
      new Rule("default", v -> true, Channel.EMAIL, Channel.SMS, Tone.INFO, "default");

  /**
   * Copies the rules and checks the keys are unique.
   *
   * @param rules the rules, in evaluation order; keys unique
   * @throws IllegalArgumentException when two rules share a key
   */
  public RuleTable {
    rules = List.copyOf(rules);
    Set<String> keys = new HashSet<>();
    for (Rule r : rules) {
      if (!keys.add(r.key())) {
        throw new IllegalArgumentException(
            "rule keys must be unique, " + r.key() + " appeared twice");
      }
    }
  }

  /**
   * The default table derived from the seed ("Рекомендуемые каналы", "Тональность сообщений"):
   *
   * <ol>
   *   <li>{@code complaints}: complaints or a support spike → CALL / EMAIL, CARE
   *   <li>{@code vip-at-risk}: VIP with HIGH or CRITICAL risk → CALL / MESSENGER, VIP
   *   <li>{@code vip}: other VIPs → MESSENGER / CALL, VIP
   *   <li>{@code discount-sensitive}: discount profile SENSITIVE → EMAIL / SMS, DISCOUNT
   *   <li>{@code late}: T2NP LATE → MESSENGER / EMAIL, URGENCY
   *   <li>{@code due-now}: T2NP NOW → MESSENGER / EMAIL, INFO
   *   <li>{@code low-check}: average check in the base's bottom quarter → SMS / EMAIL, INFO
   *   <li>{@code default}: everyone else (quiet customers without negative signals) → EMAIL / SMS,
   *       INFO
   * </ol>
   *
   * <p>The seed sends low cheques, discount buyers and quiet sleepers to e-mail or SMS.
   *
   * @return the eight seed-derived rules listed above, {@code default} last
   */
  public static RuleTable defaults() {
    List<Rule> r = new ArrayList<>();
    r.add(
        new Rule(
            "complaints",
            v -> v.hasComplaints() || v.supportSpike(),
            Channel.CALL,
            Channel.EMAIL,
            Tone.CARE,
            "complaints"));
    r.add(
        new Rule(
            "vip-at-risk",
            v -> v.vip() && v.riskLevel().atLeastHigh(),
            Channel.CALL,
            Channel.MESSENGER,
            Tone.VIP,
            "vip-at-risk"));
    r.add(new Rule("vip", CustomerView::vip, Channel.MESSENGER, Channel.CALL, Tone.VIP, "vip"));
    r.add(
        new Rule(
            "discount-sensitive",
            v -> v.discountProfile() == DiscountProfile.Kind.SENSITIVE,
            Channel.EMAIL,
            Channel.SMS,
            Tone.DISCOUNT,
            "discount-sensitive"));
    r.add(
        new Rule(
            "late",
            v -> v.timingStatus() == TimingStatus.LATE,
            Channel.MESSENGER,
            Channel.EMAIL,
            Tone.URGENCY,
            "late"));
    r.add(
        new Rule(
            "due-now",
            v -> v.timingStatus() == TimingStatus.NOW,
            Channel.MESSENGER,
            Channel.EMAIL,
            Tone.INFO,
            "due-now"));
    r.add(
        new Rule(
            "low-check",
            CustomerView::lowCheck,
            Channel.SMS,
            Channel.EMAIL,
            Tone.INFO,
            "low-check"));
    r.add(FALLBACK);
    return new RuleTable(r);
  }

  /**
   * The first rule whose condition holds for {@code view}, or {@link #FALLBACK}.
   *
   * @param view the customer's scores and attributes the conditions read
   * @return the first rule whose condition holds for {@code view}, or {@link #FALLBACK}
   */
  public Rule firstMatch(CustomerView view) {
    int i = firstMatchIndex(view);
    return i < 0 ? FALLBACK : rules.get(i);
  }

  /**
   * The position of the first rule whose condition holds for {@code view}, or −1 when none does.
   *
   * @param view the customer's scores and attributes the conditions read
   * @return the position of the first rule whose condition holds for {@code view}, or −1 when none
   *     does
   */
  public int firstMatchIndex(CustomerView view) {
    Objects.requireNonNull(view, "view");
    for (int i = 0, e = rules.size(); i < e; i++) {
      if (rules.get(i).condition().test(view)) {
        return i;
      }
    }
    return -1;
  }
}
