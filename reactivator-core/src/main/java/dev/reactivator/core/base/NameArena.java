package dev.reactivator.core.base;

import java.util.Arrays;

/**
 * The customer names of a load, appended without a hash table: each stored name is its length and
 * its characters, one to three bytes each (UTF-8's layout applied to each UTF-16 unit, so any
 * {@code String} round-trips), in blocks of {@value #BLOCK} bytes; a name is known by its offset.
 * Names are not interned: the caller stores a name again only when it differs from the last one
 * stored for the same identity key, so equal offsets mean equal names but equal names may have
 * different offsets ({@link #same}). Cyrillic takes two bytes a character, as in a {@code char}
 * arena, but without the 20–40 bytes a name of a hash table's slot and entry. Not thread-safe while
 * appending; read-only afterwards.
 */
final class NameArena {
  private static final int SHIFT = 18;

  /** The bytes of one block (256 KB, under half a G1 region of a 1 GB heap). */
  static final int BLOCK = 1 << SHIFT;

  private static final int MASK = BLOCK - 1;
  private static final int FIRST_BLOCK = 256;

  private byte[][] blocks = new byte[16][];
  private int block = -1; // the block being filled
  private int used; // bytes used in it

  /** Appends {@code name} (non-empty) and returns its offset. */
  int add(String name) {
    int n = name.length();
    int bytes = 0;
    for (int j = 0; j < n; j++) {
      char c = name.charAt(j);
      bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }
    int header = bytes < 0x80 ? 1 : 4;
    int need = header + bytes;
    byte[] b = room(need);
    int off = used;
    int p = off;
    if (header == 1) {
      b[p++] = (byte) bytes;
    } else {
      b[p++] = (byte) (0x80 | (bytes >>> 24));
      b[p++] = (byte) (bytes >>> 16);
      b[p++] = (byte) (bytes >>> 8);
      b[p++] = (byte) bytes;
    }
    for (int j = 0; j < n; j++) {
      char c = name.charAt(j);
      if (c < 0x80) {
        b[p++] = (byte) c;
      } else if (c < 0x800) {
        b[p++] = (byte) (0xC0 | (c >>> 6));
        b[p++] = (byte) (0x80 | (c & 0x3F));
      } else {
        b[p++] = (byte) (0xE0 | (c >>> 12));
        b[p++] = (byte) (0x80 | ((c >>> 6) & 0x3F));
        b[p++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    used = p;
    return (block << SHIFT) | off;
  }

  /** Whether the name at {@code offset} is {@code name}. */
  boolean matches(int offset, String name) {
    byte[] b = blocks[offset >>> SHIFT];
    int p = offset & MASK;
    int len = length(b, p);
    p += len < 0x80 ? 1 : 4;
    int end = p + len;
    int n = name.length();
    for (int j = 0; j < n; j++) {
      if (p >= end) {
        return false;
      }
      char c = name.charAt(j);
      if (c < 0x80) {
        if (b[p++] != (byte) c) {
          return false;
        }
      } else if (c < 0x800) {
        if (p + 2 > end
            || b[p++] != (byte) (0xC0 | (c >>> 6))
            || b[p++] != (byte) (0x80 | (c & 0x3F))) {
          return false;
        }
      } else if (p + 3 > end
          || b[p++] != (byte) (0xE0 | (c >>> 12))
          || b[p++] != (byte) (0x80 | ((c >>> 6) & 0x3F))
          || b[p++] != (byte) (0x80 | (c & 0x3F))) {
        return false;
      }
    }
    return p == end;
  }

  /** Whether the names at offsets {@code a} and {@code b} are equal. */
  boolean same(int a, int b) {
    if (a == b) {
      return true;
    }
    byte[] x = blocks[a >>> SHIFT];
    byte[] y = blocks[b >>> SHIFT];
    int pa = a & MASK;
    int pb = b & MASK;
    int la = length(x, pa);
    int lb = length(y, pb);
    if (la != lb) {
      return false;
    }
    pa += la < 0x80 ? 1 : 4;
    pb += lb < 0x80 ? 1 : 4;
    return Arrays.equals(x, pa, pa + la, y, pb, pb + lb);
  }

  /** The name at {@code offset}. */
  String name(int offset) {
    byte[] b = blocks[offset >>> SHIFT];
    int p = offset & MASK;
    int len = length(b, p);
    p += len < 0x80 ? 1 : 4;
    int end = p + len;
    char[] out = new char[len];
    int n = 0;
    while (p < end) {
      int x = b[p++] & 0xFF;
      if (x < 0x80) {
        out[n++] = (char) x;
      } else if (x < 0xE0) {
        out[n++] = (char) (((x & 0x1F) << 6) | (b[p++] & 0x3F));
      } else {
        int y = b[p++] & 0x3F;
        out[n++] = (char) (((x & 0x0F) << 12) | (y << 6) | (b[p++] & 0x3F));
      }
    }
    return new String(out, 0, n);
  }

  private static int length(byte[] b, int p) {
    int first = b[p] & 0xFF;
    if (first < 0x80) {
      return first;
    }
    return ((first & 0x7F) << 24)
        | ((b[p + 1] & 0xFF) << 16)
        | ((b[p + 2] & 0xFF) << 8)
        | (b[p + 3] & 0xFF);
  }

  /** The block to write {@code need} bytes into at {@link #used}, a new one when full. */
  private byte[] room(int need) {
    if (block >= 0) {
      byte[] b = blocks[block];
      if (used + need <= b.length) {
        return b;
      }
      if (block == 0 && b.length < BLOCK && used + need <= BLOCK) {
        // the first block starts small and grows, so that a tiny load stays tiny
        blocks[0] = Arrays.copyOf(b, Math.min(BLOCK, Math.max(used + need, b.length * 2)));
        return blocks[0];
      }
    }
    block++;
    if (block == blocks.length) {
      blocks = Arrays.copyOf(blocks, block * 2);
    }
    if ((long) block << SHIFT > Integer.MAX_VALUE) {
      throw new IllegalStateException("more than 2^31 bytes of customer names");
    }
    // a name longer than a block has a block of its own
    blocks[block] = new byte[block == 0 ? Math.max(FIRST_BLOCK, need) : Math.max(BLOCK, need)];
    used = 0;
    return blocks[block];
  }
}
