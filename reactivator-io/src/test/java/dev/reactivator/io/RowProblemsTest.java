package dev.reactivator.io;

import static dev.reactivator.io.Csv.EN;
import static dev.reactivator.io.Csv.RU;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.data.ProblemCode;
import dev.reactivator.core.data.RowProblem;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every row problem, its code, place and message in Russian and English. */
class RowProblemsTest {

  private static RowProblem problem(String row, java.util.Locale locale) {
    CollectingSink sink = Csv.row(row, locale);
    assertEquals(0, sink.accepted.size(), "accepted");
    return sink.onlyRejected();
  }

  @Test
  void phoneWithTextIsRejectedWithTheManualsMessage() {
    RowProblem p = problem("Анна;89000000000 инстаграм ba_int_de;;ИБП;5000;10;01.01.2025", RU);
    assertEquals(2, p.line());
    assertEquals(Optional.of("Телефон"), p.column());
    assertEquals(Optional.of("89000000000 инстаграм ba_int_de"), p.value());
    assertEquals(ProblemCode.PHONE_INVALID, p.code());
    assertEquals(
        "Строка 2, колонка «Телефон»: «89000000000 инстаграм ba_int_de» — в поле должен быть только номер телефона из цифр. Уберите лишний текст.",
        p.message());
    assertEquals(
        "Line 2, column \"Телефон\": \"89000000000 инстаграм ba_int_de\" — the field must hold only a phone number made of digits. Remove the extra text.",
        problem("Анна;89000000000 инстаграм ba_int_de;;ИБП;5000;10;01.01.2025", EN).message());
  }

  @Test
  void phoneInExcelScientificNotationAsksForATextColumn() {
    RowProblem p = problem("Анна;7,97E+10;;ИБП;5000;10;01.01.2025", RU);
    assertEquals(ProblemCode.PHONE_INVALID, p.code());
    assertEquals(
        "Строка 2, колонка «Телефон»: «7,97E+10» — Excel записал номер в экспоненциальном виде, и цифры номера потеряны. Задайте колонке «Телефон» в Excel формат «Текстовый», восстановите номера и выгрузите файл заново.",
        p.message());
    assertTrue(
        problem("Анна;7,97E+10;;ИБП;5000;10;01.01.2025", EN)
            .message()
            .contains("scientific notation"));
  }

  @Test
  void phoneWithTooFewDigitsIsRejected() {
    RowProblem p = problem("Анна;123;;ИБП;5000;10;01.01.2025", RU);
    assertEquals(ProblemCode.PHONE_INVALID, p.code());
    assertEquals(
        "Строка 2, колонка «Телефон»: «123» — это не номер телефона: в поле должен быть один номер из 5–15 цифр, например 89000000000.",
        p.message());
    assertEquals(
        "Line 2, column \"Телефон\": \"123\" — this is not a phone number: the field must hold one number of 5 to 15 digits, for example 89000000000.",
        problem("Анна;123;;ИБП;5000;10;01.01.2025", EN).message());
  }

  @Test
  void emailWithExtraTextIsRejected() {
    RowProblem p = problem("Анна;;npp_ev1@int.ru инстаграм ba_int_de;ИБП;5000;10;01.01.2025", RU);
    assertEquals(ProblemCode.EMAIL_INVALID, p.code());
    assertEquals(Optional.of("Email"), p.column());
    assertEquals(
        "Строка 2, колонка «Email»: «npp_ev1@int.ru инстаграм ba_int_de» — в поле должен быть только один адрес e-mail, например npp_ev1@int.ru. Уберите пояснения и лишний текст.",
        p.message());
    assertEquals(
        "Line 2, column \"Email\": \"npp_ev1@int.ru инстаграм ba_int_de\" — the field must hold exactly one e-mail address, for example npp_ev1@int.ru. Remove comments and extra text.",
        problem("Анна;;npp_ev1@int.ru инстаграм ba_int_de;ИБП;5000;10;01.01.2025", EN).message());
  }

  @Test
  void rowWithoutAnyIdentityIsRejected() {
    RowProblem p = problem("Анна;;;ИБП;5000;10;01.01.2025", RU);
    assertEquals(ProblemCode.NO_IDENTITY, p.code());
    assertEquals(Optional.empty(), p.column());
    assertEquals(
        "Строка 2: не указаны ни телефон, ни e-mail, ни ID клиента — покупку не к кому отнести. Заполните телефон или e-mail.",
        p.message());
    assertEquals(
        "Line 2: no phone, e-mail or customer id: the purchase cannot be attributed to anyone. Fill in the phone or the e-mail.",
        problem("Анна;;;ИБП;5000;10;01.01.2025", EN).message());
  }

