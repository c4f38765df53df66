package dev.reactivator.narrative.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The small JSON tree against jackson-databind's reader as the reference: any tree written and read
 * back is the same tree, and it reads any text as databind does.
 */
class JsonTreeTest {
  private static final ObjectMapper REFERENCE = new ObjectMapper();

  @Property(tries = 300)
  void aTreeWrittenAndReadBackIsTheSameTree(@ForAll("trees") Object tree) throws Exception {
    assertEquals(tree, JsonTree.parse(JsonTree.toJson(tree, false)));
    assertEquals(tree, JsonTree.parse(JsonTree.toJson(tree, true)));
  }

  @Property(tries = 300)
  void readsEveryTextAsDatabindDoes(@ForAll("trees") Object tree) throws Exception {
    String text = JsonTree.toJson(tree, true);
    assertEquals(
        REFERENCE.readTree(text), REFERENCE.readTree(JsonTree.toJson(JsonTree.parse(text), false)));
  }

  @Test
  void keepsNumbersAsWrittenTheLastOfARepeatedKeyAndOnlyTheFirstValue() throws Exception {
    Object tree =
        JsonTree.parse("{\"a\": 1.50, \"b\": [true, null, \"x\"], \"a\": 2e3} {\"c\": 1}");
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("b", new ArrayList<>(List.of(Boolean.TRUE, JsonTree.NULL, "x")));
    expected.put("a", new JsonTree.Num("2e3"));
    assertEquals(expected, tree);
    assertEquals("{\"b\":[true,null,\"x\"],\"a\":2e3}", JsonTree.toJson(tree, false));
    assertEquals(2000, ((JsonTree.Num) JsonTree.get(tree, "a")).intValue());
    assertEquals("x", JsonTree.text(JsonTree.elements(JsonTree.get(tree, "b")).get(2), "-"));
    assertEquals("-", JsonTree.text(JsonTree.get(tree, "missing"), "-"));
    assertEquals("-", JsonTree.text(JsonTree.NULL, "-"));
    assertEquals("", JsonTree.text(JsonTree.get(tree, "b"), "-"));
  }

  @Test
  void textThatIsNotJsonIsAJsonProcessingException() {
    assertThrows(JsonProcessingException.class, () -> JsonTree.parse("{\"a\": }"));
    assertThrows(JsonProcessingException.class, () -> JsonTree.parse("{\"a\": 1"));
    assertThrows(JsonProcessingException.class, () -> JsonTree.parse(""));
  }

  @Provide
  Arbitrary<Object> trees() {
    return value(3);
  }

  private static Arbitrary<Object> value(int depth) {
    Arbitrary<Object> leaf =
        Arbitraries.oneOf(
            Arbitraries.strings()
                .withCharRange(' ', '~')
                .withChars('ё', 'Я', '"', '\\', '\n', '\t', '\u2028', '<')
                .ofMaxLength(12)
                .map(s -> (Object) s),
            Arbitraries.longs().map(l -> (Object) new JsonTree.Num(Long.toString(l))),
            Arbitraries.doubles()
                .filter(Double::isFinite)
                .map(d -> (Object) new JsonTree.Num(Double.toString(d))),
            Arbitraries.of(Boolean.TRUE, Boolean.FALSE, JsonTree.NULL));
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<Object> child = Arbitraries.lazy(() -> value(depth - 1));
    Arbitrary<Object> list = child.list().ofMaxSize(4).map(l -> (Object) new ArrayList<>(l));
    Arbitrary<Object> map =
        Arbitraries.maps(Arbitraries.strings().withCharRange('a', 'z').ofMaxLength(5), child)
            .ofMaxSize(4)
            .map(m -> (Object) new LinkedHashMap<>(m));
    return Arbitraries.frequencyOf(Tuple.of(3, leaf), Tuple.of(1, list), Tuple.of(1, map));
  }
}
