package dev.reactivator.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON reader and writer for the fixed schemas core writes itself (the saved models):
 * values are {@link Map} (insertion-ordered), {@link List}, {@link String}, {@link Double}, {@link
 * Boolean} and {@code null}. Numbers are written with {@link Double#toString(double)} and read with
 * {@link Double#parseDouble(String)}, which round-trips every finite double exactly; non-finite
 * numbers are written as the strings {@code "NaN"}, {@code "Infinity"} and {@code "-Infinity"}.
 */
public final class JsonText {
  private final String text;
  private int at;

  private JsonText(String text) {
    this.text = text;
  }

  /** A malformed document: the message names the character offset. */
  public static final class MalformedException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedException(String message) {
      super(message);
    }
  }

  /**
   * Parses one JSON document.
   *
   * @param text the document
   * @return its value
   * @throws MalformedException if the text is not one JSON value
   */
  public static Object parse(String text) throws MalformedException {
    JsonText p = new JsonText(text);
    Object v = p.value();
    p.blanks();
    if (p.at != text.length()) {
      throw p.error("text after the end of the document");
    }
    return v;
  }

  private MalformedException error(String what) {
    return new MalformedException(what + " at character " + at);
  }

  private void blanks() {
    while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
  }

  private Object value() throws MalformedException {
    blanks();
    if (at >= text.length()) {
      throw error("unexpected end");
    }
    char c = text.charAt(at);
    switch (c) {
      case '{':
        return object();
      case '[':
        return array();
      case '"':
        return string();
      case 't':
        return word("true", Boolean.TRUE);
      case 'f':
        return word("false", Boolean.FALSE);
      case 'n':
        return word("null", null);
      default:
        return number();
    }
  }

  private Object word(String w, Object v) throws MalformedException {
    if (!text.startsWith(w, at)) {
      throw error("unknown word");
    }
    at += w.length();
    return v;
  }

  private Map<String, Object> object() throws MalformedException {
    Map<String, Object> m = new LinkedHashMap<>();
    at++;
    blanks();
    if (at < text.length() && text.charAt(at) == '}') {
      at++;
      return m;
    }
    while (true) {
      blanks();
      if (at >= text.length() || text.charAt(at) != '"') {
        throw error("expected a key");
      }
      String key = string();
      blanks();
      expect(':');
      m.put(key, value());
      blanks();
      if (at < text.length() && text.charAt(at) == ',') {
        at++;
        continue;
      }
      expect('}');
      return m;
    }
  }

  private List<Object> array() throws MalformedException {
    List<Object> l = new ArrayList<>();
    at++;
    blanks();
    if (at < text.length() && text.charAt(at) == ']') {
      at++;
      return l;
    }
    while (true) {
      l.add(value());
      blanks();
      if (at < text.length() && text.charAt(at) == ',') {
        at++;
        continue;
      }
      expect(']');
      return l;
    }
  }

  private void expect(char c) throws MalformedException {
    if (at >= text.length() || text.charAt(at) != c) {
      throw error("expected '" + c + "'");
    }
    at++;
  }

  private String string() throws MalformedException {
    StringBuilder b = new StringBuilder();
    at++;
    while (true) {
      if (at >= text.length()) {
        throw error("unterminated string");
      }
      char c = text.charAt(at++);
      if (c == '"') {
        return b.toString();
      }
      if (c != '\\') {
        b.append(c);
        continue;
      }
      if (at >= text.length()) {
        throw error("unterminated escape");
      }
      char e = text.charAt(at++);
      switch (e) {
        case 'n' -> b.append('\n');
        case 't' -> b.append('\t');
        case 'r' -> b.append('\r');
        case 'b' -> b.append('\b');
        case 'f' -> b.append('\f');
        case 'u' -> {
          if (at + 4 > text.length()) {
            throw error("short \\u escape");
          }
          try {
            b.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
          } catch (NumberFormatException x) {
            throw error("bad \\u escape");
          }
          at += 4;
        }
        default -> b.append(e);
      }
    }
  }

  private Double number() throws MalformedException {
    int from = at;
    while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    try {
      return Double.parseDouble(text.substring(from, at));
    } catch (NumberFormatException e) {
      at = from;
      throw error("expected a value");
    }
  }

  /**
   * Writes {@code value} as indented JSON.
   *
   * @param value a tree of the supported types
   * @return the document, ending with a newline
   * @throws IllegalArgumentException for an unsupported value type
   */
  public static String write(Object value) {
    StringBuilder b = new StringBuilder();
    write(b, value, 0);
    return b.append('\n').toString();
  }

  private static void write(StringBuilder b, Object v, int depth) {
    if (v == null) {
      b.append("null");
    } else if (v instanceof String s) {
      quote(b, s);
    } else if (v instanceof Boolean t) {
      b.append(t);
    } else if (v instanceof Integer || v instanceof Long) {
      b.append(v);
    } else if (v instanceof Double d) {
      if (Double.isFinite(d)) {
        b.append(Double.toString(d));
      } else {
        quote(b, d.toString());
      }
    } else if (v instanceof Map<?, ?> m) {
      b.append('{');
      String sep = "\n";
      for (Map.Entry<?, ?> e : m.entrySet()) {
        b.append(sep).append("  ".repeat(depth + 1));
        quote(b, (String) e.getKey());
        b.append(": ");
        write(b, e.getValue(), depth + 1);
        sep = ",\n";
      }
      b.append(m.isEmpty() ? "" : "\n" + "  ".repeat(depth)).append('}');
    } else if (v instanceof List<?> l) {
      b.append('[');
      String sep = "";
      for (Object o : l) {
        b.append(sep);
        write(b, o, depth + 1);
        sep = ", ";
      }
      b.append(']');
    } else {
      throw new IllegalArgumentException("not a JSON value: " + v.getClass().getName());
    }
  }

  private static void quote(StringBuilder b, String s) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    b.append('"');
  }
}
