// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The steps of one event's coding, and the actors as last traced, so each step shows only what changed. */
final class Steps {
  Trace trace;
  private String source;
  private String target;

  Steps(Trace start) {
    trace = start;
  }

  void add(String rule, String change) {
    trace = trace.then(rule, change);
  }

  void actors(String rule, String nowSource, String nowTarget) {
    List<String> changed = new ArrayList<>();
    if (!Objects.equals(source, nowSource)) {
      changed.add("source → " + nowSource);
    }
    if (!Objects.equals(target, nowTarget)) {
      changed.add("target → " + nowTarget);
    }
    if (!changed.isEmpty()) {
      add(rule, String.join(", ", changed));
    }
    source = nowSource;
    target = nowTarget;
  }
}
