package dev.reactivator.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.data.AnalysisDate;
import dev.reactivator.core.data.DataChecks;
import dev.reactivator.core.data.DataWarning;
import dev.reactivator.core.data.Field;
import dev.reactivator.core.data.ProblemCode;
import dev.reactivator.core.data.RowProblem;
import dev.reactivator.core.spi.ReadContext;
import dev.reactivator.core.spi.TransactionSink;
import dev.reactivator.core.spi.TransactionSource;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The analysis date taken from the data, and the load-wide warnings about it. */
class AnalysisDateTest {
  private static final LocalDate LAST = LocalDate.of(2011, 12, 9);
  private static final Clock TODAY =
      Clock.fixed(
          LocalDate.of(2026, 12, 2).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

  private static InMemorySource retail() {
    InMemorySource src = new InMemorySource();
    src.add("1", null, null, null, "P", 10, LAST.minusDays(300))
        .add("1", null, null, null, "Q", 20, LAST.minusDays(100))
        .add("2", null, null, null, "P", 30, LAST);
    return src;
  }

  @Test
  void withoutAGivenDateTheDayAfterTheLastPurchaseIsTheAnalysisDate() {
    CustomerBase base = Reactivator.load(retail()).withClock(TODAY).asOfData().base();
    assertEquals(LAST.plusDays(1), base.asOf());
    assertEquals(
        new AnalysisDate(LAST.plusDays(1), AnalysisDate.Basis.LAST_PURCHASE, LAST),
        base.analysisDate());
    assertEquals(1, base.analysisDate().daysAfterLastPurchase());
    assertEquals(List.of(), base.warnings());
  }

  @Test
  void aFileWithOnlyDaysIsDatedToday() {
    InMemorySource src =
        new InMemorySource(EnumSet.of(Field.CUSTOMER_ID, Field.PRODUCT, Field.AMOUNT, Field.DAYS));
    LocalDate today = LocalDate.now(TODAY);
    src.add("1", null, null, null, "P", 10, today.minusDays(30));
    CustomerBase base = Reactivator.load(src).withClock(TODAY).asOfData().base();
    assertEquals(today, base.asOf());
    assertEquals(AnalysisDate.Basis.TODAY, base.analysisDate().basis());
  }

  @Test
  void aGivenDateYearsAfterTheDataIsWarnedAbout() {
    LocalDate asOf = LocalDate.of(2026, 12, 2);
    CustomerBase base = Reactivator.load(retail()).withLocale(Locale.ENGLISH).asOf(asOf).base();
    assertEquals(AnalysisDate.Basis.GIVEN, base.analysisDate().basis());
    long days = base.analysisDate().daysAfterLastPurchase();
    assertEquals(5472, days);
    assertEquals(1, base.warnings().size());
    DataWarning w = base.warnings().get(0);
    assertEquals(DataWarning.Code.AS_OF_LONG_AFTER_DATA, w.code());
    assertTrue(w.message().contains("5472 days after the last purchase"), w.message());
    assertTrue(w.message().contains("2011-12-09"), w.message());
  }

  @Test
  void theStalenessThresholdIsConfigurable() {
    CustomerBase base =
        Reactivator.load(retail())
            .withChecks(new DataChecks(30, 0.05))
            .asOf(LAST.plusDays(31))
            .base();
    assertEquals(DataWarning.Code.AS_OF_LONG_AFTER_DATA, base.warnings().get(0).code());
    assertEquals(
        List.of(),
        Reactivator.load(retail())
            .withChecks(new DataChecks(30, 0.05))
            .asOf(LAST.plusDays(30))
            .base()
            .warnings());
  }

  @Test
  void rowsDatedAfterTheGivenDateAreWarnedAbout() {
    TransactionSource src =
        new TransactionSource() {
          @Override
          public String description() {
            return "future";
          }

          @Override
          public void read(ReadContext context, TransactionSink sink) {
            retail().read(context, sink);
            sink.reject(RowProblem.ofRow(5, ProblemCode.DATE_IN_FUTURE, "after the analysis date"));
          }
        };
    CustomerBase base = Reactivator.load(src).withLocale(Locale.ENGLISH).asOf(LAST).base();
    DataWarning w = base.warnings().get(0);
    assertEquals(DataWarning.Code.AS_OF_BEFORE_DATA, w.code());
    assertTrue(w.message().contains("1 rows dated later were rejected"), w.message());
  }

  @Test
  void aCustomerHoldingMoreThanFivePercentOfRevenueIsFlaggedOnALargeBase() {
    InMemorySource src = new InMemorySource();
    for (int i = 0; i < 60; i++) {
      src.add("C" + i, null, null, null, "P", 100, LAST.minusDays(i));
    }
    src.add("0", null, null, null, "P", 2000, LAST);
    CustomerBase base = Reactivator.load(src).withLocale(Locale.ENGLISH).asOfData().base();
    assertEquals(1, base.warnings().size());
    DataWarning w = base.warnings().get(0);
    assertEquals(DataWarning.Code.DOMINANT_CUSTOMER, w.code());
    assertTrue(w.message().contains("with id \"0\""), w.message());
    assertTrue(w.message().contains("25 % of all revenue"), w.message());
  }

  @Test
  void onASmallBaseLargeSharesAreOrdinary() {
    InMemorySource src = new InMemorySource();
    for (int i = 0; i < 6; i++) {
      src.add("C" + i, null, null, null, "P", 100 * (i + 1), LAST.minusDays(i));
    }
    assertEquals(List.of(), Reactivator.load(src).asOfData().base().warnings());
  }

  @Test
  void sourcesStillSeeTodayAsTheirReadDate() {
    LocalDate[] seen = new LocalDate[1];
    TransactionSource src =
        new TransactionSource() {
          @Override
          public String description() {
            return "probe";
          }

          @Override
          public void read(ReadContext context, TransactionSink sink) {
            seen[0] = context.asOf();
            sink.begin(EnumSet.of(Field.CUSTOMER_ID, Field.PRODUCT, Field.AMOUNT), Map.of());
            retail().rows().forEach(sink::accept);
          }
        };
    Reactivator.load(src).withClock(TODAY).asOfData();
    assertEquals(LocalDate.now(TODAY), seen[0]);
  }
}
