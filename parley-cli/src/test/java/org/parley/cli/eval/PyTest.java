// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PyTest {
  @Test
  void formatsHalfwayValuesAsPythonDoes() {
    // 0.125 is exact in binary: Python's "%.2f" rounds it half to even
    assertThat(Py.fixed(0.125, 2)).isEqualTo("0.12");
    assertThat(Py.fixed(0.375, 2)).isEqualTo("0.38");
    // 0.1 + 0.2 is a hair above 0.3; 2/3 rounds up
    assertThat(Py.fixed(2.0 / 3, 3)).isEqualTo("0.667");
    assertThat(Py.round3(1.0)).isEqualTo("1.0");
    assertThat(Py.round3(0.8571428)).isEqualTo("0.857");
    assertThat(Py.ratio3(0, 0)).isEqualTo("None");
  }

  @Test
  void normStraightensQuotesFoldsSpaceAndLowerCases() {
    assertThat(Py.norm("  \u201cNo  Progress\u201d\u00a0\u2014 Kyiv\u2019s\n")).isEqualTo("\"no progress\" - kyiv's");
    assertThat(Py.norm(null)).isEmpty();
  }

  @Test
  void isUpperNeedsACasedLetterAndNoLowerCase() {
    assertThat(Py.isUpper("U.S.")).isTrue();
    assertThat(Py.isUpper("NATO")).isTrue();
    assertThat(Py.isUpper("Nato")).isFalse();
    assertThat(Py.isUpper("123")).isFalse();
  }
}
