package dev.reactivator.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ChatParametersProperties {

  @Property
  void emptyIsANeutralElementOfOverrideWith(@ForAll("parameters") ChatParameters p) {
    assertEquals(p, p.overrideWith(ChatParameters.empty()));
    assertEquals(p, ChatParameters.empty().overrideWith(p));
  }

  @Property
  void overrideWithIsAssociative(
      @ForAll("parameters") ChatParameters a,
      @ForAll("parameters") ChatParameters b,
      @ForAll("parameters") ChatParameters c) {
    assertEquals(a.overrideWith(b).overrideWith(c), a.overrideWith(b.overrideWith(c)));
  }

  @Property
  void theOverridingSideWinsWheneverItHasAValue(
      @ForAll("parameters") ChatParameters a, @ForAll("parameters") ChatParameters b) {
    ChatParameters m = a.overrideWith(b);
    assertEquals(b.temperature().or(a::temperature), m.temperature());
    assertEquals(b.modelName().or(a::modelName), m.modelName());
    assertEquals(b.maxTokens().or(a::maxTokens), m.maxTokens());
    b.providerOptions().forEach((k, v) -> assertEquals(v, m.providerOptions().get(k)));
  }

  @Provide
  Arbitrary<ChatParameters> parameters() {
    Arbitrary<String> model = Arbitraries.of("A", "B", "");
    Arbitrary<Double> temp = Arbitraries.of(0.0, 0.1, 0.7, 1.5);
    Arbitrary<Integer> max = Arbitraries.of(0, 1, 100);
    Arbitrary<String> stop = Arbitraries.of("", "END", "STOP");
    Arbitrary<String> optKey = Arbitraries.of("", "x", "y");
    Arbitrary<String> optVal = Arbitraries.of("1", "2");
    return Combinators.combine(model, temp, max, stop, optKey, optVal)
        .as(
            (m, t, n, s, k, v) -> {
              ChatParameters.Builder b = ChatParameters.builder();
              if (!m.isEmpty()) {
                b.modelName(m);
              }
              if (t > 0) {
                b.temperature(t);
              }
              if (n > 0) {
                b.maxTokens(n);
              }
              if (!s.isEmpty()) {
                b.stopSequences(List.of(s));
              }
              if (!k.isEmpty()) {
                b.providerOption(k, v);
              }
              return b.build();
            });
  }
}
