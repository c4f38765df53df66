/**
 * Primitive collections and messages shared by every stage of core (string and long maps,
 * union-find, message bundles). Not part of the API.
 */
package dev.reactivator.core.internal;
