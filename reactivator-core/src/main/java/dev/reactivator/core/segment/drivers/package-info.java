/**
 * The retention drivers widget: LTV comparisons and independence tests of a feature against churn.
 */
package dev.reactivator.core.segment.drivers;
