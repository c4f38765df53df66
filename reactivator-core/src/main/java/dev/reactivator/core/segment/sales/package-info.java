/** The sales plan widget: the call list, its channels and priorities, and the rules behind them. */
package dev.reactivator.core.segment.sales;
