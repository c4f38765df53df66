/** The overview widget: the headline figures of the base and its risk groups. */
package dev.reactivator.core.segment.overview;
