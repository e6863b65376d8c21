// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.nlp.corenlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.Config;
import java.util.List;

/**
 * One sentence being parsed by arc-standard transitions, as CoreNLP's nndep {@code Configuration} and
 * {@code ArcStandard} define them (single root), held in int arrays: token 0 is the root, tokens 1..n the words;
 * the buffer is always the tokens from {@code next} on. Feature extraction, the legality of a transition and the
 * child lookups follow CoreNLP's code step for step, so the same features come out of the same configuration.
 */
final class ArcStandardState {
  private static final int NONE = Config.NONEXIST;
  private static final int POS_OFFSET = 18;
  private static final int LABEL_OFFSET = 36;
  private static final int CHILD_OFFSET = 6;
  private static final int PER_STACK_WORD = 6;

  private final NndepModel model;
  private final int n;
  private final int[] wordIds;
  private final int[] posIds;
  /** Head of each token, NONE until its arc is made. */
  final int[] heads;
  /** Label of each token's arc as an index into {@link NndepModel#labels}, -1 until its arc is made. */
  final int[] labels;
  private final int[] stack;
  private int stackSize;
  private int next = 1;
  private final int nullWord;
  private final int nullPos;
  private final int nullLabel;

  ArcStandardState(NndepModel model, List<CoreLabel> tokens) {
    this.model = model;
    this.n = tokens.size();
    wordIds = new int[n + 1];
    posIds = new int[n + 1];
    wordIds[0] = model.wordId(Config.ROOT);
    posIds[0] = model.posId(Config.ROOT);
    for (int k = 1; k <= n; k++) {
      wordIds[k] = model.wordId(tokens.get(k - 1).word());
      posIds[k] = model.posId(tokens.get(k - 1).tag());
    }
    heads = new int[n + 1];
    java.util.Arrays.fill(heads, NONE);
    labels = new int[n + 1];
    java.util.Arrays.fill(labels, -1);
    stack = new int[n + 1];
    stack[stackSize++] = 0;
    nullWord = model.wordId(Config.NULL);
    nullPos = model.posId(Config.NULL);
    nullLabel = model.labelIds.get(Config.NULL);
  }

  boolean isTerminal() {
    return stackSize == 1 && next > n;
  }

  /** True when the network need not be asked: the stack holds the root and at most one word (see {@link #canApply}). */
  boolean hasOneLegalTransition() {
    return stackSize <= 2;
  }

  /** CoreNLP's {@code ArcStandard.canApply} for transition {@code t} (left arcs, right arcs, shift). */
  boolean canApply(int t) {
    int nLabels = model.labels.size();
    if (t == 2 * nLabels) {
      return next <= n;
    }
    boolean left = t < nLabels;
    int label = left ? t : t - nLabels;
    int h = stack(left ? 0 : 1);
    boolean root = model.labels.get(label).equals(model.rootLabel);
    if (h < 0 || (h == 0 && !root) || (h > 0 && root)) {
      return false;
    }
    return left ? stackSize > 2 : stackSize > 2 || (stackSize == 2 && next > n);
  }

  /** CoreNLP's {@code ArcStandard.apply}. */
  void apply(int t) {
    int nLabels = model.labels.size();
    int w1 = stack(1);
    int w2 = stack(0);
    if (t < nLabels) {
      heads[w1] = w2;
      labels[w1] = t;
      stack[stackSize - 2] = w2;
      stackSize--;
    } else if (t < 2 * nLabels) {
      heads[w2] = w1;
      labels[w2] = t - nLabels;
      stackSize--;
    } else {
      stack[stackSize++] = next++;
    }
  }

  /** CoreNLP's {@code DependencyParser.getFeatureArray}. */
  void features(int[] f) {
    for (int j = 2; j >= 0; --j) {
      wordAndTag(f, 2 - j, stack(j));
    }
    for (int j = 0; j <= 2; ++j) {
      wordAndTag(f, 3 + j, buffer(j));
    }
    for (int j = 0; j <= 1; ++j) {
      int k = stack(j);
      int at = CHILD_OFFSET + j * PER_STACK_WORD;
      child(f, at, leftChild(k, 1));
      child(f, at + 1, rightChild(k, 1));
      child(f, at + 2, leftChild(k, 2));
      child(f, at + 3, rightChild(k, 2));
      child(f, at + 4, leftChild(leftChild(k, 1), 1));
      child(f, at + 5, rightChild(rightChild(k, 1), 1));
    }
  }

  private void wordAndTag(int[] f, int at, int k) {
    f[at] = k < 0 || k > n ? nullWord : wordIds[k];
    f[POS_OFFSET + at] = k < 0 || k > n ? nullPos : posIds[k];
  }

  private void child(int[] f, int at, int k) {
    wordAndTag(f, at, k);
    f[LABEL_OFFSET + at - CHILD_OFFSET] = k <= 0 || k > n ? nullLabel : labelId(k);
  }

  private int labelId(int k) {
    // a child always has its arc; CoreNLP would fail on the -UNKNOWN- label of a token without one
    return model.labelIds.get(labels[k] < 0 ? Config.UNKNOWN : model.labels.get(labels[k]));
  }

  private int stack(int k) {
    return k >= 0 && k < stackSize ? stack[stackSize - 1 - k] : NONE;
  }

  private int buffer(int k) {
    return next + k <= n ? next + k : NONE;
  }

  private int leftChild(int k, int cnt) {
    if (k < 0 || k > n) {
      return NONE;
    }
    int c = 0;
    for (int i = 1; i < k; ++i) {
      if (heads[i] == k && ++c == cnt) {
        return i;
      }
    }
    return NONE;
  }

  private int rightChild(int k, int cnt) {
    if (k < 0 || k > n) {
      return NONE;
    }
    int c = 0;
    for (int i = n; i > k; --i) {
      if (heads[i] == k && ++c == cnt) {
        return i;
      }
    }
    return NONE;
  }
}
