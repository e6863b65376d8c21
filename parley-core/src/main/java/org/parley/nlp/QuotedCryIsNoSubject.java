// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.nlp;

import static org.parley.nlp.UdRelation.ACL;
import static org.parley.nlp.UdRelation.CCOMP;
import static org.parley.nlp.UdRelation.DEP;
import static org.parley.nlp.UdRelation.NSUBJ;
import static org.parley.nlp.UdRelation.OBJ;
import static org.parley.nlp.UdRelation.PARATAXIS;
import static org.parley.nlp.UdRelation.PUNCT;
import static org.parley.nlp.UdRelation.XCOMP;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Rule {@value #NAME}: in "a crowd chanting 'Death to the traitors' stormed the station" the parser often reads the
 * quoted words as the subject of "stormed" and the whole clause as what was chanted, with "crowd" left as the root.
 * When a word inside quotation marks is the subject of a verb after the closing mark, and that verb hangs on a
 * participle that describes a noun before the quotation ("crowd chanting"), the noun is the verb's subject, the verb
 * takes the noun's place in the tree, and the quoted words are what the participle says.
 */
final class QuotedCryIsNoSubject implements ParseRepairs.Rule {
  static final String NAME = "quoted-cry-is-no-subject";
  private static final Set<String> MARKS = Set.of("\"", "``", "''", "\u201c", "\u201d", "\u00ab", "\u00bb");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<ParseRepairs.Repair> apply(Sentence s) {
    for (Dependency subj : s.dependencies()) {
      int quoted = subj.dependent();
      int verb = subj.head();
      if (!subj.is(NSUBJ) || verb <= quoted || !s.tokens().get(verb).isVerb()) {
        continue;
      }
      int close = markBetween(s, quoted, verb);
      if (close < 0 || markBefore(s, quoted) < 0) {
        continue; // most subjects stand outside quotation marks: no tree walk for them
      }
      Dependency up = s.headArc(verb);
      if (up == null || !complement(up)) {
        continue;
      }
      int participle = up.head();
      Dependency describes = s.headArc(participle);
      Token p = s.tokens().get(participle);
      if (participle >= quoted || describes == null || !describes.is(ACL)
          || !("VBG".equals(p.pos()) || "VBN".equals(p.pos())) || describes.head() >= participle) {
        continue;
      }
      return Optional.of(new ParseRepairs.Repair(rebuilt(s, describes.head(), participle, quoted, verb, close),
          s.tokens().get(describes.head()).text() + " " + NSUBJ + " " + s.tokens().get(verb).text()));
    }
    return Optional.empty();
  }

  private static boolean complement(Dependency d) {
    return d.is(CCOMP) || d.is(XCOMP) || d.is(DEP) || d.is(PARATAXIS);
  }

  /** The arcs with the noun as the verb's subject, the verb in the noun's place and the quotation the participle's. */
  private static List<Dependency> rebuilt(Sentence s, int noun, int participle, int quoted, int verb, int close) {
    Dependency nounArc = s.headArc(noun);
    List<Dependency> arcs = new ArrayList<>();
    for (Dependency d : s.dependencies()) {
      int dep = d.dependent();
      if (dep == verb) {
        arcs.add(nounArc == null ? new Dependency(-1, verb, "root") : new Dependency(nounArc.head(), verb,
            nounArc.relation()));
      } else if (dep == noun) {
        arcs.add(new Dependency(verb, noun, NSUBJ));
      } else if (dep == quoted) {
        arcs.add(new Dependency(participle, quoted, s.tokens().get(quoted).isVerb() ? CCOMP : OBJ));
      } else if (d.head() == noun && dep > close && d.is(PUNCT)) {
        arcs.add(new Dependency(verb, dep, d.relation())); // the sentence's full stop goes with its new root
      } else {
        arcs.add(d);
      }
    }
    return arcs;
  }

  /** A quotation mark after {@code from} and before {@code to}, or -1. */
  private static int markBetween(Sentence s, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (MARKS.contains(s.tokens().get(i).text())) {
        return i;
      }
    }
    return -1;
  }

  /** The nearest quotation mark before {@code i}, or -1. */
  private static int markBefore(Sentence s, int i) {
    for (int k = i - 1; k >= 0; k--) {
      if (MARKS.contains(s.tokens().get(k).text())) {
        return k;
      }
    }
    return -1;
  }
}
