package dev.reactivator.core;

import java.util.List;

/**
 * No installed {@link dev.reactivator.core.spi.TransactionSourceProvider} accepts the input.
 *
 * <p>Its state is fixed when it is made, so it is safe to hand between threads.
 */
public final class UnsupportedFormatException extends InputException {
  private static final long serialVersionUID = 1L;

  /** The formats the installed source providers accept. */
  private final List<String> supportedFormats;

  /**
   * An exception for a file that no installed provider accepts.
   *
   * @param source the file that no provider accepted
   * @param message the reason, naming the supported formats
   * @param supportedFormats the formats the installed providers accept
   */
  public UnsupportedFormatException(String source, String message, List<String> supportedFormats) {
    super(source, message);
    this.supportedFormats = List.copyOf(supportedFormats);
  }

  /**
   * The formats the installed source providers accept, such as {@code csv}.
   *
   * @return the formats; empty when no source provider is installed
   */
  public List<String> supportedFormats() {
    return supportedFormats;
  }
}
