package dev.reactivator.report.html.internal;

import dev.reactivator.narrative.internal.json.JsonTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Splits the page's document into what a protected dashboard shows before the passphrase and the
 * contacts it encrypts. Moved out of the document, into the {@link #contacts()} object:
 *
 * <ul>
 *   <li>each customer's {@code name}, {@code phones}, {@code emails}, {@code customerIds} and
 *       {@code messages} (the messages are merged with the name), under {@code customers} by index;
 *       the document keeps the pseudonym and empty contact lists;
 *   <li>the {@code value} and {@code message} of every rejected row and row warning (they quote the
 *       cells), under {@code rejected} and {@code rowWarnings} by position; the code, line and
 *       column stay;
 *   <li>the {@code message} of a {@code DOMINANT_CUSTOMER} warning (it names the customer's CRM
 *       id), under {@code warnings} by position.
 * </ul>
 *
 * @param document the document without contacts, as compact JSON
 * @param contacts what was moved out, as compact JSON
 */
public record ContactSplit(String document, String contacts) {

  private static final List<String> CUSTOMER_FIELDS =
      List.of("name", "phones", "emails", "customerIds", "messages");
  private static final List<String> LISTS = List.of("phones", "emails", "customerIds");

  /**
   * Checks the components.
   *
   * @param document the document without contacts, as compact JSON
   * @param contacts what was moved out, as compact JSON
   */
  public ContactSplit {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(contacts, "contacts");
  }

  /**
   * Splits a page document ({@code analysis.json} in its bounded form).
   *
   * @param documentJson the document
   * @return the document without contacts and the contacts
   */
  public static ContactSplit of(String documentJson) {
    Objects.requireNonNull(documentJson, "documentJson");
    Object doc;
    try {
      doc = JsonTree.parse(documentJson);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot split the dashboard data", e);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    Map<String, Object> customers = new LinkedHashMap<>();
    out.put("customers", customers);
    for (Object c : JsonTree.elements(JsonTree.get(doc, "customers"))) {
      Map<String, Object> customer = JsonTree.object(c).orElseThrow();
      Map<String, Object> moved = new LinkedHashMap<>();
      for (String f : CUSTOMER_FIELDS) {
        Object v = customer.remove(f);
        if (v != null) {
          moved.put(f, v);
        }
      }
      for (String f : LISTS) {
        customer.put(f, new ArrayList<>());
      }
      customers.put(JsonTree.text(customer.get("index"), ""), moved);
    }
    Object ingestion = JsonTree.get(doc, "ingestion");
    out.put("rejected", moveProblems(JsonTree.get(ingestion, "rejected")));
    out.put("rowWarnings", moveProblems(JsonTree.get(ingestion, "warnings")));
    List<Object> warnings = new ArrayList<>();
    out.put("warnings", warnings);
    for (Object w : JsonTree.elements(JsonTree.get(doc, "warnings"))) {
      Map<String, Object> moved = new LinkedHashMap<>();
      Map<String, Object> warning = JsonTree.object(w).orElseGet(LinkedHashMap::new);
      if ("DOMINANT_CUSTOMER".equals(JsonTree.text(warning.get("code"), ""))
          && warning.containsKey("message")) {
        moved.put("message", warning.remove("message"));
      }
      warnings.add(moved);
    }
    return new ContactSplit(JsonTree.toJson(doc, false), JsonTree.toJson(out, false));
  }

  private static List<Object> moveProblems(Object problems) {
    List<Object> out = new ArrayList<>();
    for (Object p : JsonTree.elements(problems)) {
      Map<String, Object> problem = JsonTree.object(p).orElseGet(LinkedHashMap::new);
      Map<String, Object> moved = new LinkedHashMap<>();
      for (String f : List.of("value", "message")) {
        Object v = problem.remove(f);
        if (v != null) {
          moved.put(f, v);
        }
      }
      out.add(moved);
    }
    return out;
  }
}
