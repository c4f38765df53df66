/**
 * The façade and its stages: {@code Reactivator}, {@code LoadStage} → {@code ScoreStage} → {@code
 * SegmentStage}, the exceptions they throw and the {@code QuotaPolicy}.
 */
package dev.reactivator.core;
