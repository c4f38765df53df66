package dev.reactivator.io.internal;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of a CSV text, one {@link CsvRow} at a time. Regular RFC 4180 text — every quote
 * opening a cell, doubled inside it or closing it before a delimiter or a line break, no carriage
 * return inside a quoted cell — is parsed by FastCSV into cells that are char ranges (no {@code
 * String} per cell). From the first record that is not regular (a quote inside an unquoted cell,
 * data after a closing quote, a quote never closed, a carriage return inside quotes) to the end,
 * the text is parsed by commons-csv as before, whose reading of such text (a stray quote is a plain
 * character, data after a closing quote is appended, an unclosed quote is an error where it opened)
 * the contract states; FastCSV reads such text otherwise, and drops the cell of a quoted carriage
 * return before a line feed. So every file yields the cells and lines commons-csv gives. The
 * whitespace delimiter reads with commons-csv throughout. Not thread-safe.
 */
final class CsvRows implements Closeable {
  private static final char[] NONE = new char[0];

  private final Gate gate; // null: commons-csv from the start
  private final Handler handler = new Handler();
  private final CsvReader<CsvRow> fast;
  private final Iterator<CsvRow> fastRecords;
  private final CSVFormat format;
  private final Reader source;
  private CSVParser parser;
  private Iterator<CSVRecord> records;
  private long lineOffset; // the lines before the commons-csv parser's first one
  private long line = 1;
  private long breaks;
  private CsvRow last;

  private CsvRows(Reader in, char delimiter, boolean whitespace, int gateChars, int maxRecord) {
    this.source = in;
    if (whitespace) {
      gate = null;
      fast = null;
      fastRecords = null;
      format =
          CSVFormat.Builder.create()
              .setDelimiter('\t')
              .setQuote(null)
              .setIgnoreEmptyLines(false)
              .build();
    } else {
      gate = new Gate(in, delimiter, gateChars, maxRecord);
      fast =
          CsvReader.builder()
              .fieldSeparator(delimiter)
              .quoteCharacter('"')
              .commentStrategy(CommentStrategy.NONE)
              // unused, but it must differ from the delimiter (a forced '#' is a delimiter)
              .commentCharacter(delimiter == '#' ? '!' : '#')
              .skipEmptyLines(false)
              .allowExtraFields(true)
              .allowMissingFields(true)
              .allowExtraCharsAfterClosingQuote(true)
              .detectBomHeader(false)
              .build(handler, gate);
      fastRecords = fast.iterator();
      format =
          CSVFormat.Builder.create()
              .setDelimiter(delimiter)
              .setQuote('"')
              .setIgnoreEmptyLines(false)
              .setTrailingData(true)
              .build();
    }
  }

  /**
   * The records of delimited text.
   *
   * @param in the decoded text, after any byte-order mark
   * @param delimiter the cell delimiter (not a quote or a line break)
   */
  static CsvRows delimited(Reader in, char delimiter) {
    return new CsvRows(in, delimiter, false, 1 << 16, Gate.MAX_RECORD);
  }

  /**
   * As {@link #delimited(Reader, char)}, reading ahead {@code gateChars} at first and handing
   * FastCSV records of at most about {@code maxRecord} chars (for tests).
   */
  static CsvRows delimited(Reader in, char delimiter, int gateChars, int maxRecord) {
    return new CsvRows(in, delimiter, false, gateChars, maxRecord);
  }

  /** The records of whitespace-aligned text (see {@link WhitespaceReader}). */
  static CsvRows whitespace(Reader in) {
    return new CsvRows(new WhitespaceReader(in), '\t', true, 0, 0);
  }

  /**
   * The next record, or {@code null} at the end. The record is reused by the next call.
   *
   * @throws IOException when the text cannot be read or parsed (an unclosed quote, a decoding error
   *     of the reader)
   */
  CsvRow next() throws IOException {
    if (records == null && fastRecords != null) {
      try {
        if (fastRecords.hasNext()) {
          CsvRow r = fastRecords.next();
          last = r;
          line = r.line();
          breaks = r.line() + handler.quotedBreaks;
          return r;
        }
      } catch (UncheckedIOException e) {
        throw e.getCause();
      } catch (RuntimeException e) {
        throw unwrap(e);
      }
      if (!gate.irregular) {
        line = breaks + 1;
        return null;
      }
      // the rest, from the first record that is not regular, reads with commons-csv
      lineOffset = last == null ? 0 : breaks;
      parser = new CSVParser(gate.rest(), format);
      records = parser.iterator();
    } else if (records == null) {
      parser = new CSVParser(source, format);
      records = parser.iterator();
    }
    line = lineOffset + parser.getCurrentLineNumber() + 1;
    try {
      if (!records.hasNext()) {
        return null;
      }
      CSVRecord r = records.next();
      CsvRow row = new CsvRow();
      row.begin(line);
      for (int i = 0; i < r.size(); i++) {
        row.add(r.get(i));
      }
      breaks = lineOffset + parser.getCurrentLineNumber();
      return row;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** The 1-based line the last record read (or being read) starts on. */
  long line() {
    return line;
  }

  /**
   * The line breaks of the text up to the end of the last record returned, including the one that
   * ends it (when it is ended by one).
   */
  long breaks() {
    return breaks;
  }

  private static IOException unwrap(RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IOException io) {
        return io;
      }
    }
    return new IOException(e.getMessage(), e);
  }

  @Override
  public void close() throws IOException {
    if (parser != null) {
      parser.close();
    }
    if (fast != null) {
      fast.close();
    }
    source.close();
  }

