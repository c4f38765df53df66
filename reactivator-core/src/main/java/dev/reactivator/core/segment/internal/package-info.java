/**
 * Column holders and helpers shared by the widget calculators of one dashboard (score columns,
 * revenue model). Not part of the API.
 */
package dev.reactivator.core.segment.internal;
