/**
 * Reactivator io: transaction sources (CSV with header dictionary and convention detection, found
 * by core through the {@code TransactionSourceProvider} SPI; JDBC, created directly).
 *
 * @provides dev.reactivator.core.spi.TransactionSourceProvider
 */
module dev.reactivator.io {
  requires transitive dev.reactivator.core;
  requires org.apache.commons.csv;
  requires de.siegmar.fastcsv;
  requires transitive java.sql;

  exports dev.reactivator.io;
  exports dev.reactivator.io.jdbc;

  provides dev.reactivator.core.spi.TransactionSourceProvider with
      dev.reactivator.io.CsvSourceProvider;
}