  @Test
  void emptyProductIsRejected() {
    RowProblem p = problem("Анна;89001234567;;  ;5000;10;01.01.2025", RU);
    assertEquals(ProblemCode.PRODUCT_EMPTY, p.code());
    assertEquals(Optional.of("Товар"), p.column());
    assertEquals(
        "Строка 2, колонка «Товар»: товар не указан. Впишите название купленного товара, услуги или тарифа.",
        p.message());
    assertEquals(
        "Line 2, column \"Товар\": no product. Enter the name of the product, service or plan bought.",
        problem("Анна;89001234567;;;5000;10;01.01.2025", EN).message());
  }

  @Test
  void anAmountWithACurrencyWordNotUnderstoodIsRejected() {
    RowProblem p = problem("Анна;89001234567;;ИБП;15 000 долларов;10;01.01.2025", RU);
    assertEquals(ProblemCode.AMOUNT_INVALID, p.code());
    assertEquals(Optional.of("15 000 долларов"), p.value());
    assertEquals(
        "Строка 2, колонка «Сумма»: «15 000 долларов» — в сумме непонятное обозначение валюты. Запишите сумму цифрами, со знаком валюты (₽, $, €, £) или кодом (USD, EUR) либо без него, например 15000 или $15000.",
        p.message());
    assertEquals(
        "Line 2, column \"Сумма\": \"100 евро\" — the amount carries a currency word that is not understood. Write digits with an optional sign such as ₽, $, €, £ or an ISO code (USD, EUR), for example 15000 or $15000.",
        problem("Анна;89001234567;;ИБП;100 евро;10;01.01.2025", EN).message());
  }

  @Test
  void amountWithWordsIsRejected() {
    RowProblem p = problem("Анна;89001234567;;ИБП;около 15000;10;01.01.2025", RU);
    assertEquals(
        "Строка 2, колонка «Сумма»: «около 15000» — сумма должна быть числом в формате 1975432,09: только цифры и десятичная запятая. Уберите слова и лишние символы.",
        p.message());
    assertEquals(
        "Line 2, column \"Сумма\": \"about 15000\" — the amount must be a number like 1975432,09: digits and a decimal comma only. Remove words and extra characters.",
        problem("Анна;89001234567;;ИБП;about 15000;10;01.01.2025", EN).message());
  }

  @Test
  void amountWhoseSeparatorsContradictTheColumnIsRejected() {
    CollectingSink sink =
        Csv.read(
            Csv.HEADER
                + "Анна;89001234567;;ИБП;12,50;10;01.01.2025\n"
                + "Анна;89001234567;;ИБП;1 500,75;10;01.01.2025\n"
                + "Анна;89001234567;;ИБП;\"1,975,432.09\";10;01.01.2025\n",
            RU);
    assertEquals(2, sink.accepted.size());
    RowProblem p = sink.onlyRejected();
    assertEquals(ProblemCode.AMOUNT_INVALID, p.code());
    assertEquals(
        "Строка 4, колонка «Сумма»: «1,975,432.09» — разделители не подходят к столбцу, где десятичный разделитель «,», а «.» или пробел разделяют тысячи. Запишите сумму без разделителей тысяч, например 1975432,09.",
        p.message());
  }

  @Test
  void amountWithAThreeDigitGroupAndNoOtherEvidenceReadsTheDotAsDecimal() {
    CollectingSink sink =
        Csv.read(
            Csv.HEADER
                + "Анна;89001234567;;ИБП;4.775;10;01.01.2025\n"
                + "Анна;89001234567;;ИБП;\"1,500\";10;01.01.2025\n",
            EN);
    assertEquals(4.775, sink.accepted.get(0).amount());
    assertEquals(1500.0, sink.accepted.get(1).amount());
    assertEquals(".", sink.details.get("decimal"));
    assertEquals("default", sink.details.get("decimalSource"));
  }

  @Test
  void emptyAmountIsRejected() {
    RowProblem p = problem("Анна;89001234567;;ИБП;;10;01.01.2025", RU);
    assertEquals(ProblemCode.AMOUNT_INVALID, p.code());
    assertEquals(
        "Строка 2, колонка «Сумма»: сумма не указана. Впишите чек сделки цифрами, например 1975432,09.",
        p.message());
    assertEquals(
        "Line 2, column \"Сумма\": no amount. Enter the amount of the deal in digits, for example 1975432,09.",
        problem("Анна;89001234567;;ИБП;;10;01.01.2025", EN).message());
  }

