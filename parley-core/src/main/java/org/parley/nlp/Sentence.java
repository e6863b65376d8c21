// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.nlp;

import java.util.AbstractList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.parley.article.Span;
import org.parley.article.TraceStep;

/**
 * A sentence with its tokens and, once parsed, its dependency arcs.
 *
 * <p>Every stage walks the parse many times per event ("is this word under that clause?"), so the tree is
 * indexed once, on first use: each token's head arc and children, and a pre-order numbering in which a
 * subtree is one interval. {@link #headArc}, {@link #children} and {@link #root} then cost O(1), and
 * {@link #subtree} gives a list whose {@code contains} and {@code size} cost O(1) and whose tokens are
 * listed only when asked for. A walk from a word up to the root asking at each step "is the trigger under
 * here?" thus costs the depth of the word, not the square of the sentence: a 2,000-word sentence parsed as
 * one long chain used to take minutes. A malformed parse (a cycle, a word with two heads) falls back to a
 * plain reachability walk, still linear in what it returns.
 */
public final class Sentence {
  private final int index;
  private final Span span;
  private final List<Token> tokens;
  private final List<Dependency> dependencies;
  /** The repairs made to the parser's arcs, for {@code parley explain}; no part of what the sentence is. */
  private final List<TraceStep> repairs;
  /** Built on first use; immutable, so a race only builds it twice. */
  private Tree tree;

  /**
   * @param index        position in the article, from 0
   * @param span         offsets into the article text
   * @param tokens       tokens in order
   * @param dependencies arcs, empty before parsing; each token has at most one head
   */
  public Sentence(int index, Span span, List<Token> tokens, List<Dependency> dependencies) {
    this(index, span, tokens, dependencies, List.of());
  }

  private Sentence(int index, Span span, List<Token> tokens, List<Dependency> dependencies, List<TraceStep> repairs) {
    this.index = index;
    this.span = Objects.requireNonNull(span, "span");
    this.tokens = List.copyOf(tokens);
    this.dependencies = List.copyOf(dependencies);
    this.repairs = List.copyOf(repairs);
  }

  /** This sentence with the arcs a repair rule made of the parser's, and the rule's step added to its repairs. */
  public Sentence withRepairedParse(List<Dependency> arcs, TraceStep repair) {
    List<TraceStep> all = new ArrayList<>(repairs);
    all.add(Objects.requireNonNull(repair, "repair"));
    return new Sentence(index, span, tokens, arcs, all);
  }

  /** The repairs made to the parser's arcs, in the order they were made; empty for most sentences. */
  public List<TraceStep> repairs() {
    return repairs;
  }

  public int index() {
    return index;
  }

  public Span span() {
    return span;
  }

  public List<Token> tokens() {
    return tokens;
  }

  public List<Dependency> dependencies() {
    return dependencies;
  }

  /** The arc that governs token {@code i}, or null for the root or an unparsed sentence. */
  public Dependency headArc(int i) {
    Tree t = tree();
    return i >= 0 && i < t.nodes ? t.head[i] : null;
  }

  /** The arcs whose head is token {@code i}, in token order. */
  public List<Dependency> children(int i) {
    Tree t = tree();
    if (i == -1) {
      return t.roots;
    }
    return i >= 0 && i < t.nodes ? t.children.get(i) : List.of();
  }

  /** The first child of {@code i} whose relation is {@code relation} or a subtype of it, or null. */
  public Token child(int i, String relation) {
    int c = ParseReadings.child(this, i, relation);
    return c < 0 ? null : tokens.get(c);
  }

  /** The root token's index, or -1 when unparsed. */
  public int root() {
    return tree().root;
  }

  /**
   * Token indices of the subtree under {@code i} (itself included), sorted; unmodifiable. On a well-formed
   * parse {@code contains} and {@code size} cost O(1) and the indices are listed on first {@code get}.
   */
  public List<Integer> subtree(int i) {
    Tree t = tree();
    if (t.pre != null && i >= 0 && i < t.nodes) {
      return new Subtree(t, i);
    }
    return reachable(t, i);
  }

  /** The text span covering tokens {@code from} to {@code to} inclusive. */
  public Span span(int from, int to) {
    return new Span(tokens.get(from).span().start(), tokens.get(to).span().end());
  }

  /** Nodes and arcs the tree index and subtree listings have touched so far: a cost measure for tests. */
  long treeWork() {
    return tree().work[0];
  }

  private Tree tree() {
    Tree t = tree;
    if (t == null) {
      t = new Tree(tokens.size(), dependencies);
      tree = t;
    }
    return t;
  }

