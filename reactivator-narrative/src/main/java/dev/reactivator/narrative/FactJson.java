package dev.reactivator.narrative;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Turns the fact records into a JSON tree: record components become fields in declaration order,
 * empty optionals are left out, enums become their lower-case names, doubles of 1000 or more are
 * rounded to whole units and smaller ones to four significant digits so the prompt stays short.
 */
final class FactJson {
  static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private FactJson() {}

  static JsonNode tree(Object value) {
    if (value == null) {
      return NODES.nullNode();
    }
    if (value instanceof Record r) {
      ObjectNode o = NODES.objectNode();
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        Object v;
        try {
          v = c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new IllegalStateException("cannot read " + c.getName(), e);
        }
        if (v instanceof Optional<?> opt && opt.isEmpty()
            || v instanceof OptionalDouble od && od.isEmpty()
            || v instanceof OptionalInt oi && oi.isEmpty()) {
          continue;
        }
        o.set(c.getName(), tree(v));
      }
      return o;
    }
    if (value instanceof Optional<?> opt) {
      return tree(opt.orElseThrow());
    }
    if (value instanceof OptionalDouble od) {
      return number(od.getAsDouble());
    }
    if (value instanceof OptionalInt oi) {
      return NODES.numberNode(oi.getAsInt());
    }
    if (value instanceof Collection<?> list) {
      ArrayNode a = NODES.arrayNode();
      list.forEach(e -> a.add(tree(e)));
      return a;
    }
    if (value instanceof Double d) {
      return number(d);
    }
    if (value instanceof Integer i) {
      return NODES.numberNode(i);
    }
    if (value instanceof Long l) {
      return NODES.numberNode(l);
    }
    if (value instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    if (value instanceof Enum<?> e) {
      return NODES.textNode(e.name().toLowerCase(Locale.ROOT));
    }
    if (value instanceof Locale l) {
      return NODES.textNode(l.toLanguageTag());
    }
    return NODES.textNode(value.toString());
  }

  private static JsonNode number(double d) {
    if (!Double.isFinite(d)) {
      return NODES.nullNode();
    }
    if (Math.abs(d) >= 1000 || d == Math.rint(d)) {
      return NODES.numberNode(Math.round(d));
    }
    return NODES.numberNode(
        java.math.BigDecimal.valueOf(d).round(new java.math.MathContext(4)).stripTrailingZeros());
  }
}
