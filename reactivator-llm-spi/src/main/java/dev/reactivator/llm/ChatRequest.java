package dev.reactivator.llm;

import java.util.List;
import java.util.Objects;

/**
 * One chat call: the conversation and the generation parameters.
 *
 * <p>Validated on creation: at least one message; at most one {@link ChatMessage.Role#SYSTEM}
 * message and, if present, it is the first; at least one {@link ChatMessage.Role#USER} message
 * (these are the rules GigaChat enforces with a 422, checked here so no provider is called with a
 * request it must reject).
 *
 * <p>Immutable and thread-safe.
 *
 * @param messages the conversation in order
 * @param parameters the generation parameters
 */
public record ChatRequest(List<ChatMessage> messages, ChatParameters parameters) {

  /**
   * Creates a validated request.
   *
   * @param messages the conversation
   * @param parameters the parameters
   * @throws IllegalArgumentException if the conversation breaks a rule above
   */
  public ChatRequest {
    messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
    Objects.requireNonNull(parameters, "parameters");
    if (messages.isEmpty()) {
      throw new IllegalArgumentException("messages must not be empty");
    }
    boolean hasUser = false;
    for (int i = 0; i < messages.size(); i++) {
      ChatMessage.Role role = messages.get(i).role();
      if (role == ChatMessage.Role.SYSTEM && i != 0) {
        throw new IllegalArgumentException(
            "a system message is allowed only as the first message, found one at index " + i);
      }
      hasUser |= role == ChatMessage.Role.USER;
    }
    if (!hasUser) {
      throw new IllegalArgumentException("messages must contain at least one user message");
    }
  }

  /**
   * A request with default parameters.
   *
   * @param messages the conversation
   * @return the request
   */
  public static ChatRequest of(List<ChatMessage> messages) {
    return new ChatRequest(messages, ChatParameters.empty());
  }

  /**
   * A request made of a system instruction and one user message, with default parameters.
   *
   * @param system the instructions
   * @param user the user message
   * @return the request
   */
  public static ChatRequest of(String system, String user) {
    return of(List.of(ChatMessage.system(system), ChatMessage.user(user)));
  }

  /**
   * This conversation with other parameters.
   *
   * @param newParameters the parameters
   * @return a new request
   */
  public ChatRequest withParameters(ChatParameters newParameters) {
    return new ChatRequest(messages, newParameters);
  }
}
