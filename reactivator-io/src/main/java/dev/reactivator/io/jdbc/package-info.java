/**
 * The JDBC source: purchases read with a SQL query (or from a table) through any JDBC driver,
 * streamed with a fetch size and validated like a CSV row.
 */
package dev.reactivator.io.jdbc;
