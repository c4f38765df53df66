/**
 * The extension points: transaction sources and their providers, the row sink they stream into, the
 * read context, progress listeners and the pipeline {@code Stage}s they report.
 */
package dev.reactivator.core.spi;
