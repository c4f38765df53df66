package dev.reactivator.examples.crm;

import dev.reactivator.core.Reactivator;
import dev.reactivator.core.base.IdentityPolicy;
import dev.reactivator.core.data.Field;
import dev.reactivator.core.data.OrderLine;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.core.segment.CustomerResult;
import dev.reactivator.core.segment.CustomerResults;
import dev.reactivator.core.spi.TransactionSource;
import dev.reactivator.io.jdbc.JdbcSource;
import dev.reactivator.llm.Availability;
import dev.reactivator.llm.ChatRequest;
import dev.reactivator.llm.ChatResponse;
import dev.reactivator.llm.FinishReason;
import dev.reactivator.llm.LlmClient;
import dev.reactivator.llm.LlmProvider;
import dev.reactivator.narrative.ExecutiveSummary;
import dev.reactivator.narrative.NarrationContext;
import dev.reactivator.narrative.Narrators;
import dev.reactivator.report.CustomerTexts;
import dev.reactivator.report.ReportInput;
import dev.reactivator.report.ReportOptions;
import dev.reactivator.report.ReportRenderer;
import dev.reactivator.report.ReportRenderers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a CRM service does with the library, with no file on disk: its own orders in memory or in
 * its PostgreSQL table (read through the JDBC source, {@link #database(String, String)}), the CRM's
 * customer id as the master key ({@link IdentityPolicy#customerIdFirst()}), the results looked up
 * by CRM id and written back row by row in call-list order, every single-file format rendered to a
 * byte array, and an LLM provider written from {@code docs/llm.md}. Run on the class path by {@code
 * CrmServiceTest} and on the module path by {@code ModulePathTest}. Stateless and thread-safe.
 */
public final class CrmService {
  /** The analysis date of the orders. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 1, 31);

  private CrmService() {}

  /**
   * What one run gives back.
   *
   * @param analysis the analysis of the CRM's orders
   * @param summary the executive summary the documented provider wrote
   * @param bytes the size of every single-file format rendered to a byte array, by format
   * @param writeBack one line per customer in call-list order: CRM id, rank, risk, tone, channel
   */
  public record Run(
      Analysis analysis,
      ExecutiveSummary summary,
      Map<String, Integer> bytes,
      List<String> writeBack) {}

  /**
   * The CRM's orders: forty customers C100…C139 with one to four orders each; C100 and C101 share
   * an office e-mail, a phone order without an id belongs to C105, and one without an id has the
   * office e-mail both C100 and C101 have.
   *
   * @return the order lines
   */
  public static List<OrderLine> orders() {
    List<OrderLine> lines = new ArrayList<>();
    for (int c = 0; c < 40; c++) {
      for (int k = 0; k <= c % 4; k++) {
        OrderLine.Builder b =
            OrderLine.builder()
                .customerId("C" + (100 + c))
                .phone(String.format(Locale.ROOT, "+7 (900) 100-%02d-%02d", c / 10, c % 10))
                .name("Client " + c)
                .orderId("O" + c + "-" + k)
                .product(List.of("Tea", "Coffee", "Cups", "Sugar").get((c + k) % 4))
                .amount(200 + 15 * c + 40 * k)
                .date(AS_OF.minusDays(3 + 45L * k + 9L * c));
        if (c < 2) {
          b.email("office@example.ru");
        }
        lines.add(b.build());
      }
    }
    lines.add(
        OrderLine.builder()
            .phone("8 900 100 00 05")
            .product("Tea")
            .amount(150)
            .date(AS_OF.minusDays(20))
            .build());
    lines.add(
        OrderLine.builder()
            .email("OFFICE@example.ru")
            .product("Sugar")
            .amount(90)
            .date(AS_OF.minusDays(25))
            .build());
    return lines;
  }

  /**
   * Creates the CRM's order table {@code table} (dropped first when it exists) and writes {@link
   * #orders()} into it, one row per line in the same order, missing values as SQL {@code NULL}: the
   * columns are {@code line_no}, {@code client_id}, {@code phone}, {@code email}, {@code
   * client_name}, {@code number}, {@code product}, {@code total numeric(12,2)} and {@code paid
   * date} — a CRM's own names, mapped by {@link #database(String, String)}.
   *
   * @param connection a connection to the CRM's database (auto-commit or committed by the caller)
   * @param table the table's name, a plain SQL identifier
   * @throws SQLException when the table cannot be created or written
   */
  public static void createOrdersTable(Connection connection, String table) throws SQLException {
    String name = identifier(table);
    try (Statement st = connection.createStatement()) {
      st.execute("DROP TABLE IF EXISTS " + name);
      st.execute(
          "CREATE TABLE "
              + name
              + " (line_no integer PRIMARY KEY, client_id text, phone text, email text,"
              + " client_name text, number text, product text, total numeric(12, 2), paid date)");
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO "
                + name
                + " (line_no, client_id, phone, email, client_name, number, product, total, paid)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int lineNo = 0;
      for (OrderLine line : orders()) {
        insert.setInt(1, ++lineNo);
        text(insert, 2, line.customerId());
        text(insert, 3, line.phone());
        text(insert, 4, line.email());
        text(insert, 5, line.name());
        text(insert, 6, line.orderId());
        text(insert, 7, line.product());
        OptionalDouble amount = line.amount();
        if (amount.isPresent()) {
          insert.setBigDecimal(8, java.math.BigDecimal.valueOf(amount.getAsDouble()));
        } else {
          insert.setNull(8, Types.NUMERIC);
        }
        if (line.date().isPresent()) {
          insert.setDate(9, Date.valueOf(line.date().get()));
        } else {
          insert.setNull(9, Types.DATE);
        }
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /**
   * The CRM's order table as a source: the JDBC source streaming {@code table} in line order, its
   * columns mapped to the library's fields as {@code --map} would map them.
   *
   * @param jdbcUrl the database's JDBC URL (with its user and password, or a trusted local login)
   * @param table the table written by {@link #createOrdersTable(Connection, String)}
   * @return the source
   */
  public static TransactionSource database(String jdbcUrl, String table) {
    return JdbcSource.url(jdbcUrl)
        .query(
            "SELECT client_id, phone, email, client_name, number, product, total, paid FROM "
                + identifier(table)
                + " ORDER BY line_no")
        .map(Field.CUSTOMER_ID, "client_id")
        .map(Field.PHONE, "phone")
        .map(Field.EMAIL, "email")
        .map(Field.NAME, "client_name")
        .map(Field.ORDER_ID, "number")
        .map(Field.PRODUCT, "product")
        .map(Field.AMOUNT, "total")
        .map(Field.PURCHASE_DATE, "paid")
        .fetchSize(16)
        .build();
  }

  private static String identifier(String table) {
    if (!table.matches("[a-z_][a-z0-9_]{0,62}")) {
      throw new IllegalArgumentException(
          "table: a lower-case SQL identifier is expected, got \"" + table + "\"");
    }
    return table;
  }

  private static void text(PreparedStatement st, int column, Optional<String> value)
      throws SQLException {
    if (value.isPresent()) {
      st.setString(column, value.get());
    } else {
      st.setNull(column, Types.VARCHAR);
    }
  }

  /**
   * The example answer of {@code docs/llm.md}: the json block after its example-answer marker.
   *
   * @param page the path of {@code docs/llm.md}
   * @return the example answer
   * @throws IOException when the page cannot be read
   */
  public static String exampleAnswer(Path page) throws IOException {
    String text = Files.readString(page);
    int marker = text.indexOf("<!-- example-answer -->");
    int start = text.indexOf("```json\n", marker) + "```json\n".length();
    return text.substring(start, text.indexOf("```", start));
  }

  /**
   * Runs the service once on the in-memory {@link #orders()}.
   *
   * @param exampleAnswer the example answer of {@code docs/llm.md}, whose sections the provider
   *     returns
   * @return what the run gave back
   */
  public static Run run(String exampleAnswer) {
    return run(TransactionSource.of(orders()), exampleAnswer);
  }

  /**
   * Runs the service once on {@code orders}: the in-memory lines or {@link #database(String,
   * String)}.
   *
   * @param orders the CRM's orders
   * @param exampleAnswer the example answer of {@code docs/llm.md}, whose sections the provider
   *     returns
   * @return what the run gave back
   */
  public static Run run(TransactionSource orders, String exampleAnswer) {
    Analysis analysis =
        Reactivator.load(orders)
            .withIdentity(IdentityPolicy.customerIdFirst())
            .withLocale(Locale.ENGLISH)
            .asOf(AS_OF)
            .score()
            .segment();
    ExecutiveSummary summary =
        Narrators.llm(LlmClient.of(new DocumentedProvider(exampleAnswer)))
            .write(analysis, NarrationContext.of(Locale.ENGLISH));
    ReportInput input =
        new ReportInput(analysis, summary, ReportOptions.defaults().withLocale(Locale.ENGLISH));
    Map<String, Integer> bytes = new TreeMap<>();
    for (ReportRenderer r : ReportRenderers.installed().values()) {
      if (r.singleFile()) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.render(input, out);
        bytes.put(r.format(), out.size());
      }
    }
    List<String> writeBack = new ArrayList<>();
    CustomerResults results = analysis.customers();
    for (CustomerResult c : results) {
      String id = c.profile().customerIds().isEmpty() ? "-" : c.profile().customerIds().get(0);
      CustomerTexts texts = CustomerTexts.of(analysis, summary, c);
      writeBack.add(
          id
              + ";"
              + c.callListRow().map(r -> String.valueOf(r.rank())).orElse("")
              + ";"
              + c.score().riskLevel()
              + ";"
              + c.callListRow().map(r -> r.tone() + ";" + r.primary()).orElse(";")
              + ";"
              + texts.messages().map(m -> m.firstMessage()).orElse(""));
    }
    return new Run(analysis, summary, bytes, writeBack);
  }

  /**
   * A provider written from {@code docs/llm.md} alone: its "model" answers with the page's example
   * sections, and with one chain for every group key the prompt lists (the page says where).
   */
  static final class DocumentedProvider implements LlmProvider {
    private static final Pattern KEYS =
        Pattern.compile("the keys, in the order of groups, are: ([^\\n]*?)\\. \"first\"");
    private static final Pattern KEY = Pattern.compile("\"([a-z0-9-]+/[a-z-]+/[a-z-]+)\"");
    private final String example;

    DocumentedProvider(String example) {
      this.example = example;
    }

    @Override
    public String name() {
      return "documented";
    }

    @Override
    public Availability availability() {
      return Availability.ready();
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
      String system = request.messages().get(0).content().replace("\\\n", "");
      Matcher m = KEYS.matcher(system.replaceAll("\\s+", " "));
      StringBuilder chains = new StringBuilder();
      if (m.find()) {
        Matcher k = KEY.matcher(m.group(1));
        while (k.find()) {
          chains
              .append(chains.length() == 0 ? "" : ",")
              .append("{\"group\": \"")
              .append(k.group(1))
              .append("\", \"first\": \"Hello {name}, {product} is waiting for you.\",")
              .append(" \"second\": \"{name}, shall we call you about {product}?\"}");
        }
      }
      String sections =
          example.substring(example.indexOf("\"sections\""), example.indexOf("\"chains\""));
      String answer = "{" + sections + "\"chains\": [" + chains + "]}";
      return new ChatResponse(
          answer, FinishReason.STOP, Optional.empty(), Optional.empty(), Optional.empty());
    }
  }
}