  /** Hands FastCSV's cells to one reused {@link CsvRow}. */
  private static final class Handler extends AbstractBaseCsvCallbackHandler<CsvRow> {
    private final CsvRow row = new CsvRow();
    private long quotedBreaks; // the line breaks inside the record's quoted cells

    @Override
    protected void handleBegin(long startingLineNumber) {
      row.begin(startingLineNumber);
      quotedBreaks = 0;
    }

    @Override
    protected void handleField(int index, char[] buf, int offset, int len, boolean quoted) {
      row.add(buf, offset, len);
      if (quoted) {
        // only a quoted cell holds a line break, and only a line feed (a CR sends the record to
        // commons-csv)
        for (int k = offset; k < offset + len; k++) {
          if (buf[k] == '\n') {
            quotedBreaks++;
          }
        }
      }
    }

    @Override
    protected void handleEmpty() {
      row.add(NONE, 0, 0);
    }

    @Override
    protected CsvRow buildRecord() {
      return row;
    }
  }

  /**
   * Lets through whole regular records only: reads ahead, scans what it read, and hands out the
   * text up to the last record end before anything irregular; there it ends (FastCSV sees the end
   * of the text) and {@link #rest} gives the text from that record on.
   */
  static final class Gate extends Reader {
    /** The longest record handed to FastCSV, in chars (FastCSV's own default limit). */
    static final int MAX_RECORD = 1 << 24;

    private final Reader in;
    private final char delimiter;
    private final int maxRecord;
    private char[] buf;
    private int pos; // next char to hand out
    private int safe; // buf[pos, safe) is scanned, regular and ends at a record end
    private int lim; // buf[0, lim) has been read
    private boolean eof;
    boolean irregular;

    Gate(Reader in, char delimiter, int chars, int maxRecord) {
      this.in = in;
      this.delimiter = delimiter;
      this.maxRecord = maxRecord;
      this.buf = new char[Math.max(1, chars)];
    }

    @Override
    public int read(char[] out, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      while (pos == safe) {
        if (irregular || (eof && safe == lim)) {
          return -1;
        }
        fill();
      }
      int n = Math.min(len, safe - pos);
      System.arraycopy(buf, pos, out, off, n);
      pos += n;
      return n;
    }

    /** Reads more and moves {@link #safe} as far as the text is regular. */
    private void fill() throws IOException {
      if (pos > 0) {
        System.arraycopy(buf, pos, buf, 0, lim - pos);
        lim -= pos;
        safe -= pos;
        pos = 0;
      }
      if (lim == buf.length) {
        if (buf.length >= maxRecord) {
          // a record longer than FastCSV reads (or a quote left open far from the end): commons-csv
          // streams it as before
          irregular = true;
          return;
        }
        buf = java.util.Arrays.copyOf(buf, buf.length * 2); // one record longer than the buffer
      }
      int r = in.read(buf, lim, buf.length - lim);
      if (r < 0) {
        eof = true;
      } else {
        lim += r;
      }
      safe = scan(safe, lim);
    }

    /**
     * The end of the last whole regular record of {@code buf[from, to)}, which starts at a record's
     * start; sets {@link #irregular} when something irregular follows it.
     */
    private int scan(int from, int to) {
      char[] b = buf;
      char d = delimiter;
      int end = from;
      int i = from;
      while (true) {
        // outside quotes: the next quote or carriage return
        int j = i;
        while (j < to && b[j] != '"' && b[j] != '\r') {
          j++;
        }
        for (int k = j - 1; k >= i; k--) {
          if (b[k] == '\n') {
            end = k + 1;
            break;
          }
        }
        if (j == to) {
          break;
        }
        if (b[j] == '\r') {
          if (j + 1 < to) {
            if (b[j + 1] != '\n') {
              end = j + 1;
            }
          } else if (eof) {
            end = j + 1;
          } else {
            return end; // a CR LF may be split: wait for the next char
          }
          i = j + 1;
          continue;
        }
        char p = j == from ? '\n' : b[j - 1];
        if (p != d && p != '\n' && p != '\r') {
          irregular = true; // a quote inside an unquoted cell
          return end;
        }
        int k = j + 1;
        while (true) {
          while (k < to && b[k] != '"' && b[k] != '\r') {
            k++;
          }
          if (k == to) {
            irregular |= eof; // a quote never closed
            return end;
          }
          if (b[k] == '\r') {
            irregular = true; // a carriage return inside quotes
            return end;
          }
          if (k + 1 == to) {
            if (!eof) {
              return end; // a doubled quote may be split
            }
            i = to;
            break;
          }
          if (b[k + 1] == '"') {
            k += 2;
            continue;
          }
          char n = b[k + 1];
          if (n != d && n != '\n' && n != '\r') {
            irregular = true; // data after a closing quote
            return end;
          }
          i = k + 1;
          break;
        }
      }
      return eof ? to : end;
    }

    /** The text from the first irregular record on: what is buffered, then the rest. */
    Reader rest() {
      char[] held = java.util.Arrays.copyOfRange(buf, pos, lim);
      Reader tail = in;
      return new Reader() {
        private int at;

        @Override
        public int read(char[] out, int off, int len) throws IOException {
          if (at < held.length) {
            int n = Math.min(len, held.length - at);
            System.arraycopy(held, at, out, off, n);
            at += n;
            return n;
          }
          return tail.read(out, off, len);
        }

        @Override
        public void close() throws IOException {
          tail.close();
        }
      };
    }

    @Override
    public void close() {
      // the reader underneath is closed by its owner
    }
  }
}
