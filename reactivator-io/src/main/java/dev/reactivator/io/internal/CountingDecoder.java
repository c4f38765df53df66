package dev.reactivator.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes a byte stream like {@link java.io.InputStreamReader}, but never replaces a byte silently:
 * a strict decoder (for a detected encoding) stops at the first byte sequence the charset cannot
 * decode with {@link Undecodable}, naming its line and byte; a lenient one (for an encoding the
 * user forced) counts every such sequence (each becomes U+FFFD) and remembers the line of the
 * first. Not thread-safe.
 */
final class CountingDecoder extends Reader {
  private final InputStream in;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
  private final CharBuffer chars = CharBuffer.allocate(64 * 1024);
  private boolean eof;
  private boolean flushed;
  private long invalid;
  private long newlines;
  private long firstInvalidLine = -1;
  private boolean pendingReplacement;
  private final boolean strict;
  private final Charset charset;
  private long bufferStart; // the file offset of bytes.array()[0]

  /** The first byte sequence a strict decoder could not decode: where it is and what it is. */
  static final class Undecodable extends IOException {
    private static final long serialVersionUID = 1L;
    final long line;
    final long offset;
    final int value;
    final transient Charset charset;

    Undecodable(long line, long offset, int value, Charset charset) {
      super("byte 0x" + String.format("%02X", value) + " at line " + line + " is not " + charset);
      this.line = line;
      this.offset = offset;
      this.value = value;
      this.charset = charset;
    }
  }

  /**
   * A decoder of {@code in}, whose first byte is byte {@code startOffset} (0-based) of the file.
   *
   * @param strict whether an undecodable byte ends the read ({@link Undecodable}) instead of being
   *     replaced and counted
   */
  CountingDecoder(InputStream in, Charset charset, long startOffset, boolean strict) {
    this.in = in;
    this.strict = strict;
    this.charset = charset;
    this.bufferStart = startOffset;
    this.decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    bytes.flip();
    chars.flip();
  }

  /** The number of byte sequences replaced so far. */
  long invalid() {
    return invalid;
  }

  /** The 1-based line of the first replaced sequence, or -1. */
  long firstInvalidLine() {
    return firstInvalidLine;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (!fill()) {
        return -1;
      }
    }
    int n = Math.min(len, chars.remaining());
    chars.get(cbuf, off, n);
    // lines are counted only to place the first replacement; after it, nothing needs them
    if (firstInvalidLine < 0) {
      for (int i = off; i < off + n; i++) {
        if (cbuf[i] == '\n') {
          newlines++;
        }
      }
    }
    return n;
  }

  /** Decodes more characters into {@link #chars}; false at the end of the input. */
  private boolean fill() throws IOException {
    if (flushed) {
      return false;
    }
    chars.clear();
    if (pendingReplacement) {
      chars.put('\uFFFD');
      pendingReplacement = false;
    }
    try {
      while (chars.position() == 0) {
        if (!eof && bytes.remaining() < 16) {
          bufferStart += bytes.position();
          bytes.compact();
          int r = in.read(bytes.array(), bytes.position(), bytes.remaining());
          if (r < 0) {
            eof = true;
          } else {
            bytes.position(bytes.position() + r);
          }
          bytes.flip();
        }
        CoderResult res = decoder.decode(bytes, chars, eof);
        if (res.isError()) {
          if (strict) {
            throw undecodable();
          }
          bytes.position(bytes.position() + res.length());
          replaced();
          continue;
        }
        if (res.isOverflow()) {
          break;
        }
        if (eof && !bytes.hasRemaining()) {
          CoderResult f = decoder.flush(chars);
          if (f.isError()) {
            if (strict) {
              throw undecodable();
            }
            replaced();
          }
          flushed = true;
          break;
        }
      }
    } finally {
      chars.flip();
    }
    return chars.hasRemaining() || !flushed;
  }

  private Undecodable undecodable() {
    long offset = bufferStart + bytes.position();
    int value = bytes.hasRemaining() ? bytes.get(bytes.position()) & 0xFF : 0;
    return new Undecodable(newlines + pendingNewlines() + 1, offset, value, charset);
  }

  /** Line breaks decoded into the buffer but not yet handed out. */
  private long pendingNewlines() {
    long pending = 0;
    for (int i = 0; i < chars.position(); i++) {
      if (chars.get(i) == '\n') {
        pending++;
      }
    }
    return pending;
  }

  private void replaced() {
    if (chars.hasRemaining()) {
      chars.put('\uFFFD');
    } else {
      pendingReplacement = true;
    }
    invalid++;
    if (firstInvalidLine < 0) {
      // lines handed out so far plus the ones still in the buffer before this point
      firstInvalidLine = newlines + pendingNewlines() + 1;
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
