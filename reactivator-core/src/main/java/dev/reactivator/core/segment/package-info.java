/**
 * The segment stage's aggregate: {@code Analysis} (every widget of one dashboard), its {@code
 * SegmentOptions}, and {@code CustomerInsights} for the widgets that need no scores.
 */
package dev.reactivator.core.segment;
