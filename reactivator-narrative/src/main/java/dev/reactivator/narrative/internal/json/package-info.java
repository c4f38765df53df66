/**
 * A small JSON tree on Jackson's streaming parser and generator (jackson-core only): objects as
 * insertion-ordered maps, arrays as lists, numbers kept as their literal text. Read by the narrator
 * (the LLM's answer, the answer schema) and, through a qualified export, by the report module (the
 * protected page's contact split, {@code AnalysisJson.withTexts}). Not an API.
 */
package dev.reactivator.narrative.internal.json;
