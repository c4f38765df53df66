package dev.reactivator.core.segment.sales;

import java.util.Locale;

/**
 * A contact channel ("Рекомендуемые каналы").
 *
 * <p>Immutable and thread-safe.
 */
public enum Channel {
  /** A personal call by a manager ("Личный звонок"). */
  CALL,
  /** A messenger message, Max ("Max"). */
  MESSENGER,
  /** An e-mail campaign ("Email-рассылка"). */
  EMAIL;

  /**
   * The channel's stable key: {@code call}, {@code messenger}, {@code email}.
   *
   * @return the channel's stable key: {@code call}, {@code messenger}, {@code email}
   */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
