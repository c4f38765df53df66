package dev.reactivator.core.spi;

import java.nio.file.Path;
import java.util.List;

/**
 * Makes a kind of {@link TransactionSource} discoverable with {@link java.util.ServiceLoader}:
 * register the implementation in
 * {@code META-INF/services/dev.reactivator.core.spi.TransactionSourceProvider}.
 * {@code Reactivator.load(Path)} asks every provider whether it accepts the
 * file and uses the first that does (by {@link #priority()}, then name).
 */
public interface TransactionSourceProvider {

  /** A short unique name, such as {@code csv}. */
  String name();

  /** The formats this provider reads, for error messages, such as {@code ["csv", "tsv", "txt"]}. */
  List<String> formats();

  /**
   * Whether this provider can read the file. May look at the name and the first bytes; must not
   * throw for unreadable or foreign files.
   */
  boolean accepts(Path file);

  /** Opens the file as a source. Reading happens later, in {@link TransactionSource#read}. */
  TransactionSource open(Path file, SourceOptions options);

  /** Higher wins when several providers accept a file. Default 0. */
  default int priority() {
    return 0;
  }
}
