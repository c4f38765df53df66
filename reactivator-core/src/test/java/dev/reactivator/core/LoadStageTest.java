package dev.reactivator.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.data.ProblemCode;
import dev.reactivator.core.data.QuotaUsage;
import dev.reactivator.core.data.RowProblem;
import dev.reactivator.core.spi.ReadContext;
import dev.reactivator.core.spi.TransactionSink;
import dev.reactivator.core.spi.TransactionSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadStageTest {
  private static final LocalDate D = LocalDate.of(2025, 3, 1);

  private static InMemorySource oneRow() {
    return new InMemorySource().add(null, "79001112233", null, "A", "P", 10, D);
  }

  @Test
  void asOfTodayUsesTheInjectedClock() {
    Clock clock = Clock.fixed(Instant.parse("2025-04-15T10:00:00Z"), ZoneOffset.UTC);
    CustomerBase base = Reactivator.load(oneRow()).withClock(clock).asOfToday().base();
    assertEquals(LocalDate.of(2025, 4, 15), base.asOf());
  }

  @Test
  void settingAnOptionTwiceFailsAtOnceNamingIt() {
    LoadStage stage = Reactivator.load(oneRow()).withQuota(QuotaPolicy.unlimited());
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> stage.withQuota(QuotaPolicy.limitedTo(3)));
    assertTrue(e.getMessage().startsWith("quota was already set"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> Reactivator.load(oneRow()).withLocale(Locale.GERMAN));
    assertThrows(NullPointerException.class, () -> Reactivator.load(oneRow()).asOf(null));
  }

  @Test
  void theLoadedBaseCarriesTheUnitsChargedAndTheBalanceLeft() {
    // three rows, two of them sharing a phone: two unique customers are charged, not three rows
    InMemorySource src =
        new InMemorySource()
            .add(null, "79001112233", null, "A", "P", 10, D)
            .add(null, "79001112233", null, "A", "Q", 20, D)
            .add(null, "79004445566", null, "B", "P", 30, D);
    QuotaPolicy quota = QuotaPolicy.limitedTo(5);
    CustomerBase first = Reactivator.load(src).withQuota(quota).asOf(D).base();
    assertEquals(new QuotaUsage(2, OptionalLong.of(3)), first.quota().orElseThrow());
    // the balance is read after each run's charge: 5 - 2 - 2 = 1
    CustomerBase second = Reactivator.load(src).withQuota(quota).asOf(D).base();
    assertEquals(new QuotaUsage(2, OptionalLong.of(1)), second.quota().orElseThrow());
    // unlimited by default: charged, nothing left to show
    QuotaUsage unlimited = Reactivator.load(src).asOf(D).base().quota().orElseThrow();
    assertEquals(new QuotaUsage(2, OptionalLong.empty()), unlimited);
    assertTrue(unlimited.unlimited());
  }

  @Test
  void aQuotaUsageMustChargeTheBasesUniqueCustomers() {
    CustomerBase base = Reactivator.load(oneRow()).asOf(D).base();
    assertThrows(
        IllegalArgumentException.class,
        () -> base.withQuota(new QuotaUsage(2, OptionalLong.of(0))));
    assertThrows(IllegalArgumentException.class, () -> new QuotaUsage(-1, OptionalLong.empty()));
    assertThrows(IllegalArgumentException.class, () -> new QuotaUsage(1, OptionalLong.of(-1)));
    CustomerBase charged = base.withQuota(new QuotaUsage(1, OptionalLong.of(7)));
    assertEquals(base.size(), charged.size());
    assertEquals(base.totalSpent(0), charged.totalSpent(0));
    assertEquals(OptionalLong.of(7), charged.quota().orElseThrow().left());
  }

  @Test
  void stagesAreImmutableSoAStageCanBeReused() {
    LoadStage stage = Reactivator.load(oneRow());
    LoadStage withClock = stage.withClock(Clock.systemUTC());
    stage.withClock(Clock.systemUTC()); // the original is untouched, so this is not "set twice"
    assertEquals(1, withClock.asOf(D).base().size());
  }

  @Test
  void progressReportsEveryLoadStageEndingAtOne() {
    List<String> events = new ArrayList<>();
    Reactivator.load(oneRow()).withProgress((s, f) -> events.add(s + ":" + f)).asOf(D);
    assertTrue(events.contains("READING:1.0"), events.toString());
    assertEquals("MERGING:1.0", events.get(events.size() - 1));
  }

  @Test
  void zeroAcceptedRowsIsAnErrorListingTheMostFrequentProblems() {
    TransactionSource bad =
        new TransactionSource() {
          @Override
          public String description() {
            return "bad.csv";
          }

          @Override
          public void read(ReadContext context, TransactionSink sink) {
            sink.begin(EnumSet.noneOf(dev.reactivator.core.data.Field.class), Map.of());
            sink.reject(
                RowProblem.inColumn(
                    2, "Телефон", "12ab", ProblemCode.PHONE_INVALID, "phone has letters"));
            sink.reject(
                RowProblem.inColumn(
                    3, "Телефон", "x", ProblemCode.PHONE_INVALID, "phone has letters"));
            sink.reject(
                RowProblem.inColumn(
                    4, "Сумма", "?", ProblemCode.AMOUNT_INVALID, "amount unreadable"));
            sink.refund(5, -10);
          }
        };
    NoUsableRowsException e =
        assertThrows(
            NoUsableRowsException.class,
            () -> Reactivator.load(bad).withLocale(Locale.ENGLISH).asOf(D));
    assertEquals(4, e.report().rowsRead());
    assertEquals(3, e.report().rowsRejected());
    assertEquals(1, e.report().refunds());
    assertTrue(
        e.getMessage()
            .contains(
                "PHONE_INVALID — 2 rows (for example line 2: phone has letters); AMOUNT_INVALID — 1 rows"),
        e.getMessage());
  }

  @Test
  void aFileNoProviderAcceptsListsTheSupportedFormats(@TempDir Path dir) throws Exception {
    Path f = Files.writeString(dir.resolve("data.unknownformat"), "x");
    UnsupportedFormatException e =
        assertThrows(UnsupportedFormatException.class, () -> Reactivator.load(f));
    assertTrue(e.getMessage().contains("data.unknownformat"), e.getMessage());
    InputException missing =
        assertThrows(InputException.class, () -> Reactivator.load(dir.resolve("nope.csv")));
    assertTrue(missing.getMessage().contains("nope.csv"), missing.getMessage());
  }

  @Test
  void refundsAreCountedApartFromPurchases() {
    InMemorySource src =
        new InMemorySource() {
          @Override
          public void read(ReadContext context, TransactionSink sink) {
            super.read(context, sink);
            sink.refund(99, -250.5);
          }
        };
    src.add(null, "79001112233", null, "A", "P", 10, D);
    CustomerBase base = Reactivator.load(src).asOf(D).base();
    assertEquals(2, base.report().rowsRead());
    assertEquals(1, base.report().refunds());
    assertEquals(250.5, base.report().refundAmount());
    assertEquals(1, base.purchaseCount());
  }
}
