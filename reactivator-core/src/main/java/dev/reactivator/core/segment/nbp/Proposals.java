package dev.reactivator.core.segment.nbp;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@link ProductProposal} per customer, stored compactly (product -1: none). Immutable once
 * filled. Package-private.
 */
final class Proposals {
  private static final ProposalRule[] RULES = ProposalRule.values();
  private final int[] product;
  private final double[] probability;
  private final byte[] rule;
  private final int[] after;
  private final int[] evidence;
  private final boolean[] owned;
  private final List<String> names;

  Proposals(int n, List<String> names) {
    product = new int[n];
    java.util.Arrays.fill(product, -1);
    probability = new double[n];
    rule = new byte[n];
    after = new int[n];
    evidence = new int[n];
    owned = new boolean[n];
    this.names = List.copyOf(names);
  }

  /** An empty store: nobody has a proposal. */
  static Proposals none(int n, List<String> names) {
    return new Proposals(n, names);
  }

  /** Customer {@code c}'s proposal; base product ids ({@code after} -1 for none). */
  void set(int c, int p, double prob, ProposalRule r, int a, int e, boolean own) {
    product[c] = p;
    probability[c] = prob;
    rule[c] = (byte) r.ordinal();
    after[c] = a;
    evidence[c] = e;
    owned[c] = own;
  }

  Optional<ProductProposal> get(int c) {
    Objects.checkIndex(c, product.length);
    int p = product[c];
    if (p < 0) {
      return Optional.empty();
    }
    return Optional.of(
        new ProductProposal(
            p,
            names.get(p),
            probability[c],
            RULES[rule[c]],
            after[c] < 0 ? Optional.empty() : Optional.of(names.get(after[c])),
            evidence[c],
            owned[c]));
  }

  int count(ProposalRule r) {
    int k = 0;
    for (int c = 0; c < product.length; c++) {
      if (product[c] >= 0 && rule[c] == r.ordinal()) {
        k++;
      }
    }
    return k;
  }
}
