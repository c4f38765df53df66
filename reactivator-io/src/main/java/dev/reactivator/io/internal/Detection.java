package dev.reactivator.io.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Sniffing of the first bytes of a file: Excel workbooks, byte-order marks, the encoding and the
 * delimiter. Pure functions over a prefix of the file.
 */
public final class Detection {
  /** How many bytes of the file are examined. */
  public static final int PREFIX = 64 * 1024;

  /** windows-1251, the fallback for files that are not valid UTF-8. */
  public static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

  private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
  private static final byte[] OLE = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };

  private Detection() {}

  /**
   * The kind of Excel workbook the bytes start with: {@code xlsx} for a ZIP container (Office Open
   * XML) with an entry under {@code xl/} in the prefix, {@code xls} for an OLE compound document
   * (Excel 97–2003), empty otherwise (any other ZIP archive included, see {@link #isZip}).
   */
  public static Optional<String> excelKind(byte[] b, int n) {
    if (startsWith(b, n, ZIP)) {
      return hasWorkbookEntry(b, n) ? Optional.of("xlsx") : Optional.empty();
    }
    if (startsWith(b, n, OLE)) {
      return Optional.of("xls");
    }
    return Optional.empty();
  }

  /** Whether the bytes start like a ZIP archive (an xlsx workbook or any other). */
  public static boolean isZip(byte[] b, int n) {
    return startsWith(b, n, ZIP);
  }

  /** Whether the prefix has a ZIP local file header whose entry name starts with {@code xl/}. */
  private static boolean hasWorkbookEntry(byte[] b, int n) {
    for (int i = 0; i + 33 <= n; i++) {
      if (b[i] == ZIP[0] && b[i + 1] == ZIP[1] && b[i + 2] == ZIP[2] && b[i + 3] == ZIP[3]) {
        int nameLength = (b[i + 26] & 0xFF) | (b[i + 27] & 0xFF) << 8;
        if (nameLength >= 3 && b[i + 30] == 'x' && b[i + 31] == 'l' && b[i + 32] == '/') {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a file name ends in an Excel extension (xlsx, xlsm, xlsb, xls). */
  public static Optional<String> excelExtension(String fileName) {
    String lower = fileName.toLowerCase(java.util.Locale.ROOT);
    for (String ext : new String[] {"xlsx", "xlsm", "xlsb", "xls"}) {
      if (lower.endsWith("." + ext)) {
        return Optional.of(ext);
      }
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] b, int n, byte[] magic) {
    if (n < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (b[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  /** A detected or forced encoding and the length of the byte-order mark to skip. */
  public record Encoding(Charset charset, int bomLength) {}

  /**
   * The charset announced by a byte-order mark (UTF-8, UTF-16LE/BE), if the bytes start with one.
   */
  public static Optional<Encoding> bom(byte[] b, int n) {
    if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return Optional.of(new Encoding(StandardCharsets.UTF_8, 3));
    }
    if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return Optional.of(new Encoding(StandardCharsets.UTF_16LE, 2));
    }
    if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return Optional.of(new Encoding(StandardCharsets.UTF_16BE, 2));
    }
    return Optional.empty();
  }

  /**
   * The encoding of a file from its prefix: the byte-order mark if there is one; else UTF-8 when
   * the prefix {@linkplain #looksUtf8 looks like UTF-8} (a multi-byte sequence cut off by the end
   * of the prefix is allowed when the prefix is not the whole file); else windows-1251.
   *
   * @param wholeFile whether {@code n} bytes are the complete file
   */
  public static Encoding detect(byte[] b, int n, boolean wholeFile) {
    Optional<Encoding> bom = bom(b, n);
    if (bom.isPresent()) {
      return bom.get();
    }
    return new Encoding(looksUtf8(b, n, wholeFile) ? StandardCharsets.UTF_8 : WINDOWS_1251, 0);
  }

  /**
   * Whether the prefix reads as UTF-8: no invalid sequence, or at least ten valid multi-byte
   * sequences per invalid one (a UTF-8 file with a stray byte, not a windows-1251 file: Cyrillic
   * windows-1251 text is almost never valid multi-byte UTF-8).
   */
  static boolean looksUtf8(byte[] b, int n, boolean wholeFile) {
    int multi = 0;
    int invalid = 0;
    int end = wholeFile ? n : Math.max(0, n - 3); // a sequence cut by the prefix end is fine
    for (int i = 0; i < end; ) {
      int len = sequence(b, i, n);
      if (len < 0) {
        invalid++;
        i++;
      } else {
        multi += len > 1 ? 1 : 0;
        i += len;
      }
    }
    return invalid == 0 || multi >= 10 * invalid;
  }

  /**
   * The offset of the first byte that does not start a valid UTF-8 sequence, or -1.
   *
   * @param b the bytes
   * @param n how many of them
   * @param wholeFile whether they are the whole file
   * @return the 0-based offset, or -1 when all are valid
   */
  public static int firstInvalidUtf8(byte[] b, int n, boolean wholeFile) {
    int end = wholeFile ? n : Math.max(0, n - 3);
    for (int i = 0; i < end; ) {
      int len = sequence(b, i, n);
      if (len < 0) {
        return i;
      }
      i += len;
    }
    return -1;
  }

  /** The 1-based line of byte {@code at} (lines counted by {@code \n}); 1 for -1. */
  public static long lineOf(byte[] b, int at) {
    long line = 1;
    for (int i = 0; i < at; i++) {
      if (b[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  /** The length of the valid UTF-8 sequence at {@code i}, or -1 when it is not one. */
  private static int sequence(byte[] b, int i, int n) {
    int c = b[i] & 0xFF;
    if (c < 0x80) {
      return 1;
    }
    int len;
    int min;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
      min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      min = 0x10000;
    } else {
      return -1;
    }
    if (i + len > n) {
      return -1;
    }
    int cp = c & (0xFF >> (len + 1));
    for (int k = 1; k < len; k++) {
      int x = b[i + k] & 0xFF;
      if ((x & 0xC0) != 0x80) {
        return -1;
      }
      cp = (cp << 6) | (x & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return -1;
    }
    return len;
  }

  /** The length of a byte-order mark of {@code forced} at the start of the bytes, or 0. */
  public static int bomLength(byte[] b, int n, Charset forced) {
    return bom(b, n)
        .filter(e -> sameFamily(e.charset(), forced))
        .map(Encoding::bomLength)
        .orElse(0);
  }

  private static boolean sameFamily(Charset bom, Charset forced) {
    if (bom.equals(forced)) {
      return true;
    }
    return bom.name().startsWith("UTF-16") && forced.name().startsWith("UTF-16");
  }

  /** The delimiter that stands for runs of spaces and tabs (whitespace-aligned text). */
  public static final char WHITESPACE = ' ';

  /**
   * The delimiter of the header line: whichever of {@code ;}, tab and {@code ,} occurs most often
   * outside double quotes in the first line; ties go to {@code ;}, then tab, then {@code ,}. A line
   * without any of them but with spaces between its words gives {@link #WHITESPACE}; a line with
   * neither gives {@code ;}.
   */
  public static char delimiter(CharSequence text) {
    int semi = 0;
    int tab = 0;
    int comma = 0;
    int inner = 0; // spaces between non-space characters
    boolean quoted = false;
    boolean word = false;
    boolean gap = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        if (c == '\n' || c == '\r') {
          break;
        } else if (c == ';') {
          semi++;
        } else if (c == '\t') {
          tab++;
        } else if (c == ',') {
          comma++;
        }
      }
      if (c == ' ') {
        gap = word;
      } else if (c != '\uFEFF') {
        if (gap) {
          inner++;
          gap = false;
        }
        word = true;
      }
    }
    if (semi + tab + comma == 0 && inner > 0) {
      return WHITESPACE;
    }
    if (semi >= tab && semi >= comma) {
      return ';';
    }
    return tab >= comma ? '\t' : ',';
  }

  /**
   * A delimiter as shown in reports: {@code ;}, {@code ,}, the word {@code tab} or the word {@code
   * space} (runs of spaces and tabs).
   */
  public static String describe(char delimiter) {
    return switch (delimiter) {
      case '\t' -> "tab";
      case WHITESPACE -> "space";
      default -> String.valueOf(delimiter);
    };
  }
}
