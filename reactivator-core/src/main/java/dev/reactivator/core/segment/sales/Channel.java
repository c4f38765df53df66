package dev.reactivator.core.segment.sales;

import java.util.Locale;

/** A contact channel ("Рекомендуемые каналы"). */
public enum Channel {
  /** A personal call by a manager ("Личный звонок"). */
  CALL("Личный звонок", "Personal call"),
  /** A messenger message, Max ("Max"). */
  MESSENGER("Max", "Messenger (Max)"),
  /** An e-mail campaign ("Email-рассылка"). */
  EMAIL("Email-рассылка", "Email campaign");

  private final String russian;
  private final String english;

  Channel(String russian, String english) {
    this.russian = russian;
    this.english = english;
  }

  /** The channel's stable key: {@code call}, {@code messenger}, {@code email}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The label in Russian for a Russian locale, else in English. */
  public String label(Locale locale) {
    return "ru".equals(locale.getLanguage()) ? russian : english;
  }
}
