/**
 * The score analytics widget: churn and return distributions, risk mix and the T2NP distribution.
 */
package dev.reactivator.core.segment.analytics;
