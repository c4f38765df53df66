package dev.reactivator.llm.gigachat.internal.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Error body: API {@code {status, message}} or OAuth {@code {code, message}} (§8.1).
 *
 * @param status HTTP-like status (API errors)
 * @param code error code (OAuth errors)
 * @param message the text
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ErrorBody(
    @JsonProperty("status") Integer status,
    @JsonProperty("code") Integer code,
    @JsonProperty("message") String message) {}
