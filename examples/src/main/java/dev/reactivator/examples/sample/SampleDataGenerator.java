package dev.reactivator.examples.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Generates the bundled sample export {@code examples/sample/customers.csv}: a B2B IT-equipment
 * reseller's CRM export in the seed manual's template (Russian headers, {@code ;}, decimal commas),
 * extended with the optional columns and the per-purchase date.
 *
 * <p>How the data is made (deterministic for a seed):
 *
 * <ul>
 *   <li>each customer's first purchase is uniform over 2021-01-01 … 2025-12-31;
 *   <li>purchases follow the BG/NBD story: while alive, the customer buys at a personal rate λ ~
 *       Gamma(shape 0.9, mean 1/95 per day); after each purchase they drop out with a personal
 *       probability p ~ Beta(1.3, 3.5); at most 24 purchases, none after the analysis date;
 *   <li>the first product is drawn by popularity; each next product follows a succession table
 *       (server → storage or UPS, licence → support …) or, with probability 0.25, popularity;
 *   <li>amounts are the product's list price × lognormal(0, 0.25) (companies × 1.6), to kopecks;
 *   <li>contacts: most customers have a phone and an e-mail; rows spell the phone in different
 *       ways, and some rows carry only the phone or only the e-mail (the identity merge joins
 *       them);
 *   <li>complaints, tickets and discounted purchases are customer-level counts repeated on every
 *       row;
 *   <li>{@code Дни} is the days from the customer's last purchase to the analysis date;
 *   <li>a handful of refunds (negative amounts) and deliberately broken rows (a phone with text, an
 *       amount in words, an empty product, a row without contacts) show the rejected-rows report.
 * </ul>
 *
 * <p>Run: {@code java -cp examples/target/reactivator-cli.jar
 * dev.reactivator.examples.sample.SampleDataGenerator examples/sample/customers.csv 420 20260131};
 * it writes {@code customers.csv} (all columns) and {@code customers-basic.csv} (the seed's seven).
 */
public final class SampleDataGenerator {
  /** The analysis date the sample is made for. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 1, 31);

  private static final DateTimeFormatter RU = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final LocalDate START = LocalDate.of(2021, 1, 1);
  private static final LocalDate LAST_FIRST = LocalDate.of(2025, 12, 31);

  private static final String[] PRODUCTS = {
    "Сервер HP ProLiant", "ИБП APC", "Лицензия Битрикс24", "Маршрутизатор Cisco",
        "Ноутбук Lenovo ThinkPad",
    "СХД Dell PowerVault", "Windows Server", "Обслуживание серверов", "Монитор Dell",
        "Док-станция Lenovo",
    "Сменные батареи APC", "Продление Битрикс24", "Облачное резервное копирование",
        "Точка доступа Wi-Fi"
  };
  private static final double[] PRICE = {
    480_000, 50_000, 130_000, 95_000, 110_000, 620_000, 85_000, 45_000, 28_000, 19_000, 12_000,
    65_000, 18_000, 14_000
  };
  private static final double[] POPULARITY = {6, 9, 7, 6, 10, 3, 4, 5, 6, 3, 2, 3, 4, 5};
  private static final Map<Integer, int[]> NEXT =
      Map.ofEntries(
          Map.entry(0, new int[] {5, 6, 1, 7}),
          Map.entry(1, new int[] {10, 10, 1}),
          Map.entry(2, new int[] {11, 11, 12}),
          Map.entry(3, new int[] {13, 13, 3}),
          Map.entry(4, new int[] {9, 8, 4}),
          Map.entry(5, new int[] {12, 7}),
          Map.entry(6, new int[] {7, 0}),
          Map.entry(7, new int[] {7, 7, 0}),
          Map.entry(8, new int[] {4, 9}),
          Map.entry(9, new int[] {8}),
          Map.entry(10, new int[] {1}),
          Map.entry(11, new int[] {11, 12}),
          Map.entry(12, new int[] {12, 7}),
          Map.entry(13, new int[] {3, 13}));
  private static final String[] COMPANY = {"ООО", "ЗАО", "АО", "ИП"};
  private static final String[] COMPANY_NAME = {
    "Вектор",
    "Альфа",
    "ТехГрупп",
    "МедСервис",
    "Ритейл Плюс",
    "Логистик",
    "СитиСтрой",
    "Агро-Юг",
    "ТекПром",
    "ИнфоЛаб",
    "Север",
    "Дельта"
  };
  private static final String[] PERSON = {
    "Анна", "Иван", "Пётр", "Алексей", "Николай", "Ольга", "Мария", "Сергей", "Елена", "Дмитрий",
    "Татьяна", "Андрей"
  };

  private SampleDataGenerator() {}

  /** {@code SampleDataGenerator OUT [CUSTOMERS] [SEED]} */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "examples/sample/customers.csv");
    int customers = args.length > 1 ? Integer.parseInt(args[1]) : 420;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 20260131L;
    write(out, customers, seed, true);
    String name = out.getFileName().toString().replace(".csv", "-basic.csv");
    write(out.resolveSibling(name), customers, seed, false);
  }

  /**
   * Writes a sample of {@code customers} customers to {@code out}: with {@code extended} all
   * columns (the seed's extended template plus {@code Дата покупки}), else only the seed's basic
   * seven.
   */
  public static void write(Path out, int customers, long seed, boolean extended)
      throws IOException {
    Random rnd = new Random(seed);
    List<String[]> rows = new ArrayList<>();
    for (int c = 0; c < customers; c++) {
      rows.addAll(customer(c, rnd));
    }
    rows.sort(
        Comparator.comparing((String[] r) -> LocalDate.parse(r[10], RU)).thenComparing(r -> r[0]));
    broken(rows, rnd);
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      w.write('\uFEFF');
      String header =
          "Имя;Телефон;Email;Товар;Сумма;Дни;Дата первой покупки;Жалоб;Обращений;Покупок со скидкой;Дата покупки";
      int columns = extended ? 11 : 7;
      w.write(String.join(";", java.util.Arrays.copyOf(header.split(";"), columns)));
      w.write("\r\n");
      for (String[] r : rows) {
        w.write(String.join(";", java.util.Arrays.copyOf(r, columns)));
        w.write("\r\n");
      }
    }
  }

  private static List<String[]> customer(int c, Random rnd) {
    boolean company = rnd.nextDouble() < 0.6;
    String name =
        company
            ? COMPANY[rnd.nextInt(COMPANY.length)]
                + " "
                + COMPANY_NAME[rnd.nextInt(COMPANY_NAME.length)]
                + " "
                + (c + 1)
            : PERSON[rnd.nextInt(PERSON.length)] + " " + (c + 1);
    String digits =
        "79" + String.format(Locale.ROOT, "%09d", (long) (rnd.nextDouble() * 1_000_000_000L));
    boolean hasPhone = rnd.nextDouble() < 0.88;
    boolean hasEmail = !hasPhone || rnd.nextDouble() < 0.8;
    String email = "client" + (c + 1) + "@" + (company ? "corp" + (c % 17) + ".ru" : "mail.ru");

    LocalDate first =
        START.plusDays(rnd.nextInt((int) ChronoUnit.DAYS.between(START, LAST_FIRST) + 1));
    double lambda = gamma(rnd, 0.9) / 0.9 / 95.0;
    double p = beta(rnd, 1.3, 3.5);
    List<LocalDate> dates = new ArrayList<>();
    dates.add(first);
    LocalDate t = first;
    while (dates.size() < 24 && rnd.nextDouble() >= p) {
      double wait = -Math.log(1 - rnd.nextDouble()) / lambda;
      t = t.plusDays(Math.max(1, Math.round(wait)));
      if (t.isAfter(AS_OF)) {
        break;
      }
      dates.add(t);
    }
    int n = dates.size();
    long days = ChronoUnit.DAYS.between(dates.get(n - 1), AS_OF);
    boolean churned = days > 365;
    int complaints = poisson(rnd, churned ? 1.2 : 0.3);
    int tickets = complaints + poisson(rnd, churned ? 2.5 : 1.0);
    int discounted = (int) Math.round(n * beta(rnd, 0.8, 1.6));

    List<String[]> rows = new ArrayList<>();
    int product = draw(rnd, POPULARITY);
    for (int k = 0; k < n; k++) {
      if (k > 0) {
        int[] next = NEXT.get(product);
        product = rnd.nextDouble() < 0.25 ? draw(rnd, POPULARITY) : next[rnd.nextInt(next.length)];
      }
      double amount = PRICE[product] * Math.exp(0.25 * rnd.nextGaussian()) * (company ? 1.6 : 1.0);
      String phone = hasPhone ? spell(digits, rnd) : "";
      String mail = hasEmail ? email : "";
      if (hasPhone && hasEmail && n > 1 && rnd.nextDouble() < 0.12) {
        if (rnd.nextBoolean()) {
          mail = "";
        } else {
          phone = "";
        }
      }
      rows.add(
          new String[] {
            name,
            phone,
            mail,
            PRODUCTS[product],
            money(amount, rnd),
            Long.toString(days),
            RU.format(first),
            Integer.toString(complaints),
            Integer.toString(tickets),
            Integer.toString(discounted),
            RU.format(dates.get(k))
          });
    }
    return rows;
  }

  private static void broken(List<String[]> rows, Random rnd) {
    String[][] bad = {
      {
        "Игорь 901",
        "89000000000 инстаграм ba_int_de",
        "",
        "ИБП APC",
        "50000",
        "120",
        "14.07.2021",
        "0",
        "1",
        "0",
        "14.07.2021"
      },
      {
        "ООО Ромашка 902",
        "",
        "npp_ev1@int.ru инстаграм",
        "Лицензия Битрикс24",
        "130000",
        "40",
        "20.08.2023",
        "0",
        "0",
        "0",
        "22.12.2025"
      },
      {
        "Светлана 903",
        "79161234567",
        "",
        "Монитор Dell",
        "около 15000",
        "300",
        "05.04.2025",
        "0",
        "0",
        "0",
        "05.04.2025"
      },
      {
        "АО Прогресс 904",
        "79261234567",
        "progress904@corp.ru",
        "",
        "48000,00",
        "10",
        "21.01.2026",
        "1",
        "2",
        "0",
        "21.01.2026"
      },
      {
        "Без контактов 905",
        "",
        "",
        "Ноутбук Lenovo ThinkPad",
        "99000,00",
        "60",
        "02.12.2025",
        "0",
        "0",
        "0",
        "02.12.2025"
      },
    };
    for (String[] b : bad) {
      rows.add(1 + rnd.nextInt(rows.size() - 1), b);
    }
    for (int refunds = 0; refunds < 6; ) {
      int i = rnd.nextInt(rows.size());
      String[] r = rows.get(i).clone();
      if (r[4].matches("[0-9 ]+,[0-9]{2}")
          && !r[3].isEmpty()
          && !(r[1].isEmpty() && r[2].isEmpty())) {
        r[4] = "-" + r[4];
        rows.add(i + 1, r);
        refunds++;
      }
    }
  }

  private static String spell(String d, Random rnd) {
    String ten = d.substring(1);
    return switch (rnd.nextInt(4)) {
      case 0 ->
          "+7 ("
              + ten.substring(0, 3)
              + ") "
              + ten.substring(3, 6)
              + "-"
              + ten.substring(6, 8)
              + "-"
              + ten.substring(8);
      case 1 ->
          "8 "
              + ten.substring(0, 3)
              + " "
              + ten.substring(3, 6)
              + " "
              + ten.substring(6, 8)
              + " "
              + ten.substring(8);
      case 2 -> "8" + ten;
      default -> d;
    };
  }

  private static String money(double amount, Random rnd) {
    long kopecks = Math.round(amount * 100);
    String rub = Long.toString(kopecks / 100);
    String kop = String.format(Locale.ROOT, "%02d", kopecks % 100);
    if (rnd.nextDouble() < 0.15 && rub.length() > 3) {
      StringBuilder s = new StringBuilder(rub);
      for (int i = s.length() - 3; i > 0; i -= 3) {
        s.insert(i, ' ');
      }
      rub = s.toString();
    }
    return rub + "," + kop;
  }

  private static int draw(Random rnd, double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double u = rnd.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      u -= weights[i];
      if (u < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private static int poisson(Random rnd, double mean) {
    double l = Math.exp(-mean);
    int k = 0;
    double prod = rnd.nextDouble();
    while (prod > l) {
      k++;
      prod *= rnd.nextDouble();
    }
    return k;
  }

  /** Marsaglia–Tsang gamma variate with scale 1. */
  private static double gamma(Random rnd, double shape) {
    if (shape < 1) {
      return gamma(rnd, shape + 1) * Math.pow(rnd.nextDouble(), 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x = rnd.nextGaussian();
      double v = Math.pow(1 + c * x, 3);
      if (v > 0 && Math.log(rnd.nextDouble()) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
        return d * v;
      }
    }
  }

  private static double beta(Random rnd, double a, double b) {
    double x = gamma(rnd, a);
    return x / (x + gamma(rnd, b));
  }
}
