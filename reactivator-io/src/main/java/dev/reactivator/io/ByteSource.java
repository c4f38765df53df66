package dev.reactivator.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Opens the bytes of an input, such as an uploaded file a server keeps in memory or in temporary
 * storage. {@link CsvSource} opens a new stream for every read and closes it afterwards, so an
 * implementation must be able to open the same bytes more than once.
 *
 * <p>Implementations should be thread-safe, each opening giving an independent stream; the built-in
 * file and byte-array sources are.
 */
@FunctionalInterface
public interface ByteSource {

  /**
   * A new stream over the bytes from the start.
   *
   * @return a stream the caller closes
   * @throws IOException when the bytes cannot be read; {@link CsvSource} reports it as an {@link
   *     dev.reactivator.core.InputException}
   */
  InputStream openStream() throws IOException;

  /**
   * The number of bytes, when known, for progress reporting. Unknown by default.
   *
   * @return the size in bytes, or empty when unknown
   */
  default OptionalLong size() {
    return OptionalLong.empty();
  }

  /**
   * A source over a copy of {@code bytes}, with its size known.
   *
   * @param bytes the content; copied, so later changes to the array are not seen
   * @return a source that can be opened any number of times
   */
  static ByteSource of(byte[] bytes) {
    byte[] copy = Objects.requireNonNull(bytes, "bytes").clone();
    return new ByteSource() {
      @Override
      public InputStream openStream() {
        return new ByteArrayInputStream(copy);
      }

      @Override
      public OptionalLong size() {
        return OptionalLong.of(copy.length);
      }
    };
  }

  /**
   * A source that opens streams with {@code opener} and announces {@code size} bytes.
   *
   * @param size the number of bytes announced for progress reporting, {@code >= 0}
   * @param opener opens the streams
   * @return a source of the announced size
   * @throws IllegalArgumentException when {@code size} is negative
   */
  static ByteSource sized(long size, ByteSource opener) {
    Objects.requireNonNull(opener, "opener");
    if (size < 0) {
      throw new IllegalArgumentException("size must be >= 0, was " + size);
    }
    return new ByteSource() {
      @Override
      public InputStream openStream() throws IOException {
        return opener.openStream();
      }

      @Override
      public OptionalLong size() {
        return OptionalLong.of(size);
      }
    };
  }
}
