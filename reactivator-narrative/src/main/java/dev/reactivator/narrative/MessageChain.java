package dev.reactivator.narrative;

import dev.reactivator.core.segment.sales.Channel;
import dev.reactivator.core.segment.sales.Tone;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two-touch message chain for one group of customers that share a segment, a tone and a
 * channel. The texts are templates with placeholders such as {@code {name}} and {@code {product}};
 * whoever writes them (an LLM or the offline narrator) never sees a real name, and {@link
 * #merge(String, Map)} fills them in locally.
 *
 * <p>Immutable and thread-safe.
 *
 * @param segment the customers' segment key (the seed's four RFM segments, {@code
 *     SeedRfmSegment#key()})
 * @param tone the tone of both touches
 * @param channel the channel of the first touch
 * @param secondChannel the channel of the second touch
 * @param firstTouch the first message template
 * @param secondTouch the second (follow-up) message template
 */
public record MessageChain(
    String segment,
    Tone tone,
    Channel channel,
    Channel secondChannel,
    String firstTouch,
    String secondTouch) {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z_]+)}");

  /**
   * Checks the components.
   *
   * @param segment the customers' segment key (the seed's four RFM segments, {@code
   *     SeedRfmSegment#key()})
   * @param tone the tone of both touches
   * @param channel the channel of the first touch
   * @param secondChannel the channel of the second touch
   * @param firstTouch the first message template
   * @param secondTouch the second (follow-up) message template
   */
  public MessageChain {
    Objects.requireNonNull(segment, "segment");
    Objects.requireNonNull(tone, "tone");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(secondChannel, "secondChannel");
    Objects.requireNonNull(firstTouch, "firstTouch");
    Objects.requireNonNull(secondTouch, "secondTouch");
  }

  /**
   * The stable key of the group: {@code segment/tone/channel}.
   *
   * @return the stable key of the group: {@code segment/tone/channel}
   */
  public String key() {
    return segment + "/" + tone.key() + "/" + channel.key();
  }

  /**
   * Replaces every {@code {placeholder}} of {@code template} whose name is a key of {@code values};
   * unknown placeholders are left as they are, so a missing value is visible, not silently dropped.
   *
   * @param template the text with {@code {name}} placeholders
   * @param values the replacement of each placeholder name
   * @return the template with the known placeholders replaced
   */
  public static String merge(String template, Map<String, String> values) {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(values, "values");
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder(template.length() + 32);
    while (m.find()) {
      String value = values.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
