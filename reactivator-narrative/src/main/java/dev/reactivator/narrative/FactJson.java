package dev.reactivator.narrative;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Writes the fact records as compact JSON with Jackson's streaming generator: record components
 * become fields in declaration order, empty optionals are left out, enums become their lower-case
 * names, doubles of 1000 or more are rounded to whole units and smaller ones to four significant
 * digits so the prompt stays short.
 */
final class FactJson {
  private static final JsonFactory JSON =
      JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  private FactJson() {}

  /**
   * {@code value} as compact JSON, leaving out the top-level record components named in {@code
   * omitted}.
   */
  static String json(Object value, Set<String> omitted) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      write(value, omitted, g);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the facts as JSON", e);
    }
    return out.toString();
  }

  private static void write(Object value, Set<String> omitted, JsonGenerator g) throws IOException {
    if (value == null) {
      g.writeNull();
    } else if (value instanceof Record r) {
      g.writeStartObject();
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        if (omitted.contains(c.getName())) {
          continue;
        }
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
        g.writeFieldName(c.getName());
        write(v, Set.of(), g);
      }
      g.writeEndObject();
    } else if (value instanceof Optional<?> opt) {
      write(opt.orElseThrow(), Set.of(), g);
    } else if (value instanceof OptionalDouble od) {
      number(od.getAsDouble(), g);
    } else if (value instanceof OptionalInt oi) {
      g.writeNumber(oi.getAsInt());
    } else if (value instanceof Collection<?> list) {
      g.writeStartArray();
      for (Object e : list) {
        write(e, Set.of(), g);
      }
      g.writeEndArray();
    } else if (value instanceof Double d) {
      number(d, g);
    } else if (value instanceof Integer i) {
      g.writeNumber(i);
    } else if (value instanceof Long l) {
      g.writeNumber(l);
    } else if (value instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (value instanceof Enum<?> e) {
      g.writeString(e.name().toLowerCase(Locale.ROOT));
    } else if (value instanceof Locale l) {
      g.writeString(l.toLanguageTag());
    } else {
      g.writeString(value.toString());
    }
  }

  private static void number(double d, JsonGenerator g) throws IOException {
    if (!Double.isFinite(d)) {
      g.writeNull();
    } else if (Math.abs(d) >= 1000 || d == Math.rint(d)) {
      g.writeNumber(Math.round(d));
    } else {
      g.writeNumber(BigDecimal.valueOf(d).round(new MathContext(4)).stripTrailingZeros());
    }
  }
}
