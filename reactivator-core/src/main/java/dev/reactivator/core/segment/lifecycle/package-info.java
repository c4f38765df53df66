/**
 * The customer-development vocabulary of seed 004: each customer's lifecycle stage (onboarding →
 * adoption → expansion → renewal → at risk), ARPU and its growth for existing customers, the upsell
 * share of revenue and the early-warning triggers. Definitions in {@code docs/metrics.md},
 * "Lifecycle and growth".
 */
package dev.reactivator.core.segment.lifecycle;
