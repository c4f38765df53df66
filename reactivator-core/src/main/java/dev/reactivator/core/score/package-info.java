/**
 * The score stage: {@code ScoredBase}, the scorer that turns fitted models into per-customer
 * probabilities and CLV, and the per-customer score types (risk, timing, reasons, discounts).
 */
package dev.reactivator.core.score;
