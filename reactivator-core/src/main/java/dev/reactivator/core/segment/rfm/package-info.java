/** The RFM widget: recency, frequency and monetary quintiles and the segments they define. */
package dev.reactivator.core.segment.rfm;
