package dev.reactivator.llm.gigachat.internal.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Wire message ({@code role}, {@code content}); other fields of the v1 contract are ignored on
 * read.
 *
 * @param role {@code system}, {@code user}, {@code assistant}, …
 * @param content the text (may be {@code null} on the wire)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Message(@JsonProperty("role") String role, @JsonProperty("content") String content) {}
