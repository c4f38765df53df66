package dev.reactivator.llm.gigachat.internal.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The provider's Jackson configuration: lenient on read (new fields keep appearing). */
public final class Json {

  private Json() {}

  /**
   * A new mapper ignoring unknown properties.
   *
   * @return the mapper
   */
  public static ObjectMapper mapper() {
    return JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
  }
}
