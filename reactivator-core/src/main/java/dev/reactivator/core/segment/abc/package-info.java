/** The ABC widget: customers split into classes A, B and C by their share of revenue. */
package dev.reactivator.core.segment.abc;
