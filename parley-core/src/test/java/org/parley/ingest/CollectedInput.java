// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.ingest;

import java.util.ArrayList;
import java.util.List;

/** Keeps what an input reader or article maker emits, for a test to look at: documents, problems and notes. */
class CollectedInput implements InputReader.Sink {
  final List<RawDocument> docs = new ArrayList<>();
  final List<InputProblem> problems = new ArrayList<>();
  final List<InputProblem> notes = new ArrayList<>();

  @Override
  public void document(RawDocument document) {
    docs.add(document);
  }

  @Override
  public void problem(InputProblem problem) {
    problems.add(problem);
  }

  @Override
  public void note(InputProblem note) {
    notes.add(note);
  }
}
