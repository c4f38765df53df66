package dev.reactivator.core.segment.sales;

import java.util.Locale;

/**
 * A contact channel ("Рекомендуемые каналы"). A call, a messenger message or an SMS needs a phone,
 * an e-mail needs an address; a customer with neither gets {@link #NO_CONTACT}.
 *
 * <p>Immutable and thread-safe.
 */
public enum Channel {
  /** A personal call by a manager ("Личный звонок"); needs a phone. */
  CALL,
  /** A messenger message, Max ("Max"); needs a phone. */
  MESSENGER,
  /** An e-mail campaign ("Email-рассылка"); needs an e-mail address. */
  EMAIL,
  /**
   * A text message ("SMS"); needs a phone. One segment holds 160 GSM-7 characters or 70 UCS-2 ones
   * (any Cyrillic letter makes the message UCS-2), so its templates are short.
   */
  SMS,
  /** No phone and no e-mail: the contact has to be enriched in the CRM first. */
  NO_CONTACT;

  /**
   * The channel's stable key: {@code call}, {@code messenger}, {@code email}, {@code sms}, {@code
   * no-contact}.
   *
   * @return the channel's stable key: {@code call}, {@code messenger}, {@code email}, {@code sms},
   *     {@code no-contact}
   */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Whether a customer with these contacts can be reached through this channel ({@link #NO_CONTACT}
   * never is).
   *
   * @param phone whether the customer has a phone
   * @param email whether the customer has an e-mail address
   * @return whether the channel's contact exists
   */
  public boolean reachable(boolean phone, boolean email) {
    return switch (this) {
      case CALL, MESSENGER, SMS -> phone;
      case EMAIL -> email;
      case NO_CONTACT -> false;
    };
  }
}
