package dev.reactivator.core.spi;

/**
 * The stages of an analysis, in the order they run, as reported to a {@link ProgressListener}.
 *
 * <p>Immutable and thread-safe.
 */
public enum Stage {
  /** Reading and validating the input rows. */
  READING,
  /** Merging rows into unique customers. */
  MERGING,
  /** Fitting the models and scoring every customer. */
  SCORING,
  /** Computing segments and insights. */
  SEGMENTING,
  /** Writing reports. */
  REPORTING
}
