// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.parley.article.Span;

/**
 * The tree walks every stage makes must cost in proportion to the sentence, whatever the parse's shape. The
 * worst shape is a chain (each word the child of the one before), which a run-on sentence of thousands of
 * words can get: asking "is the trigger under here?" at every step from the last word up to the root used
 * to cost the cube of the length. The cost is counted (nodes and arcs touched), never timed.
 */
class SentenceTreeTest {
  private static final int LONG = 2_000;

  @Test
  void walkingADeepChainUpToTheRootCostsInProportionToItsLength() {
    Sentence s = chain(LONG);
    int trigger = 0;
    int misses = 0;
    // what a dater does for a word at the bottom: climb, and at each clause ask whether the trigger is below
    for (int node = LONG - 1; node >= 0; node = s.headArc(node).head()) {
      if (!s.subtree(node).contains(trigger)) {
        misses++;
      }
      assertThat(s.subtree(node)).hasSize(LONG - node);
      if (s.headArc(node).head() == -1) {
        break;
      }
    }
    assertThat(misses).isEqualTo(LONG - 1); // only the root holds the first word
    assertThat(s.root()).isZero();
    assertThat(s.treeWork()).isLessThanOrEqualTo(4L * LONG);
  }

  @Test
  void listingEverySubtreeOnceCostsNoMoreThanTheirSizes() {
    Sentence s = chain(LONG);
    assertThat(s.subtree(0)).hasSize(LONG).startsWith(0, 1, 2).endsWith(LONG - 1);
    assertThat(s.subtree(LONG / 2).get(0)).isEqualTo(LONG / 2);
    assertThat(s.treeWork()).isLessThanOrEqualTo(4L * LONG + LONG + LONG / 2);
  }

  @Test
  void childrenAndHeadsOfEveryWordCostOneIndexing() {
    Sentence s = chain(LONG);
    for (int i = 0; i < LONG; i++) {
      assertThat(s.children(i)).hasSize(i == LONG - 1 ? 0 : 1);
      assertThat(s.headArc(i).head()).isEqualTo(i - 1);
    }
    assertThat(s.treeWork()).isLessThanOrEqualTo(2L * LONG);
  }

  @Test
  void subtreesOfABushyParseAreTheWordsReachableBelow() {
    Random random = new Random(16);
    for (int round = 0; round < 50; round++) {
      int n = 1 + random.nextInt(40);
      List<Dependency> arcs = new ArrayList<>();
      int root = random.nextInt(n);
      for (int i = 0; i < n; i++) {
        arcs.add(i == root ? new Dependency(-1, i, "root") : null);
      }
      // attach each word to one already in the tree, in a random order: always a tree
      List<Integer> placed = new ArrayList<>(List.of(root));
      for (int i = 0; i < n; i++) {
        if (i != root) {
          arcs.set(i, new Dependency(placed.get(random.nextInt(placed.size())), i, "dep"));
          placed.add(i);
        }
      }
      Sentence s = sentence(n, arcs);
      for (int i = 0; i < n; i++) {
        assertThat(s.subtree(i)).containsExactlyElementsOf(naiveSubtree(s, i));
        for (int j = 0; j < n; j++) {
          assertThat(s.subtree(i).contains(j)).isEqualTo(naiveSubtree(s, i).contains(j));
        }
      }
      assertThat(s.root()).isEqualTo(root);
    }
  }

  @Test
  void aMalformedParseWithACycleOrTwoHeadsStillEnds() {
    // 0 -> 1 -> 2 -> 1 (a cycle), and 3 hangs from both 0 and 2
    Sentence s = sentence(4, List.of(new Dependency(-1, 0, "root"), new Dependency(0, 1, "obj"),
        new Dependency(1, 2, "acl"), new Dependency(2, 1, "dep"), new Dependency(0, 3, "obl"),
        new Dependency(2, 3, "obl")));
    assertThat(s.subtree(0)).containsExactly(0, 1, 2, 3);
    assertThat(s.subtree(1)).containsExactly(1, 2, 3);
    assertThat(s.headArc(1).head()).isZero(); // the first arc to a word is its head
    assertThat(s.children(0)).extracting(Dependency::dependent).containsExactly(1, 3);
  }

  @Test
  void anUnparsedSentenceHasNoRootAndLoneWords() {
    Sentence s = sentence(3, List.of());
    assertThat(s.root()).isEqualTo(-1);
    assertThat(s.headArc(1)).isNull();
    assertThat(s.children(1)).isEmpty();
    assertThat(s.subtree(1)).containsExactly(1);
  }

  /** Each word the child of the one before: "... the city, which the army, which the envoys, which ...". */
  private static Sentence chain(int n) {
    List<Dependency> arcs = new ArrayList<>();
    arcs.add(new Dependency(-1, 0, "root"));
    for (int i = 1; i < n; i++) {
      arcs.add(new Dependency(i - 1, i, "acl:relcl"));
    }
    return sentence(n, arcs);
  }

  private static Sentence sentence(int n, List<Dependency> arcs) {
    List<Token> tokens = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      tokens.add(new Token(i, new Span(2 * i, 2 * i + 1), "w", "w", "NN", "O"));
    }
    return new Sentence(0, new Span(0, Math.max(1, 2 * n - 1)), tokens, arcs);
  }

  /** The definition: every word whose chain of heads passes through {@code i}. */
  private static List<Integer> naiveSubtree(Sentence s, int i) {
    TreeSet<Integer> out = new TreeSet<>();
    for (int w = 0; w < s.tokens().size(); w++) {
      for (int up = w, steps = 0; up >= 0 && steps <= s.tokens().size(); steps++) {
        if (up == i) {
          out.add(w);
          break;
        }
        int at = up;
        Dependency d = s.dependencies().stream().filter(a -> a.dependent() == at).findFirst().orElse(null);
        up = d == null ? -1 : d.head();
      }
    }
    return new ArrayList<>(out);
  }
}