  @Test
  void invalidDaysAreRejected() {
    RowProblem p = problem("Анна;89001234567;;ИБП;5000;-5;01.01.2025", RU);
    assertEquals(ProblemCode.DAYS_INVALID, p.code());
    assertEquals(Optional.of("Дни"), p.column());
    assertEquals(
        "Строка 2, колонка «Дни»: «-5» — в колонке должно быть целое неотрицательное число дней, например 120.",
        p.message());
    assertEquals(
        "Line 2, column \"Дни\": \"1,5\" — the column must hold a non-negative whole number of days, for example 120.",
        problem("Анна;89001234567;;ИБП;5000;1,5;01.01.2025", EN).message());
  }

  @Test
  void missingDaysAreRejected() {
    RowProblem p = problem("Анна;89001234567;;ИБП;5000;;01.01.2025", RU);
    assertEquals(ProblemCode.DATE_MISSING, p.code());
    assertEquals(
        "Строка 2, колонка «Дни»: дата покупки не указана. Заполните количество дней с покупки или дату покупки.",
        p.message());
    assertEquals(
        "Line 2, column \"Дни\": no purchase date. Fill in the days since the purchase or the purchase date.",
        problem("Анна;89001234567;;ИБП;5000;;01.01.2025", EN).message());
  }

  @Test
  void invalidDateIsRejected() {
    RowProblem p = problem("Анна;89001234567;;ИБП;5000;10;31.02.2021", RU);
    assertEquals(ProblemCode.DATE_INVALID, p.code());
    assertEquals(Optional.of("Дата первой покупки"), p.column());
    assertEquals(
        "Строка 2, колонка «Дата первой покупки»: «31.02.2021» — дата должна быть в формате ДД.ММ.ГГГГ (например, 05.10.2024) или ГГГГ-ММ-ДД, и такая дата должна существовать.",
        p.message());
    assertEquals(
        "Line 2, column \"Дата первой покупки\": \"10/5/24\" — the date must be DD.MM.YYYY (for example 05.10.2024) or YYYY-MM-DD, and it must exist.",
        problem("Анна;89001234567;;ИБП;5000;10;10/5/24", EN).message());
  }

  @Test
  void dateAfterTheAnalysisDateIsRejected() {
    RowProblem p = problem("Анна;89001234567;;ИБП;5000;10;01.02.2026", RU);
    assertEquals(ProblemCode.DATE_IN_FUTURE, p.code());
    assertEquals(
        "Строка 2, колонка «Дата первой покупки»: «01.02.2026» — дата позже даты анализа 31.01.2026. Исправьте дату.",
        p.message());
    assertEquals(
        "Line 2, column \"Дата первой покупки\": \"01.02.2026\" — the date is after the analysis date 31.01.2026. Correct the date.",
        problem("Анна;89001234567;;ИБП;5000;10;01.02.2026", EN).message());
  }

  @Test
  void purchaseDateAfterTheAnalysisDateIsRejected() {
    CollectingSink sink =
        Csv.read(
            "Телефон;Товар;Сумма;Дата покупки\n89001234567;ИБП;5000;2026-02-01\n89001234567;ИБП;5000;2026-01-31\n");
    assertEquals(1, sink.accepted.size());
    RowProblem p = sink.onlyRejected();
    assertEquals(ProblemCode.DATE_IN_FUTURE, p.code());
    assertEquals(Optional.of("Дата покупки"), p.column());
  }

  @Test
  void invalidCountIsRejected() {
    CollectingSink sink =
        Csv.read(Csv.HEADER.strip() + ";Жалоб\nАнна;89001234567;;ИБП;5000;10;01.01.2025;два\n");
    RowProblem p = sink.onlyRejected();
    assertEquals(ProblemCode.COUNT_INVALID, p.code());
    assertEquals(
        "Строка 2, колонка «Жалоб»: «два» — в колонке должно быть целое неотрицательное число, например 2.",
        p.message());
    CollectingSink en =
        Csv.read(Csv.HEADER.strip() + ";Жалоб\nАнна;89001234567;;ИБП;5000;10;01.01.2025;-1\n", EN);
    assertEquals(
        "Line 2, column \"Жалоб\": \"-1\" — the column must hold a non-negative whole number, for example 2.",
        en.onlyRejected().message());
  }

