package dev.reactivator.spark;

import dev.reactivator.core.data.Field;
import dev.reactivator.core.model.FittedModels;
import dev.reactivator.core.score.ScoringOptions;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The options of a {@link SparkReactivator} run: the analysis date, the column mapping (as the
 * CLI's {@code --map}), the language of row messages, the line number of the first row, the number
 * of customer partitions, the scoring options and the saved models to score with instead of a fit.
 *
 * @param asOf the analysis date
 * @param mapping explicit field → column mapping, possibly empty; copied
 * @param locale the language of row problem messages
 * @param firstLine the line number of the first row: 2 for a CSV file with a header (as the library
 *     numbers a file's lines), 1 for a table
 * @param partitions the number of customer partitions, or 0 for Spark's shuffle default
 * @param scoring the scoring options
 * @param models models fitted before (the saved-models JSON read with {@code SavedModels.read}) to
 *     score with instead of fitting; empty to fit on the driver. A supervised layer in them is not
 *     applied: the job scores with the purchase and spend models and the next-purchase transitions
 */
public record SparkOptions(
    LocalDate asOf,
    Map<Field, String> mapping,
    Locale locale,
    long firstLine,
    int partitions,
    ScoringOptions scoring,
    Optional<FittedModels> models) {

  /**
   * Checks and copies the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code firstLine < 0} or {@code partitions < 0}
   */
  public SparkOptions {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(scoring, "scoring");
    Objects.requireNonNull(models, "models");
    mapping = mapping.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(mapping));
    if (firstLine < 0) {
      throw new IllegalArgumentException("firstLine must be >= 0, was " + firstLine);
    }
    if (partitions < 0) {
      throw new IllegalArgumentException("partitions must be >= 0, was " + partitions);
    }
  }

  /**
   * The defaults for a table at {@code asOf}: no mapping, Russian messages, lines from 1, Spark's
   * partitioning, default scoring, models fitted on the driver.
   *
   * @param asOf the analysis date
   * @return the options
   */
  public static SparkOptions of(LocalDate asOf) {
    return new SparkOptions(
        asOf,
        Map.of(),
        Locale.forLanguageTag("ru"),
        1,
        0,
        ScoringOptions.defaults(),
        Optional.empty());
  }

  /**
   * These options with a column mapping.
   *
   * @param m the field → column mapping
   * @return the new options
   */
  public SparkOptions withMapping(Map<Field, String> m) {
    return new SparkOptions(asOf, m, locale, firstLine, partitions, scoring, models);
  }

  /**
   * These options with another message language.
   *
   * @param l the language
   * @return the new options
   */
  public SparkOptions withLocale(Locale l) {
    return new SparkOptions(asOf, mapping, l, firstLine, partitions, scoring, models);
  }

  /**
   * These options with another first line number.
   *
   * @param line the first row's line number
   * @return the new options
   */
  public SparkOptions withFirstLine(long line) {
    return new SparkOptions(asOf, mapping, locale, line, partitions, scoring, models);
  }

  /**
   * These options with a number of customer partitions.
   *
   * @param n the partitions, or 0 for Spark's default
   * @return the new options
   */
  public SparkOptions withPartitions(int n) {
    return new SparkOptions(asOf, mapping, locale, firstLine, n, scoring, models);
  }

  /**
   * These options with other scoring options.
   *
   * @param s the scoring options
   * @return the new options
   */
  public SparkOptions withScoring(ScoringOptions s) {
    return new SparkOptions(asOf, mapping, locale, firstLine, partitions, s, models);
  }

  /**
   * These options with models fitted before: the run scores with them and fits nothing.
   *
   * @param saved the models, typically read with {@code SavedModels.read}
   * @return the new options
   */
  public SparkOptions withModels(FittedModels saved) {
    return new SparkOptions(
        asOf, mapping, locale, firstLine, partitions, scoring, Optional.of(saved));
  }
}
