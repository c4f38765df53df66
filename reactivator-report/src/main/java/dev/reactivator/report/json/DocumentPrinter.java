package dev.reactivator.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;

/**
 * The layout of {@code analysis.json}: the top-level keys and the fields of each top-level object
 * one per line, indented by two spaces a level; every object or array nested deeper — a customer, a
 * segment, a bucket — on one line of its own without spaces. A reader sees one line per customer,
 * and a million customers do not pay for ten million indentations. Not thread-safe: one printer per
 * generator.
 */
final class DocumentPrinter implements PrettyPrinter {
  /** Containers at this nesting depth or deeper are written on one line. */
  private static final int FLAT = 3;

  private static final int MAX_DEPTH = 1024;
  private final boolean[] inArray = new boolean[MAX_DEPTH];
  private final boolean[] brokenLines = new boolean[MAX_DEPTH];
  private final String[] indents = new String[FLAT];
  private int depth;

  /** Set for a fragment: root values are elements of a shallow array, separated by commas. */
  private final boolean fragment;

  DocumentPrinter() {
    this(false);
  }

  private DocumentPrinter(boolean fragment) {
    for (int i = 0; i < FLAT; i++) {
      indents[i] = "\n" + "  ".repeat(i);
    }
    this.fragment = fragment;
    if (fragment) {
      depth = FLAT - 1;
      inArray[depth] = true;
    }
  }

  /**
   * A printer for a fragment whose root values are written exactly as the elements of an array that
   * is a top-level field ({@code customers}): each on its own line, separated by commas. The
   * fragment is pasted after the array's opening bracket (or after a comma, for a later fragment)
   * of a document written with the ordinary printer.
   */
  static DocumentPrinter shallowArrayElements() {
    return new DocumentPrinter(true);
  }

  /**
   * Tells the printer that elements of the array it has just opened were written around it (as
   * fragments straight to the stream), so it closes the array on a line of its own as if it had
   * written them.
   */
  void elementsWrittenAround() {
    if (depth < MAX_DEPTH) {
      brokenLines[depth] = true;
    }
  }

  private void newline(JsonGenerator g, int level) throws IOException {
    g.writeRaw(indents[level]);
  }

  /** A container that is an element of a shallow array starts on its own line. */
  private void beforeContainer(JsonGenerator g) throws IOException {
    if (depth > 0 && depth < FLAT && inArray[depth]) {
      brokenLines[depth] = true;
      newline(g, depth);
    }
  }

  private void open(boolean array) {
    depth++;
    if (depth < MAX_DEPTH) {
      inArray[depth] = array;
      brokenLines[depth] = false;
    }
  }

  @Override
  public void writeRootValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(fragment ? ',' : '\n');
  }

  @Override
  public void writeStartObject(JsonGenerator g) throws IOException {
    beforeContainer(g);
    g.writeRaw('{');
    open(false);
  }

  @Override
  public void beforeObjectEntries(JsonGenerator g) throws IOException {
    if (depth < FLAT) {
      newline(g, depth);
    }
  }

  @Override
  public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(depth < FLAT ? ": " : ":");
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
    g.writeRaw(',');
    if (depth < FLAT) {
      newline(g, depth);
    }
  }

  @Override
  public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
    depth--;
    if (depth + 1 < FLAT && nrOfEntries > 0) {
      newline(g, depth);
    }
    g.writeRaw('}');
  }

  @Override
  public void writeStartArray(JsonGenerator g) throws IOException {
    beforeContainer(g);
    g.writeRaw('[');
    open(true);
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) {}

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(',');
  }

  @Override
  public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
    boolean broken = depth < MAX_DEPTH && brokenLines[depth];
    depth--;
    if (broken) {
      newline(g, depth);
    }
    g.writeRaw(']');
  }
}
