package dev.reactivator.llm.gigachat.internal.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of a 200 from the OAuth endpoint (§2.3): {@code {access_token, expires_at}} or the alternate
 * {@code {tok, exp}}.
 *
 * @param accessToken the token
 * @param expiresAt expiry, Unix milliseconds (seconds if below 10^12)
 * @param tok alternate token field
 * @param exp alternate expiry field
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TokenResponse(
    @JsonProperty("access_token") String accessToken,
    @JsonProperty("expires_at") Long expiresAt,
    @JsonProperty("tok") String tok,
    @JsonProperty("exp") Long exp) {}
