/**
 * Implementation of the narrators: contact masking and the personal-data dictionary of a base, the
 * prompt, the parsing of the model's answer, and the offline writer with its resource bundles
 * ({@code narrative.properties}, Russian, and {@code narrative_en.properties}). Not an API.
 */
package dev.reactivator.narrative.internal;
