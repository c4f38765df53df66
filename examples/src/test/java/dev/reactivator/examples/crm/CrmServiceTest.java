package dev.reactivator.examples.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.reactivator.core.data.DataWarning;
import dev.reactivator.core.segment.CustomerResult;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The CRM service's flow on the class path (ModulePathTest runs the same source on the module
 * path). The PostgreSQL run needs the server of {@code scripts/postgres.sh} ({@code
 * REACTIVATOR_TEST_JDBC_URL}, set by {@code scripts/verify.sh}): without it the test fails under
 * {@code CI=true} and is skipped, saying how to run it, otherwise.
 */
class CrmServiceTest {

  @Test
  void aCrmServiceGetsItsCustomersByIdEveryFormatAsBytesAndTheDocumentedProvidersSummary()
      throws Exception {
    CrmService.Run run = CrmService.run(CrmService.exampleAnswer(Path.of("../docs/llm.md")));
    var a = run.analysis();
    // forty CRM ids stay forty customers although C100 and C101 share an e-mail; the id-less phone
    // order joins C105, the id-less order with the shared e-mail stays apart and is counted
    assertEquals(41, a.base().size());
    CustomerResult c100 = a.customer("C100").orElseThrow();
    CustomerResult c101 = a.customer("C101").orElseThrow();
    assertNotEquals(c100.index(), c101.index());
    assertEquals(List.of("office@example.ru"), c101.profile().emails());
    assertEquals(3, a.customer("C105").orElseThrow().profile().purchaseCount());
    assertEquals(
        a.customer("C105").orElseThrow(), a.customers().byPhone("+7 900 100-00-05").orElseThrow());
    assertTrue(
        a.base().warnings().stream().anyMatch(w -> w.code() == DataWarning.Code.AMBIGUOUS_CONTACT),
        a.base().warnings().toString());
    // the provider written from docs/llm.md is accepted
    assertEquals("documented", run.summary().writer());
    assertEquals(Optional.empty(), run.summary().fallbackReason());
    // every single-file format to a byte array
    assertEquals(List.of("docx", "html", "json", "pdf"), List.copyOf(run.bytes().keySet()));
    run.bytes().values().forEach(n -> assertTrue(n > 1000, run.bytes().toString()));
    // written back row by row in call-list order
    assertEquals(41, run.writeBack().size());
    assertTrue(run.writeBack().get(0).split(";")[1].equals("1"), run.writeBack().get(0));
  }

  @Test
  void theSameOrdersReadFromAPostgreSqlTableGiveTheSameResultsAsTheInMemoryRun() throws Exception {
    String url = jdbcUrl();
    try (Connection c = DriverManager.getConnection(url)) {
      CrmService.createOrdersTable(c, "crm_orders_class_path");
    }
    String answer = CrmService.exampleAnswer(Path.of("../docs/llm.md"));
    CrmService.Run memory = CrmService.run(answer);
    CrmService.Run database =
        CrmService.run(CrmService.database(url, "crm_orders_class_path"), answer);

    var report = database.analysis().base().report();
    // 40 customers with 1-4 orders each (100 lines) and the two id-less lines
    assertEquals(102, report.rowsRead());
    assertEquals(102, report.rowsAccepted());
    assertEquals(memory.analysis().base().report().rowsAccepted(), report.rowsAccepted());
    assertEquals(41, database.analysis().base().size());
    assertEquals(3, database.analysis().customer("C105").orElseThrow().profile().purchaseCount());
    assertEquals(results(memory), results(database), "every customer's result");
    assertEquals(memory.writeBack(), database.writeBack());
    assertEquals(memory.summary(), database.summary());
    assertEquals(memory.bytes().keySet(), database.bytes().keySet());
  }

  private static List<CustomerResult> results(CrmService.Run run) {
    List<CustomerResult> out = new ArrayList<>();
    run.analysis().customers().forEach(out::add);
    return out;
  }

  private static String jdbcUrl() {
    String url = System.getenv("REACTIVATOR_TEST_JDBC_URL");
    if (url == null || url.isBlank()) {
      String how =
          "no PostgreSQL for the CRM service's database run: run it with scripts/verify.sh, or eval"
              + " \"$(scripts/postgres.sh start)\" first so that REACTIVATOR_TEST_JDBC_URL is set";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(how);
      }
      Assumptions.abort(how);
    }
    return url;
  }
}
