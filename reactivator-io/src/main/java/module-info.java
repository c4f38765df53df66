/**
 * Reactivator io: transaction sources (CSV with header dictionary and convention detection), found
 * by core through the {@code TransactionSourceProvider} SPI.
 *
 * @provides dev.reactivator.core.spi.TransactionSourceProvider
 */
module dev.reactivator.io {
  requires transitive dev.reactivator.core;
  requires org.apache.commons.csv;

  exports dev.reactivator.io;

  provides dev.reactivator.core.spi.TransactionSourceProvider with
      dev.reactivator.io.CsvSourceProvider;
}
