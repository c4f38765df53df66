package dev.reactivator.core.segment.widget;

import dev.reactivator.core.data.Field;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a widget (or a part of one) is absent: its optional input column is missing. Absent widgets
 * are never zero-filled.
 *
 * <p>Immutable and thread-safe.
 *
 * @param widget the stable key of the absent widget or part ({@code discount-harm}, {@code
 *     radar-axis:complaints} …)
 * @param missing the input field whose absence switched it off, when one field did
 * @param reason an English sentence for logs and reports
 */
public record Absence(String widget, Optional<Field> missing, String reason) {
  /**
   * Checks the components.
   *
   * @param widget the stable key of the absent widget or part ({@code discount-harm}, {@code
   *     radar-axis:complaints} …)
   * @param missing the input field whose absence switched it off, when one field did
   * @param reason an English sentence for logs and reports
   */
  public Absence {
    Objects.requireNonNull(widget, "widget");
    Objects.requireNonNull(missing, "missing");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * The absence of a widget (or part) because the input lacked a column, with a message naming it.
   *
   * @param widget the stable key of the absent widget or part, such as {@code cohorts}
   * @param missing the input column the source did not have
   * @return the absence, whose reason names the missing column
   */
  public static Absence of(String widget, Field missing) {
    return new Absence(
        widget,
        Optional.of(missing),
        "needs the input column " + missing + ", which the source did not have");
  }
}
