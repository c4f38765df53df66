package dev.reactivator.core.spi;

import java.nio.file.Path;
import java.util.List;

/**
 * Makes a kind of {@link TransactionSource} discoverable with {@link java.util.ServiceLoader}:
 * register the implementation in {@code
 * META-INF/services/dev.reactivator.core.spi.TransactionSourceProvider}. {@code
 * Reactivator.load(Path)} asks every provider whether it accepts the file and uses the first that
 * does (by {@link #priority()}, then name).
 *
 * <p>Implementations must be stateless and thread-safe: one instance found by {@link
 * java.util.ServiceLoader} may serve concurrent look-ups.
 */
public interface TransactionSourceProvider {

  /**
   * A short unique name, such as {@code csv}.
   *
   * @return the name, unique among the installed providers
   */
  String name();

  /**
   * The formats this provider reads, for error messages, such as {@code ["csv", "tsv", "txt"]}.
   *
   * @return the format names, such as {@code csv}
   */
  List<String> formats();

  /**
   * Whether this provider can read the file. May look at the name and the first bytes; must not
   * throw for unreadable or foreign files.
   *
   * @param file the file the caller wants to load
   * @return true if this provider can read it
   */
  boolean accepts(Path file);

  /**
   * Opens the file as a source. Reading happens later, in {@link TransactionSource#read}.
   *
   * @param file a file this provider {@linkplain #accepts accepts}
   * @param options the delimiter, encoding and column mapping to read it with
   * @return a source that reads the file when asked
   */
  TransactionSource open(Path file, SourceOptions options);

  /**
   * Higher wins when several providers accept a file. Default 0.
   *
   * @return the priority; 0 unless a provider overrides it
   */
  default int priority() {
    return 0;
  }
}
