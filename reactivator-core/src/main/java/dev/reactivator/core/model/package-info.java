/**
 * The purchase and spend models (BG/NBD, MBG/NBD, Gamma-Gamma), their parameters, fitting and fit
 * quality, and the CLV formula.
 */
package dev.reactivator.core.model;
