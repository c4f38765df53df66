/**
 * The loaded customer base: {@code CustomerBase} with its customers' purchases and profiles, and
 * {@code BaseBuilder}, which merges identities and lays the rows out in customer order.
 */
package dev.reactivator.core.base;
