/**
 * The supervised layer's machinery: each customer's purchase history, the covariates as of a
 * cut-off, and the training, validation and application of the layer. Not part of the API.
 */
package dev.reactivator.core.model.supervised.internal;
