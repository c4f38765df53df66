/**
 * The per-customer feature table ({@code CustomerFeatures}) computed once from a base, and the
 * model's sufficient-statistics view of it ({@code CustomerSummary}).
 */
package dev.reactivator.core.features;
