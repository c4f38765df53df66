/** The sleeping-whales widget: the top spenders who have gone quiet. */
package dev.reactivator.core.segment.whales;
