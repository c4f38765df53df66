package dev.reactivator.core.spi;

import dev.reactivator.core.data.Field;
import dev.reactivator.core.data.OrderLine;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collector;
import java.util.stream.Stream;

/**
 * Sources over {@link OrderLine}s built in code: a list, any re-iterable collection, a stream
 * collected with {@link #toSource()}, or a stream opened anew for each read. Every line goes
 * through {@link OrderLineValidator}, the same checks and normalisation as a CSV row; line numbers
 * are 1-based positions. The columns declared to the sink are the fields any line has, so features
 * such as purchase dates or customer ids switch on by themselves.
 *
 * <p>The sources are immutable; they may be read from several threads at once when the iterable (or
 * the stream supplier) allows it, as the unmodifiable list of {@link #toSource()} does.
 *
 * <pre>{@code
 * TransactionSource source = TransactionSource.of(lines);           // a List<OrderLine>
 * TransactionSource collected = orders.stream().map(Crm::toLine).collect(OrderLines.toSource());
 * TransactionSource streamed = OrderLines.streaming("crm", repository::streamLines);
 * }</pre>
 */
public final class OrderLines {
  private OrderLines() {}

  /**
   * A source over lines that can be iterated more than once (each read iterates twice: once for the
   * columns, once for the rows).
   *
   * @param description the name shown in messages and reports, not blank
   * @param lines the lines; kept by reference and iterated on every read
   * @return the source
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the description is blank
   */
  public static TransactionSource source(String description, Iterable<OrderLine> lines) {
    Objects.requireNonNull(lines, "lines");
    return new LineSource(description, lines::iterator);
  }

  /**
   * A source over a stream opened anew for each pass, so the lines need not be held in memory (each
   * read opens two streams: one for the columns, one for the rows).
   *
   * @param description the name shown in messages and reports, not blank
   * @param lines opens a fresh stream of the lines; each stream is closed after its pass
   * @return the source
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the description is blank
   */
  public static TransactionSource streaming(String description, Supplier<Stream<OrderLine>> lines) {
    Objects.requireNonNull(lines, "lines");
    return new LineSource(description, () -> new ClosingIterator(lines.get()));
  }

  /**
   * Collects a stream of lines into an in-memory source named {@code in-memory}.
   *
   * @return a collector whose result holds an unmodifiable copy of the lines
   */
  public static Collector<OrderLine, ?, TransactionSource> toSource() {
    return Collector.of(
        ArrayList<OrderLine>::new,
        (list, line) -> list.add(Objects.requireNonNull(line, "line")),
        (a, b) -> {
          a.addAll(b);
          return a;
        },
        list -> source("in-memory", Collections.unmodifiableList(list)));
  }

  /** A source over an opener of line iterators; immutable when the opener is. */
  private static final class LineSource implements TransactionSource {
    private final String description;
    private final Supplier<Iterator<OrderLine>> opener;

    LineSource(String description, Supplier<Iterator<OrderLine>> opener) {
      Objects.requireNonNull(description, "description");
      if (description.isBlank()) {
        throw new IllegalArgumentException("description must not be blank");
      }
      this.description = description;
      this.opener = opener;
    }

    @Override
    public String description() {
      return description;
    }

    @Override
    public void read(ReadContext context, TransactionSink sink) {
      Set<Field> columns = EnumSet.noneOf(Field.class);
      long count = 0;
      Iterator<OrderLine> it = opener.get();
      try {
        while (it.hasNext()) {
          columns.addAll(Objects.requireNonNull(it.next(), "line").fields());
          count++;
        }
      } finally {
        close(it);
      }
      OrderLineValidator validator =
          OrderLineValidator.begin(
              context, sink, columns, Map.of(), Map.of("format", "order lines"));
      long line = 0;
      it = opener.get();
      try {
        while (it.hasNext()) {
          validator.line(++line, it.next());
          if (count > 0 && (line & 0x3FF) == 0) {
            sink.progress(Math.min(1.0, (double) line / count));
          }
        }
      } finally {
        close(it);
      }
      sink.progress(1.0);
    }

    private static void close(Iterator<OrderLine> it) {
      if (it instanceof ClosingIterator c) {
        c.stream.close();
      }
    }

    @Override
    public String toString() {
      return "OrderLines[" + description + "]";
    }
  }

  /** An iterator over a stream that remembers the stream to close it. */
  private static final class ClosingIterator implements Iterator<OrderLine> {
    private final Stream<OrderLine> stream;
    private final Iterator<OrderLine> it;

    ClosingIterator(Stream<OrderLine> stream) {
      this.stream = Objects.requireNonNull(stream, "stream");
      this.it = stream.iterator();
    }

    @Override
    public boolean hasNext() {
      return it.hasNext();
    }

    @Override
    public OrderLine next() {
      return it.next();
    }
  }
}