  @Test
  void trailingSemicolonsLineIsAnEmptyRowThatCanBeDeleted() {
    RowProblem p = problem(";;;;;;", RU);
    assertEquals(ProblemCode.EMPTY_ROW, p.code());
    assertEquals(
        "Строка 2: строка пустая, в ней нет ни одного значения. Её можно удалить.", p.message());
    assertEquals(
        "Line 2: the line is empty, it has no value at all. It can be deleted.",
        problem(";;;;;;", EN).message());
  }

  @Test
  void blankLineIsAnEmptyRow() {
    CollectingSink sink =
        Csv.read(
            Csv.HEADER
                + "Анна;89001234567;;ИБП;5000;10;01.01.2025\n\nИван;89001234568;;ИБП;5000;10;01.01.2025\n");
    assertEquals(2, sink.accepted.size());
    assertEquals(3, sink.onlyRejected().line());
    assertEquals(ProblemCode.EMPTY_ROW, sink.onlyRejected().code());
    assertEquals(4, sink.accepted.get(1).line());
  }

  @Test
  void wrongCellCountIsRejected() {
    RowProblem p = problem("Анна;89001234567;;ИБП;5000;10", RU);
    assertEquals(ProblemCode.CELL_COUNT, p.code());
    assertEquals(
        "Строка 2: в строке 6 ячеек, а в заголовке 7. Проверьте разделители «;» и кавычки в этой строке.",
        p.message());
    assertEquals(
        "Line 2: the line has 8 cells but the header has 7. Check the delimiters \";\" and the quotes in this line.",
        problem("Анна;89001234567;;ИБП;5000;10;01.01.2025;лишнее", EN).message());
  }

  @Test
  void extraEmptyCellsAtTheEndAreTolerated() {
    CollectingSink sink = Csv.row("Анна;89001234567;;ИБП;5000;10;01.01.2025;;", RU);
    assertEquals(1, sink.accepted.size());
  }

  @Test
  void rowWithSeveralProblemsIsRejectedOnceNamingAllLeftmostFirst() {
    CollectingSink sink = Csv.row("Анна;8900 инстаграм;;;около 15000;10;01.01.2025", RU);
    RowProblem p = sink.onlyRejected();
    assertEquals(ProblemCode.PHONE_INVALID, p.code());
    assertEquals(Optional.of("Телефон"), p.column());
    assertEquals(
        "Строка 2, колонка «Телефон»: «8900 инстаграм» — в поле должен быть только номер телефона из цифр. Уберите лишний текст."
            + " Также: колонка «Товар»: товар не указан. Впишите название купленного товара, услуги или тарифа."
            + " колонка «Сумма»: «около 15000» — сумма должна быть числом в формате 1975432,09: только цифры и десятичная запятая. Уберите слова и лишние символы.",
        p.message());
    assertTrue(
        Csv.row("Анна;8900 инстаграм;;;$15;10;01.01.2025", EN)
            .onlyRejected()
            .message()
            .contains(" Also: column \"Товар\": no product."));
  }

  @Test
  void zeroOrNegativeAmountIsARefundNotARejection() {
    CollectingSink sink =
        Csv.read(
            Csv.HEADER
                + "Анна;89001234567;;ИБП;0;10;01.01.2025\nАнна;89001234567;;ИБП;-1 500,50 руб.;10;01.01.2025\n");
    assertEquals(0, sink.accepted.size());
    assertEquals(0, sink.rejected.size());
    assertEquals(java.util.List.of(0.0, -1500.5), sink.refundAmounts);
    assertEquals(3, sink.refundLines.get(1)[0]);
  }

  @Test
  void lineNumbersArePhysicalLinesEvenAfterAMultiLineCell() {
    CollectingSink sink =
        Csv.read(
            Csv.HEADER
                + "Анна;89001234567;;\"ИБП\nс доставкой\";5000;10;01.01.2025\n"
                + "Иван;89001234568;;ИБП;abc;10;01.01.2025\n");
    assertEquals(2, sink.accepted.get(0).line());
    assertEquals("ИБП\nс доставкой", sink.accepted.get(0).product());
    assertEquals(4, sink.onlyRejected().line());
  }

  @Test
  void columnIsNamedAsWrittenInTheFile() {
    CollectingSink sink =
        Csv.read(
            "  ТЕЛЕФОН ;товар;СУММА;дни;Дата  первой   покупки\n8900 x;ИБП;5000;10;01.01.2025\n");
    assertEquals(Optional.of("ТЕЛЕФОН"), sink.onlyRejected().column());
  }
}
