package dev.reactivator.spark;

import org.apache.spark.sql.SparkSession;

/** The one local[2] session of a test JVM. */
public final class LocalSpark {
  private static SparkSession session;

  private LocalSpark() {}

  /** The shared session, created on first use. */
  public static synchronized SparkSession get() {
    if (session == null) {
      session =
          SparkSession.builder()
              .master("local[2]")
              .appName("reactivator-test")
              .config("spark.ui.enabled", "false")
              .config("spark.sql.shuffle.partitions", "4")
              .config("spark.default.parallelism", "4")
              .config("spark.sql.session.timeZone", "UTC")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.sql.debug.maxToStringFields", "200")
              .getOrCreate();
      session.sparkContext().setLogLevel("WARN");
    }
    return session;
  }
}
