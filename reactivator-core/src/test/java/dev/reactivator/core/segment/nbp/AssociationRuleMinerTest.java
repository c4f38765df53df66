package dev.reactivator.core.segment.nbp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.segment.Rows;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AssociationRuleMinerTest {
  private static final LocalDate D = LocalDate.of(2025, 3, 1);

  /**
   * 390 customers; 33 bought Чаты, 33 bought Доски, 32 bought both (the seed's 97 % pair), the rest
   * bought Вебинары only. lift(Чаты → Доски) = (32/33) / (33/390) = 12 480 / 1 089 ≈ 11.46.
   */
  static CustomerBase chatsAndBoards() {
    Rows rows = Rows.withDates();
    int id = 0;
    for (int i = 0; i < 32; i++, id++) {
      rows.add("7" + id, null, "Чаты", 100, D).add("7" + id, null, "Доски", 100, D.plusDays(3));
    }
    rows.add("7" + id++, null, "Чаты", 100, D);
    rows.add("7" + id++, null, "Доски", 100, D);
    while (id < 390) {
      rows.add("7" + id++, null, "Вебинары", 100, D);
    }
    return rows.asOf(D.plusDays(30));
  }

  @Test
  void surfacesTheStrongPairWithAHandComputedLift() {
    CustomerBase base = chatsAndBoards();
    AssociationRules rules = AssociationRuleMiner.mine(base);
    assertEquals(390, rules.customers());
    assertEquals(
        2,
        rules.rules().size(),
        "only the two directions of the pair pass; nothing co-occurs with Вебинары");
    AssociationRule top = rules.rules().get(0);
    // ties on lift and confidence are broken by antecedent id: Доски (0) < Чаты (1)… ids are
    // alphabetical
    assertEquals(12_480.0 / 1_089.0, top.lift(), 1e-12);
    assertEquals(32 / 33.0, top.confidence(), 1e-12);
    assertEquals(32 / 390.0, top.support(), 1e-12);
    assertEquals(32, top.bothCustomers());
    assertEquals(11.46, top.lift(), 0.01);
    AssociationRule chats =
        rules.rules().stream()
            .filter(r -> r.antecedentName().equals("Чаты"))
            .findFirst()
            .orElseThrow();
    assertEquals("Доски", chats.consequentName());
    assertEquals(
        1, chats.customers().size(), "the one Чаты buyer without Доски is the cross-sell target");
    assertEquals("rule-" + chats.antecedent() + "-" + chats.consequent(), chats.key());
  }

  @Test
  void dropsRulesBelowTheThresholds() {
    CustomerBase base = chatsAndBoards();
    assertTrue(
        AssociationRuleMiner.mine(base, AssociationRuleOptions.defaults().withMinSupport(0.1))
            .rules()
            .isEmpty(),
        "support 32/390 = 8.2 % < 10 %");
    assertTrue(
        AssociationRuleMiner.mine(base, AssociationRuleOptions.defaults().withMinConfidence(0.98))
            .rules()
            .isEmpty(),
        "confidence 97 % < 98 %");
    assertTrue(
        AssociationRuleMiner.mine(base, AssociationRuleOptions.defaults().withMinCustomers(33))
            .rules()
            .isEmpty());
  }
}
