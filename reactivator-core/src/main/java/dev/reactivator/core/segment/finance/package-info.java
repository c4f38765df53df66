/** The finance widgets: revenue at risk, discount harm, the LTV/CAC curve and the ROI simulator. */
package dev.reactivator.core.segment.finance;
