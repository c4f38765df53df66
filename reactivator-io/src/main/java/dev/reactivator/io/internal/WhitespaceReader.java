package dev.reactivator.io.internal;

import java.io.IOException;
import java.io.Reader;

/**
 * Whitespace-aligned text (such as CDNOW's purchase log) turned into tab-separated text: on every
 * line, leading and trailing runs of spaces and tabs are dropped and every inner run becomes one
 * tab. Line breaks pass unchanged, so line numbers stay those of the file. Quotes mean nothing
 * here. Not thread-safe.
 */
final class WhitespaceReader extends Reader {
  private final Reader in;
  private final char[] buf = new char[8192];
  private int pos;
  private int len;
  private boolean lineStart = true;
  private boolean pendingTab;

  WhitespaceReader(Reader in) {
    this.in = in;
  }

  @Override
  public int read(char[] out, int off, int n) throws IOException {
    int w = 0;
    while (w < n) {
      if (pos == len) {
        len = in.read(buf, 0, buf.length);
        pos = 0;
        if (len <= 0) {
          len = 0;
          break;
        }
      }
      char c = buf[pos];
      if (c == ' ' || c == '\t') {
        pendingTab = !lineStart;
        pos++;
      } else if (c == '\n' || c == '\r') {
        pendingTab = false;
        lineStart = true;
        out[off + w++] = c;
        pos++;
      } else if (pendingTab) {
        pendingTab = false;
        out[off + w++] = '\t'; // the character itself goes out on the next turn
      } else {
        lineStart = false;
        out[off + w++] = c;
        pos++;
      }
    }
    return w == 0 && n > 0 ? -1 : w;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
