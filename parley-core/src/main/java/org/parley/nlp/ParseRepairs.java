// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.parley.article.TraceStep;

/**
 * Repairs the dependency parser's known misreadings of news sentences before any stage reads the parse. Each repair is
 * a small named rule that either leaves a sentence alone or returns its corrected arcs; a sentence a rule repaired
 * keeps the rule's name ({@link Sentence#repairs()}), which {@code parley explain} shows. The rules run in order and
 * each sees the arcs the ones before it left.
 */
public final class ParseRepairs implements Annotator {
  /** One repair: the corrected arcs of a sentence, with what was changed, or empty when it does not apply. */
  public interface Rule extends Function<Sentence, Optional<Repair>> {
    String name();
  }

  /** What a rule made of a sentence's arcs. */
  public record Repair(List<Dependency> arcs, String change) {}

  private final List<Rule> rules;

  public ParseRepairs(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The built-in rules, in the order they run. */
  public static ParseRepairs builtIn() {
    return new ParseRepairs(List.of(new QuotedCryIsNoSubject(), new QuotedWordSplitsNoClause()));
  }

  @Override
  public String name() {
    return "parse-repairs";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.POS, Layer.DEPENDENCIES);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of();
  }

  @Override
  public AnnotatedArticle annotate(AnnotatedArticle in) {
    List<Sentence> out = null;
    for (int k = 0; k < in.sentences().size(); k++) {
      Sentence s = in.sentences().get(k);
      Sentence repaired = repaired(s);
      if (repaired != s) {
        if (out == null) {
          out = new ArrayList<>(in.sentences());
        }
        out.set(k, repaired);
      }
    }
    return out == null ? in : new AnnotatedArticle(in.article(), in.layers(), out);
  }

  private Sentence repaired(Sentence s) {
    Sentence cur = s;
    for (Rule r : rules) {
      Optional<Repair> fix = r.apply(cur);
      if (fix.isPresent()) {
        cur = cur.withRepairedParse(fix.get().arcs(), new TraceStep(r.name(), fix.get().change()));
      }
    }
    return cur;
  }
}
