package dev.reactivator.llm;

import java.util.Objects;

/**
 * One message of a chat conversation: who said it and what was said.
 *
 * <p>Immutable and thread-safe.
 *
 * @param role the author of the message
 * @param content the text of the message (may be empty, never {@code null})
 */
public record ChatMessage(Role role, String content) {

  /** The author of a chat message. */
  public enum Role {
    /** Instructions for the model; at most one per request and only as the first message. */
    SYSTEM,
    /** A message written by the user (the caller). */
    USER,
    /** A message previously produced by the model, replayed as conversation history. */
    ASSISTANT
  }

  /**
   * Creates a message.
   *
   * @param role the author of the message
   * @param content the text of the message
   */
  public ChatMessage {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(content, "content");
  }

  /**
   * A system (instruction) message.
   *
   * @param content the instructions
   * @return the message
   */
  public static ChatMessage system(String content) {
    return new ChatMessage(Role.SYSTEM, content);
  }

  /**
   * A user message.
   *
   * @param content the text
   * @return the message
   */
  public static ChatMessage user(String content) {
    return new ChatMessage(Role.USER, content);
  }

  /**
   * An assistant message (conversation history).
   *
   * @param content the text the model produced earlier
   * @return the message
   */
  public static ChatMessage assistant(String content) {
    return new ChatMessage(Role.ASSISTANT, content);
  }

  /** Shows the role and the length of the content only: contents may be sensitive. */
  @Override
  public String toString() {
    return "ChatMessage[" + role + ", " + content.length() + " chars]";
  }
}
