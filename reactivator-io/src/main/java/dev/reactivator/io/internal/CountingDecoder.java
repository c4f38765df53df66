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
 * Decodes a byte stream like {@link java.io.InputStreamReader}, but counts every byte sequence the
 * charset cannot decode (each becomes U+FFFD) and remembers the line of the first, so that no
 * replacement goes unreported. Not thread-safe.
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

  CountingDecoder(InputStream in, Charset charset) {
    this.in = in;
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

  private void replaced() {
    if (chars.hasRemaining()) {
      chars.put('\uFFFD');
    } else {
      pendingReplacement = true;
    }
    invalid++;
    if (firstInvalidLine < 0) {
      // lines handed out so far plus the ones still in the buffer before this point
      long pending = 0;
      for (int i = 0; i < chars.position(); i++) {
        if (chars.get(i) == '\n') {
          pending++;
        }
      }
      firstInvalidLine = newlines + pending + 1;
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
