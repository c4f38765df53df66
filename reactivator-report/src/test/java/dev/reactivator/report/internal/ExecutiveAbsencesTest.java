package dev.reactivator.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.score.Scoring;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.core.segment.Rows;
import dev.reactivator.core.segment.SeedExample;
import dev.reactivator.core.segment.abc.VipChurn;
import dev.reactivator.core.segment.abc.VipChurnMonth;
import dev.reactivator.report.ReportOptions;
import dev.reactivator.report.csv.ReportSamples;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The executive report (the content PDF and DOCX render) shows the VIP churn by month, and says
 * what a missing column switched off, naming the column, where the reader would look for it.
 */
class ExecutiveAbsencesTest {

  /** The manual's six customers without «Дата покупки», complaints, tickets or discounts. */
  private static Analysis noDates() {
    LocalDate anna = LocalDate.of(2021, 7, 14);
    return Analysis.of(
        Scoring.score(
            Rows.withoutDates()
                .add("79998887766", "Анна", "ИБП APC", 110_000, LocalDate.of(2025, 6, 1), anna)
                .add("79998887766", "Анна", "Сервер IBM", 75_000, LocalDate.of(2025, 6, 1), anna)
                .add(
                    "74951112233", "Вектор", "Сервер IBM", 270_000, LocalDate.of(2024, 2, 15), null)
                .add("79001234567", "Иван", "Сервер HP", 1_030_000, LocalDate.of(2025, 11, 5), null)
                .add("79908887766", "Петр", "Людмила", 1_000, LocalDate.of(2025, 1, 15), null)
                .asOf(SeedExample.AS_OF)));
  }

  private static ExecutiveContent.Table table(ExecutiveContent c, String title) {
    return c.tables().stream().filter(t -> t.title().startsWith(title)).findFirst().orElseThrow();
  }

  @Test
  void withoutPurchaseDatesTheReportNamesTheColumnForEveryWidgetItSwitchedOff() {
    Analysis a = noDates();
    ExecutiveContent c = ExecutiveContent.of(ReportSamples.input(a, ReportOptions.defaults()));
    ExecutiveContent.Table vip = table(c, "Отток VIP по месяцам");
    assertTrue(vip.rows().isEmpty());
    assertTrue(vip.note().contains("«Дата покупки»"), vip.note());

    ExecutiveContent.Table absent = table(c, "Что не рассчитано");
    List<String> what = absent.rows().stream().map(r -> r.get(0)).toList();
    List<String> columns = absent.rows().stream().map(r -> r.get(1)).distinct().toList();
    assertTrue(what.contains("Отток VIP по месяцам"), what.toString());
    assertTrue(what.contains("Анализатор вреда скидок и эластичность скидок"), what.toString());
    assertTrue(what.contains("Радар причин: ось «падение частоты»"), what.toString());
    assertTrue(what.stream().anyMatch(w -> w.startsWith("Когорты удержания")), what.toString());
    assertTrue(what.stream().anyMatch(w -> w.startsWith("LTV против CAC")), what.toString());
    assertTrue(
        what.stream().anyMatch(w -> w.startsWith("Матрица Next Best Product")), what.toString());
    assertTrue(what.stream().anyMatch(w -> w.startsWith("NRR")), what.toString());
    assertEquals(
        List.of("«Дата покупки»", "«Жалоб»", "«Категория»", "«Обращений»", "«Покупок со скидкой»"),
        columns.stream().sorted().toList());
    // one row per absence with a column, then the four mode switches
    long withColumn = a.absences().stream().filter(x -> x.missing().isPresent()).count();
    assertEquals(withColumn + 4, absent.rows().size());

    String cohorts =
        c.charts().stream().filter(x -> x.key().equals("cohorts")).findFirst().orElseThrow().note();
    assertTrue(cohorts.contains("«Дата покупки»"), cohorts);
    String nrr =
        c.charts().stream().filter(x -> x.key().equals("nrr")).findFirst().orElseThrow().note();
    assertTrue(nrr.contains("«Дата покупки»"), nrr);
  }

  @Test
  void theEnglishReportNamesTheColumnsInEnglish() {
    ExecutiveContent c =
        ExecutiveContent.of(
            ReportSamples.input(noDates(), ReportOptions.defaults().withLocale(Locale.ENGLISH)));
    assertTrue(table(c, "VIP churn by month").note().contains("«Purchase date»"));
    ExecutiveContent.Table absent = table(c, "What was not computed");
    assertTrue(absent.rows().stream().anyMatch(r -> r.get(0).equals("VIP churn by month")));
    assertTrue(absent.rows().stream().allMatch(r -> r.get(1).startsWith("«")));
  }

  @Test
  void withPurchaseDatesTheVipTableHasTheTwelveMonthsNewestFirst() {
    var input = ReportSamples.input();
    VipChurn v = input.analysis().vipChurn().orElseThrow();
    ExecutiveContent c = ExecutiveContent.of(input);
    ExecutiveContent.Table t = table(c, "Отток VIP по месяцам");
    assertEquals(VipChurn.MONTHS, t.rows().size());
    VipChurnMonth last = v.months().get(VipChurn.MONTHS - 1);
    assertEquals(last.month() + " (до даты анализа)", t.rows().get(0).get(0));
    assertEquals(Integer.toString(last.count()), t.rows().get(0).get(1));
    assertEquals(v.months().get(0).month().toString(), t.rows().get(11).get(0));
    assertTrue(t.note().startsWith("За 12 месяцев в риск перешли " + v.count() + " VIP"), t.note());
    // the dated sample has every optional column but categories: only the category views are off
    assertEquals(
        List.of(
            List.of(
                "Категории товаров: когорты, матрица и правила по категориям (или файл --categories)",
                "«Категория»")),
        table(c, "Что не рассчитано").rows());
  }
}
