/**
 * The numerics behind the models: likelihoods with analytic gradients, the quasi-Newton optimiser
 * and special functions. Not part of the API.
 */
package dev.reactivator.core.model.internal;
