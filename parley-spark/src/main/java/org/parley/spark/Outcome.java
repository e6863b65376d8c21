// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.spark;

import java.io.Serializable;

/**
 * What one input yields on an executor: an article read (to be analysed), a contract line (analysed), or a
 * problem line naming the input. One type so that one pass over the inputs gives all three.
 */
record Outcome(Kind kind, ArticleRow article, String line) implements Serializable {
  enum Kind { ARTICLE, ANALYSIS, PROBLEM }

  static Outcome article(ArticleRow a) {
    return new Outcome(Kind.ARTICLE, a, null);
  }

  static Outcome analysis(String contractLine) {
    return new Outcome(Kind.ANALYSIS, null, contractLine);
  }

  static Outcome problem(String line) {
    return new Outcome(Kind.PROBLEM, null, line);
  }
}
