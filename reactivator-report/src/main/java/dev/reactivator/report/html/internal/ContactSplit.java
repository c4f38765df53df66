package dev.reactivator.report.html.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
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

  private static final ObjectMapper JSON = new ObjectMapper();
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
    try {
      ObjectNode doc = (ObjectNode) JSON.readTree(documentJson);
      ObjectNode out = JSON.createObjectNode();
      ObjectNode customers = out.putObject("customers");
      for (JsonNode c : doc.path("customers")) {
        ObjectNode customer = (ObjectNode) c;
        ObjectNode moved = JSON.createObjectNode();
        for (String f : CUSTOMER_FIELDS) {
          JsonNode v = customer.remove(f);
          if (v != null) {
            moved.set(f, v);
          }
        }
        for (String f : LISTS) {
          customer.putArray(f);
        }
        customers.set(customer.path("index").asText(), moved);
      }
      JsonNode ingestion = doc.path("ingestion");
      out.set("rejected", moveProblems(ingestion.path("rejected")));
      out.set("rowWarnings", moveProblems(ingestion.path("warnings")));
      ArrayNode warnings = out.putArray("warnings");
      for (JsonNode w : doc.path("warnings")) {
        ObjectNode moved = warnings.addObject();
        if ("DOMINANT_CUSTOMER".equals(w.path("code").asText()) && w.has("message")) {
          moved.set("message", ((ObjectNode) w).remove("message"));
        }
      }
      return new ContactSplit(JSON.writeValueAsString(doc), JSON.writeValueAsString(out));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot split the dashboard data", e);
    }
  }

  private static ArrayNode moveProblems(JsonNode problems) {
    ArrayNode out = JSON.createArrayNode();
    for (JsonNode p : problems) {
      ObjectNode problem = (ObjectNode) p;
      ObjectNode moved = out.addObject();
      for (String f : List.of("value", "message")) {
        JsonNode v = problem.remove(f);
        if (v != null) {
          moved.set(f, v);
        }
      }
    }
    return out;
  }
}
