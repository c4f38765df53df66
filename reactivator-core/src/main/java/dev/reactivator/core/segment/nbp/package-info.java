/**
 * The next-best-product widget: baskets, association rules, product transitions, recommendations
 * and their hold-out evaluation.
 */
package dev.reactivator.core.segment.nbp;
