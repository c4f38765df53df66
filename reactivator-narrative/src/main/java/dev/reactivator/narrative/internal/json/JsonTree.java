package dev.reactivator.narrative.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads JSON into a tree of plain Java values and writes it back: an object is a {@code
 * LinkedHashMap<String, Object>} (a repeated key keeps its last value), an array an {@code
 * ArrayList<Object>}, a string a {@link String}, a number a {@link Num} holding its literal text
 * (so that writing it back changes no digit), {@code true}/{@code false} a {@link Boolean} and
 * {@code null} the {@link #NULL} marker. Only the first value of the text is read; what follows it
 * is ignored. The trees are mutable and meant for one thread; the static methods are thread-safe.
 */
public final class JsonTree {

  /** JSON {@code null}. */
  public static final Object NULL = new Object[0];

  private static final JsonFactory JSON = new JsonFactory();

  /**
   * A JSON number as written in the text.
   *
   * @param text the number's literal text
   */
  public record Num(String text) {
    /**
     * The number as an {@code int}, rounded towards zero.
     *
     * @return the value
     */
    public int intValue() {
      return new BigDecimal(text).intValue();
    }
  }

  private JsonTree() {}

  /**
   * Reads the first JSON value of {@code text}.
   *
   * @param text JSON text
   * @return the value
   * @throws com.fasterxml.jackson.core.JsonProcessingException when the text is not JSON
   * @throws IOException when it cannot be read
   */
  public static Object parse(String text) throws IOException {
    try (JsonParser p = JSON.createParser(text)) {
      return read(p);
    }
  }

  /**
   * Reads the first JSON value of {@code in} (not closed).
   *
   * @param in UTF-8 JSON
   * @return the value
   * @throws IOException when the stream cannot be read or is not JSON
   */
  public static Object parse(InputStream in) throws IOException {
    try (JsonParser p = JSON.createParser(in)) {
      p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      return read(p);
    }
  }

  private static Object read(JsonParser p) throws IOException {
    JsonToken first = p.nextToken();
    if (first == null) {
      throw new com.fasterxml.jackson.core.JsonParseException(p, "no JSON value in the text");
    }
    return value(p, first);
  }

  private static Object value(JsonParser p, JsonToken t) throws IOException {
    switch (t) {
      case START_OBJECT -> {
        Map<String, Object> o = new LinkedHashMap<>();
        for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
          String name = p.currentName();
          o.remove(name);
          o.put(name, value(p, p.nextToken()));
        }
        return o;
      }
      case START_ARRAY -> {
        List<Object> a = new ArrayList<>();
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
          a.add(value(p, e));
        }
        return a;
      }
      case VALUE_STRING -> {
        return p.getText();
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return new Num(p.getText());
      }
      case VALUE_TRUE -> {
        return Boolean.TRUE;
      }
      case VALUE_FALSE -> {
        return Boolean.FALSE;
      }
      case VALUE_NULL -> {
        return NULL;
      }
      default -> throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected " + t);
    }
  }

  /**
   * Writes {@code value} (a tree as {@link #parse} builds it) to {@code g}.
   *
   * @param value the tree
   * @param g where it goes
   * @throws IOException when the generator fails
   */
  public static void write(Object value, JsonGenerator g) throws IOException {
    if (value instanceof Map<?, ?> o) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : o.entrySet()) {
        g.writeFieldName((String) e.getKey());
        write(e.getValue(), g);
      }
      g.writeEndObject();
    } else if (value instanceof List<?> a) {
      g.writeStartArray();
      for (Object e : a) {
        write(e, g);
      }
      g.writeEndArray();
    } else if (value instanceof String s) {
      g.writeString(s);
    } else if (value instanceof Num n) {
      g.writeNumber(n.text());
    } else if (value instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (value == NULL) {
      g.writeNull();
    } else {
      throw new IllegalArgumentException("not a JSON tree value: " + value);
    }
  }

  /**
   * The tree as JSON text, compact or indented.
   *
   * @param value the tree
   * @param indent whether to indent (two spaces, one member a line)
   * @return the text
   */
  public static String toJson(Object value, boolean indent) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      if (indent) {
        g.setPrettyPrinter(new DefaultPrettyPrinter());
      }
      write(value, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * {@code node} as an object, when it is one.
   *
   * @param node a tree value, or Java {@code null} for a missing one
   * @return the object
   */
  @SuppressWarnings("unchecked")
  public static Optional<Map<String, Object>> object(Object node) {
    return node instanceof Map<?, ?> m ? Optional.of((Map<String, Object>) m) : Optional.empty();
  }

  /**
   * The member {@code key} of {@code node} when {@code node} is an object that has it.
   *
   * @param node a tree value, or Java {@code null} for a missing one
   * @param key the member's name
   * @return the member's value, or Java {@code null} when there is none
   */
  public static Object get(Object node, String key) {
    return node instanceof Map<?, ?> m ? m.get(key) : null;
  }

  /**
   * The elements of {@code node} when it is an array, else the values of an object's members, else
   * nothing — the children a walk over the tree visits.
   *
   * @param node a tree value, or Java {@code null} for a missing one
   * @return the children
   */
  public static List<Object> children(Object node) {
    if (node instanceof List<?> a) {
      return new ArrayList<>(a);
    }
    if (node instanceof Map<?, ?> m) {
      return new ArrayList<>(m.values());
    }
    return List.of();
  }

  /**
   * The elements of {@code node} when it is an array, else none.
   *
   * @param node a tree value, or Java {@code null} for a missing one
   * @return the elements
   */
  public static List<Object> elements(Object node) {
    return node instanceof List<?> a ? new ArrayList<>(a) : List.of();
  }

  /**
   * {@code node} as text: a string's value, a number's literal, {@code true}/{@code false}; {@code
   * missing} for a missing value or {@code null}; the empty string for an object or an array.
   *
   * @param node a tree value, or Java {@code null} for a missing one
   * @param missing the text of a missing value or {@code null}
   * @return the text
   */
  public static String text(Object node, String missing) {
    if (node == null || node == NULL) {
      return missing;
    }
    if (node instanceof String s) {
      return s;
    }
    if (node instanceof Num n) {
      return n.text();
    }
    if (node instanceof Boolean b) {
      return b.toString();
    }
    return "";
  }
}
