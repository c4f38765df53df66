package dev.reactivator.spark;

import dev.reactivator.core.ReactivatorException;
import dev.reactivator.core.SavedModels;
import dev.reactivator.core.data.Field;
import dev.reactivator.core.model.FittedModels;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The {@code spark-submit} entry point of the job jar:
 *
 * <pre>
 * spark-submit --class dev.reactivator.spark.ReactivatorJob reactivator-spark-job.jar \
 *   --input s3://lake/orders.parquet --output s3://lake/reactivator --as-of 2026-01-31 \
 *   [--map customer_id=client_id,amount=qty*price] [--lang ru|en] [--partitions N] \
 *   [--model models.json]
 * </pre>
 *
 * <p>{@code --model} names a saved-models file ({@code analyze --save-model}, read on the driver
 * with core's {@code SavedModels.read}): the job scores with those models and fits nothing.
 *
 * <p>Writes {@code scores/} and {@code rejects/} (Parquet) under the output, and prints the counts,
 * the fitted models and the time of each stage. A bad argument or input ends with a one-line
 * message and exit code 2, never a stack trace.
 */
public final class ReactivatorJob {
  private ReactivatorJob() {}

  /**
   * Runs the job.
   *
   * @param args the options above
   */
  public static void main(String[] args) {
    Map<String, String> a;
    try {
      a = arguments(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    SparkSession spark = SparkSession.builder().appName("reactivator").getOrCreate();
    try {
      String input = a.get("--input");
      Locale locale = Locale.forLanguageTag(a.getOrDefault("--lang", "ru"));
      SparkOptions options =
          SparkOptions.of(LocalDate.parse(a.get("--as-of")))
              .withMapping(mapping(a.getOrDefault("--map", "")))
              .withLocale(locale)
              .withFirstLine(input.toLowerCase(Locale.ROOT).endsWith(".csv") ? 2 : 1)
              .withPartitions(Integer.parseInt(a.getOrDefault("--partitions", "0")));
      if (a.containsKey("--model")) {
        options = options.withModels(SavedModels.read(Path.of(a.get("--model")), locale));
      }
      SparkRun run = SparkReactivator.run(SparkReactivator.read(spark, input), options);
      String out = a.get("--output");
      run.scores().write().mode(SaveMode.Overwrite).parquet(out + "/scores");
      run.rejects().write().mode(SaveMode.Overwrite).parquet(out + "/rejects");
      System.out.println(summary(run));
    } catch (ReactivatorException | IllegalArgumentException | DateTimeParseException e) {
      System.err.println(e.getMessage());
      spark.stop();
      System.exit(2);
    }
    spark.stop();
  }

  /** The counts, the models and the stage times, one per line. */
  static String summary(SparkRun run) {
    FittedModels m = run.models();
    return String.join(
        "\n",
        "rows read "
            + run.rowsRead()
            + " = accepted "
            + run.accepted()
            + " + refunds "
            + run.refunds()
            + " + rejected "
            + run.rejected(),
        "customers " + run.customers() + " (identity rounds " + run.identityRounds() + ")",
        "purchase model " + m.kind() + " " + m.purchases().parameters() + " " + m.quality(),
        "spend model " + m.spend().parameters(),
        "stage ms "
            + run.stageMillis().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" ")));
  }

  /**
   * The {@code --name value} pairs; {@code --input}, {@code --output}, {@code --as-of} required.
   */
  static Map<String, String> arguments(String[] args) {
    Map<String, String> a = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (!Arrays.asList(
              "--input", "--output", "--as-of", "--map", "--lang", "--partitions", "--model")
          .contains(name)) {
        throw new IllegalArgumentException("unknown option " + name + "; " + USAGE);
      }
      if (i + 1 == args.length) {
        throw new IllegalArgumentException(name + " needs a value; " + USAGE);
      }
      a.put(name, args[++i]);
    }
    for (String required : new String[] {"--input", "--output", "--as-of"}) {
      if (!a.containsKey(required)) {
        throw new IllegalArgumentException(required + " is required; " + USAGE);
      }
    }
    return a;
  }

  private static final String USAGE =
      "usage: --input PATH|TABLE --output DIR --as-of YYYY-MM-DD [--map field=Column,...]"
          + " [--lang ru|en] [--partitions N] [--model FILE]";

  /** The CLI's {@code --map}: {@code field=Column} pairs separated by commas. */
  static Map<Field, String> mapping(String text) {
    Map<Field, String> m = new EnumMap<>(Field.class);
    for (String pair : text.split(",")) {
      if (pair.isBlank()) {
        continue;
      }
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("--map: expected field=Column, was '" + pair + "'");
      }
      String name = pair.substring(0, eq).strip();
      Field field =
          Arrays.stream(Field.values())
              .filter(
                  f ->
                      f.name().equalsIgnoreCase(name)
                          || f.headers().stream().anyMatch(h -> h.equalsIgnoreCase(name)))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "--map: unknown field '"
                              + name
                              + "'; fields: "
                              + Arrays.stream(Field.values())
                                  .map(Field::englishHeader)
                                  .collect(Collectors.joining(", "))));
      m.put(field, pair.substring(eq + 1));
    }
    return m;
  }
}
