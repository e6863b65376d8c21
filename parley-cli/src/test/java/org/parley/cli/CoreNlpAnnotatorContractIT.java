// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import org.parley.engine.Parley;
import org.parley.nlp.Annotator;
import org.parley.nlp.AnnotatorContract;

/** The CoreNLP adapter keeps the annotator contract (models are shared with the other ITs of this JVM). */
class CoreNlpAnnotatorContractIT extends AnnotatorContract {
  @Override
  protected Annotator annotator() {
    SharedParley.get();
    return Parley.backend("corenlp").annotators("fast").get(0);
  }
}
