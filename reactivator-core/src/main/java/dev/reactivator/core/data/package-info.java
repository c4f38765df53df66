/**
 * The input contract: the fields a source may supply, one source row, purchases, contacts and the
 * ingestion report with its row problems.
 */
package dev.reactivator.core.data;
