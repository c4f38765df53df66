/** The cohort widgets: retention by first month or first product, and the retention funnel. */
package dev.reactivator.core.segment.cohort;