  /** Every node reachable from {@code i}, for parses that are not a forest; a cycle cannot loop. */
  private static List<Integer> reachable(Tree t, int i) {
    Set<Integer> seen = new HashSet<>();
    Deque<Integer> todo = new ArrayDeque<>();
    todo.push(i);
    seen.add(i);
    while (!todo.isEmpty()) {
      int n = todo.pop();
      t.work[0]++;
      List<Dependency> kids = n == -1 ? t.roots : n >= 0 && n < t.nodes ? t.children.get(n) : List.of();
      for (Dependency d : kids) {
        if (seen.add(d.dependent())) {
          todo.push(d.dependent());
        }
      }
    }
    List<Integer> out = new ArrayList<>(seen);
    out.sort(Integer::compare);
    return List.copyOf(out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Sentence s && index == s.index && span.equals(s.span) && tokens.equals(s.tokens)
        && dependencies.equals(s.dependencies);
  }

  @Override
  public int hashCode() {
    return Objects.hash(index, span, tokens, dependencies);
  }

  @Override
  public String toString() {
    return "Sentence[index=" + index + ", span=" + span + ", tokens=" + tokens + ", dependencies="
        + dependencies + "]";
  }

  /** The parse indexed once: heads, children in token order, and pre-order intervals when it is a forest. */
  private static final class Tree {
    final int nodes;
    final Dependency[] head;
    final List<List<Dependency>> children;
    final List<Dependency> roots;
    /** The dependent of the first root arc in arc order, or -1. */
    final int root;
    /** Pre-order number of each node and one past its last descendant's; null when the parse is no forest. */
    final int[] pre;
    final int[] end;
    /** Nodes in pre-order, so a subtree is {@code order[pre[i] .. end[i])}. */
    final int[] order;
    /** A counter, not a clock: nodes and arcs touched (an array so the final object can count). */
    final long[] work = new long[1];

    Tree(int size, List<Dependency> arcs) {
      int n = size;
      for (Dependency d : arcs) {
        n = Math.max(n, Math.max(d.head(), d.dependent()) + 1);
      }
      nodes = n;
      head = new Dependency[n];
      List<List<Dependency>> kids = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        kids.add(new ArrayList<>(2));
      }
      List<Dependency> top = new ArrayList<>();
      boolean forest = true;
      int firstRoot = -1;
      for (Dependency d : arcs) {
        work[0]++;
        if (d.head() == -1 && firstRoot == -1) {
          firstRoot = d.dependent();
        }
        if (head[d.dependent()] == null) {
          head[d.dependent()] = d;
        } else {
          forest = false; // two heads: no longer a tree
        }
        (d.head() == -1 ? top : kids.get(d.head())).add(d);
      }
      for (List<Dependency> k : kids) {
        // a stable sort: arcs to the same dependent keep their order, as the scan did before
        k.sort((a, b) -> Integer.compare(a.dependent(), b.dependent()));
      }
      top.sort((a, b) -> Integer.compare(a.dependent(), b.dependent()));
      List<List<Dependency>> frozen = new ArrayList<>(n);
      for (List<Dependency> k : kids) {
        frozen.add(k.isEmpty() ? List.of() : List.copyOf(k));
      }
      children = frozen;
      roots = List.copyOf(top);
      root = firstRoot;
      int[][] numbering = forest ? number() : null;
      pre = numbering == null ? null : numbering[0];
      end = numbering == null ? null : numbering[1];
      order = numbering == null ? null : numbering[2];
    }

    /** Pre-order numbering from every node without a governing token; null when some node lies on a cycle. */
    private int[][] number() {
      int[] pre = new int[nodes];
      int[] end = new int[nodes];
      int[] order = new int[nodes];
      Arrays.fill(pre, -1);
      int next = 0;
      int[] stack = new int[nodes];
      int[] childAt = new int[nodes];
      for (int r = 0; r < nodes; r++) {
        if (head[r] != null && head[r].head() != -1) {
          continue;
        }
        int top = 0;
        stack[0] = r;
        childAt[0] = 0;
        pre[r] = next;
        order[next++] = r;
        while (top >= 0) {
          int node = stack[top];
          List<Dependency> k = children.get(node);
          if (childAt[top] < k.size()) {
            int c = k.get(childAt[top]++).dependent();
            work[0]++;
            stack[++top] = c;
            childAt[top] = 0;
            pre[c] = next;
            order[next++] = c;
          } else {
            end[node] = next;
            top--;
          }
        }
      }
      return next == nodes ? new int[][] {pre, end, order} : null; // unreached nodes sit on a cycle
    }
  }

  /** The subtree under one node of a forest: O(1) membership and size, indices listed when first read. */
  private static final class Subtree extends AbstractList<Integer> {
    private final Tree tree;
    private final int node;
    private int[] sorted;

    Subtree(Tree tree, int node) {
      this.tree = tree;
      this.node = node;
    }

    @Override
    public boolean contains(Object o) {
      if (!(o instanceof Integer x) || x < 0 || x >= tree.nodes) {
        return false;
      }
      return tree.pre[x] >= tree.pre[node] && tree.pre[x] < tree.end[node];
    }

    @Override
    public int size() {
      return tree.end[node] - tree.pre[node];
    }

    @Override
    public Integer get(int k) {
      if (sorted == null) {
        int[] s = Arrays.copyOfRange(tree.order, tree.pre[node], tree.end[node]);
        Arrays.sort(s);
        tree.work[0] += s.length;
        sorted = s;
      }
      return sorted[k];
    }
  }
}
