// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parley.article.Span;

/**
 * A sentence with its tokens and, once parsed, its dependency arcs.
 *
 * @param index        position in the article, from 0
 * @param span         offsets into the article text
 * @param tokens       tokens in order
 * @param dependencies arcs, empty before parsing; each token has at most one head
 */
public record Sentence(int index, Span span, List<Token> tokens, List<Dependency> dependencies) {
  public Sentence {
    Objects.requireNonNull(span, "span");
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
  }

  /** The arc that governs token {@code i}, or null for the root or an unparsed sentence. */
  public Dependency headArc(int i) {
    for (Dependency d : dependencies) {
      if (d.dependent() == i) {
        return d;
      }
    }
    return null;
  }

  /** The arcs whose head is token {@code i}, in token order. */
  public List<Dependency> children(int i) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : dependencies) {
      if (d.head() == i) {
        out.add(d);
      }
    }
    out.sort((a, b) -> Integer.compare(a.dependent(), b.dependent()));
    return out;
  }

  /** The first child of {@code i} whose relation is {@code relation} or starts with {@code relation + ":"}. */
  public Token child(int i, String relation) {
    for (Dependency d : children(i)) {
      if (d.relation().equals(relation) || d.relation().startsWith(relation + ":")) {
        return tokens.get(d.dependent());
      }
    }
    return null;
  }

  /** The root token's index, or -1 when unparsed. */
  public int root() {
    for (Dependency d : dependencies) {
      if (d.head() == -1) {
        return d.dependent();
      }
    }
    return -1;
  }

  /** Token indices of the subtree under {@code i}, sorted. */
  public List<Integer> subtree(int i) {
    List<Integer> out = new ArrayList<>();
    collect(i, out, 0);
    out.sort(Integer::compare);
    return out;
  }

  private void collect(int i, List<Integer> out, int depth) {
    if (depth > tokens.size() || out.contains(i)) {
      return; // a malformed parse must not loop
    }
    out.add(i);
    for (Dependency d : children(i)) {
      collect(d.dependent(), out, depth + 1);
    }
  }

  /** The text span covering tokens {@code from} to {@code to} inclusive. */
  public Span span(int from, int to) {
    return new Span(tokens.get(from).span().start(), tokens.get(to).span().end());
  }
}
