/**
 * The vocabulary shared by every widget family: customer groups, immutable index lists and the way
 * a widget says it is absent.
 */
package dev.reactivator.core.segment.widget;
