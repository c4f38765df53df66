package dev.reactivator.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.data.ProblemCode;
import dev.reactivator.core.data.RowProblem;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Placeholder values in identity columns identify nobody. */
class PlaceholderIdentityTest {
  private static final String HEADER = "ID клиента;Телефон;Email;Товар;Сумма;Дата покупки\n";
  private static final List<String> SPELLINGS =
      List.of(
          "(blank)", "0", "000", "-", "—", "N/A", "n/a", "NA", "null", "none", "нет", "#N/A", "nan",
          "(пусто)", "н/д");

  @Test
  void aPlaceholderIdWithAnotherKeyIsAcceptedThroughItWithAWarning() {
    CollectingSink sink = Csv.read(HEADER + "N/A;89001234567;;Кабель;100;2025-01-01\n");
    assertEquals(1, sink.accepted.size());
    assertEquals(Optional.empty(), sink.accepted.get(0).customerId());
    assertEquals(Optional.of("79001234567"), sink.accepted.get(0).phone());
    RowProblem w = sink.warnings.get(0);
    assertEquals(ProblemCode.NO_IDENTITY, w.code());
    assertEquals(Optional.of("ID клиента"), w.column());
    assertEquals(Optional.of("N/A"), w.value());
    assertEquals(
        "Строка 2, колонка «ID клиента»: «N/A» — это заглушка, а не клиент: значение не"
            + " используется, покупка отнесена клиенту по другим ключам строки.",
        w.message());
  }

  @Test
  void aRowWithOnlyPlaceholderKeysIsRejectedWithTheReason() {
    CollectingSink sink = Csv.read(HEADER + "(blank);-;none;Кабель;100;2025-01-01\n", Csv.EN);
    RowProblem p = sink.onlyRejected();
    assertEquals(ProblemCode.NO_IDENTITY, p.code());
    assertEquals(Optional.of("(blank)"), p.value());
    assertEquals(
        "Line 2, column \"ID клиента\": \"(blank)\" — a placeholder, not a customer, and the row"
            + " has no other phone, e-mail or customer id: the purchase cannot be attributed to"
            + " anyone. Enter the real id, phone or e-mail.",
        p.message());
    assertTrue(sink.warnings.isEmpty());
  }

  @Test
  void realValuesThatLookLikePlaceholdersAreKept() {
    CollectingSink sink =
        Csv.read(HEADER + "0042;;;Кабель;100;2025-01-01\nnone1;;;Кабель;100;2025-01-01\n");
    assertEquals(Optional.of("0042"), sink.accepted.get(0).customerId());
    assertEquals(Optional.of("none1"), sink.accepted.get(1).customerId());
    assertTrue(sink.warnings.isEmpty());
  }

  /** Whatever its case and surrounding whitespace, a placeholder never becomes an identity. */
  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void placeholdersNeverBecomeAnIdentity(
      @ForAll("placeholders") String id,
      @ForAll("placeholders") String phone,
      @ForAll("placeholders") String email,
      @ForAll boolean realPhone) {
    String p = realPhone ? " 8 900 123-45-67 " : phone;
    CollectingSink sink =
        Csv.read(HEADER + id + ";" + p + ";" + email + ";Кабель;100;2025-01-01\n");
    assertEquals(1, sink.rows());
    if (realPhone) {
      assertEquals(1, sink.accepted.size());
      assertEquals(Optional.empty(), sink.accepted.get(0).customerId());
      assertEquals(Optional.empty(), sink.accepted.get(0).email());
      assertEquals(Optional.of("79001234567"), sink.accepted.get(0).phone());
      assertEquals(blank(id) && blank(email) ? 0 : 1, sink.warnings.size());
    } else {
      assertEquals(ProblemCode.NO_IDENTITY, sink.onlyRejected().code());
    }
  }

  /** Empty after trimming, a no-break space included. */
  private static boolean blank(String s) {
    return s.replace('\u00A0', ' ').isBlank();
  }

  @Provide
  Arbitrary<String> placeholders() {
    Arbitrary<String> spelling =
        Arbitraries.of(SPELLINGS)
            .flatMap(
                s ->
                    Arbitraries.of(true, false)
                        .list()
                        .ofSize(s.length())
                        .map(
                            up -> {
                              StringBuilder b = new StringBuilder();
                              for (int i = 0; i < s.length(); i++) {
                                char c = s.charAt(i);
                                b.append(up.get(i) ? Character.toUpperCase(c) : c);
                              }
                              return b.toString();
                            }));
    Arbitrary<String> space = Arbitraries.of("", " ", "  ", "\u00A0", "\t", " \u00A0 ");
    return Arbitraries.oneOf(
        Combinators.combine(space, spelling, space).as((a, s, b) -> a + s + b), space);
  }
}
