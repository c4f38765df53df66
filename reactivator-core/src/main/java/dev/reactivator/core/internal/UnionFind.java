package dev.reactivator.core.internal;

import java.util.Arrays;

/**
 * Growable union-find (disjoint sets) over int ids with path halving and union by size. Internal.
 */
public final class UnionFind {
  private int[] parent = new int[1024];
  private int[] size = new int[1024];
  private int count;

  /** Adds a new singleton set and returns its id. */
  public int add() {
    if (count == parent.length) {
      parent = Arrays.copyOf(parent, count * 2);
      size = Arrays.copyOf(size, count * 2);
    }
    parent[count] = count;
    size[count] = 1;
    return count++;
  }

  /** The number of ids added. */
  public int count() {
    return count;
  }

  /** The representative of {@code x}'s set. */
  public int find(int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  /** Merges the sets of {@code a} and {@code b}. */
  public void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra == rb) {
      return;
    }
    if (size[ra] < size[rb]) {
      int t = ra;
      ra = rb;
      rb = t;
    }
    parent[rb] = ra;
    size[ra] += size[rb];
  }
}
