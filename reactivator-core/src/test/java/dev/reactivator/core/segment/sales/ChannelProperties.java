package dev.reactivator.core.segment.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.InMemorySource;
import dev.reactivator.core.Reactivator;
import dev.reactivator.core.ScoredBases;
import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.score.ScoredBase;
import dev.reactivator.core.segment.widget.CustomerGroup;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Channels are only recommended when their contact exists. */
class ChannelProperties {
  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 15);

  /** One customer: whether it has a phone and an e-mail, its spend, days since, P(alive). */
  record C(boolean phone, boolean email, int amount, int daysAgo, double alive) {}

  @Provide
  Arbitrary<List<C>> customers() {
    return Combinators.combine(
            Arbitraries.of(true, false),
            Arbitraries.of(true, false),
            Arbitraries.integers().between(1, 500_000),
            Arbitraries.integers().between(0, 900),
            Arbitraries.doubles().between(0, 1))
        .as(C::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(25);
  }

  private static ScoredBase scored(List<C> cs) {
    InMemorySource s = new InMemorySource();
    for (int i = 0; i < cs.size(); i++) {
      C c = cs.get(i);
      String phone = c.phone() ? "7900" + (1_000_000 + i) : null;
      String email = c.email() ? "c" + i + "@example.ru" : null;
      s.add("id-" + i, phone, email, "c" + i, "p", c.amount(), AS_OF.minusDays(c.daysAgo()));
      s.add("id-" + i, phone, email, "c" + i, "p", c.amount(), AS_OF.minusDays(c.daysAgo() + 90));
    }
    CustomerBase base = Reactivator.load(s).asOf(AS_OF).base();
    double[] alive = new double[base.size()];
    for (int c = 0; c < alive.length; c++) {
      alive[c] = cs.get(Integer.parseInt(base.name(c).orElseThrow().substring(1))).alive();
    }
    return ScoredBases.withAlive(base, alive);
  }

  @Property(tries = 200)
  void noCustomerIsGivenAChannelWhoseContactIsMissing(@ForAll("customers") List<C> cs) {
    ScoredBase scored = scored(cs);
    CustomerBase base = scored.base();
    SalesPlan plan = SalesCalculator.compute(scored);
    int noContact = 0;
    for (CallListRow r : plan.callList()) {
      boolean phone = base.hasPhone(r.index());
      boolean email = base.hasEmail(r.index());
      if (!phone && !email) {
        noContact++;
        assertEquals(Channel.NO_CONTACT, r.primary());
        assertEquals(Channel.NO_CONTACT, r.secondary());
      } else {
        assertTrue(r.primary().reachable(phone, email), r.primary() + " without its contact");
        assertTrue(r.secondary().reachable(phone, email), r.secondary() + " without its contact");
        // two channels whenever two are reachable (a phone gives call and messenger)
        if (phone) {
          assertNotEquals(r.primary(), r.secondary());
        }
      }
    }
    CustomerGroup group = SalesPlan.group(plan.channels(), "no-contact");
    assertEquals(noContact, group.size());
    assertEquals(
        base.size(), plan.channels().stream().mapToInt(CustomerGroup::size).sum(), "a partition");
    // customers without contacts get no message chain
    assertTrue(
        CallGroup.of(plan.callList(), c -> "s").stream()
            .noneMatch(g -> g.channel() == Channel.NO_CONTACT));
  }

  @Property(tries = 50)
  void theRulesChannelIsKeptWhenItsContactExists(@ForAll("customers") List<C> cs) {
    ScoredBase scored = scored(cs);
    CustomerBase base = scored.base();
    SalesPlan plan = SalesCalculator.compute(scored);
    for (CallListRow r : plan.callList()) {
      if (base.hasPhone(r.index()) && base.hasEmail(r.index())) {
        Rule rule =
            SalesOptions.defaults().rules().rules().stream()
                .filter(x -> x.key().equals(r.ruleKey()))
                .findFirst()
                .orElse(RuleTable.FALLBACK);
        assertEquals(rule.primary(), r.primary());
        assertEquals(rule.secondary(), r.secondary());
      }
    }
  }

  @Property(tries = 100)
  void anSmsIsOnlyGivenToACustomerWithAPhone(@ForAll("customers") List<C> cs) {
    ScoredBase scored = scored(cs);
    CustomerBase base = scored.base();
    SalesPlan plan = SalesCalculator.compute(scored);
    for (CallListRow r : plan.callList()) {
      if (r.primary() == Channel.SMS || r.secondary() == Channel.SMS) {
        assertTrue(base.hasPhone(r.index()), base.pseudonym(r.index()) + " has no phone");
      }
    }
    for (int c : SalesPlan.group(plan.channels(), "sms").customers()) {
      assertTrue(base.hasPhone(c), base.pseudonym(c) + " in the SMS group has no phone");
    }
  }

  @Property
  void theChannelChoiceNeverPicksAnSmsWithoutAPhone(
      @ForAll Channel primary, @ForAll Channel secondary, @ForAll boolean email) {
    if (primary == secondary || primary == Channel.NO_CONTACT || secondary == Channel.NO_CONTACT) {
      return;
    }
    Rule rule = new Rule("r", v -> true, primary, secondary, Tone.INFO, "r");
    for (Channel ch : SalesCalculator.channels(rule, false, email)) {
      assertNotEquals(Channel.SMS, ch);
    }
    // with a phone and a rule naming SMS first, the SMS is kept
    if (primary == Channel.SMS) {
      assertEquals(Channel.SMS, SalesCalculator.channels(rule, true, email).get(0));
    }
  }
}
