// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.negotiation;

import static org.parley.nlp.UdRelation.*;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.events.Event;
import org.parley.knowledge.ConfigException;
import org.parley.knowledge.DataFile;
import org.parley.knowledge.DataFile.Header;
import org.parley.knowledge.KnowledgeFile;
import org.parley.nlp.AnnotatedArticle;
import org.parley.nlp.Dependency;
import org.parley.nlp.ParseReadings;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;

/**
 * Whether an event's predicate is about talks rather than about what is talked over: "the two sides agreed to hold
 * ceasefire talks" agrees on talking (not on a ceasefire), "Kenya hosted the negotiations" hosts them (Kenya is no
 * party). Read from the parse: the trigger's object, clausal complement, or "to" oblique ("agreed to a new round"),
 * or the object of that complement ("agreed to resume talks"), is a word of {@code talk-words.tsv}. Without a parse,
 * CAMEO 036 (express intent to meet or negotiate) says the same.
 */
public final class TalkWords {
  private final Set<String> words;

  private TalkWords(Set<String> words) {
    this.words = Set.copyOf(words);
  }

  private static final class Holder {
    static final TalkWords BUILT_IN = new TalkWords(
        lemmas(DataFile.bundled(TalkWords.class, KnowledgeFile.TALK_WORDS.fileName(), Header.NONE)));
  }

  /** The bundled list, read once. */
  public static TalkWords builtIn() {
    return Holder.BUILT_IN;
  }

  /**
   * These words with the lemmas of a user's {@code talk-words.tsv} (its format, column names skipped) added; a lemma
   * listed already stays one word.
   *
   * @throws ConfigException naming the file and line of a malformed row
   */
  public TalkWords with(List<DataFile.Row> rows) {
    if (rows.isEmpty()) {
      return this;
    }
    Set<String> merged = new HashSet<>(words);
    merged.addAll(lemmas(rows));
    return new TalkWords(merged);
  }

  private static Set<String> lemmas(List<DataFile.Row> rows) {
    Set<String> out = new HashSet<>();
    for (DataFile.Row row : rows) {
      if (row.size() > 2 || row.get(0) == null || row.text(0).contains(" ")) {
        throw new ConfigException(row.where() + ": expected a one-word lemma and optionally an example sentence");
      }
      out.add(row.text(0).toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /** Whether {@code lemma} names talks. */
  boolean isTalkWord(String lemma) {
    return lemma != null && words.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /** Whether event {@code e} is about holding talks: its trigger governs a talk word, or its CAMEO code says so. */
  boolean governsTalks(AnnotatedArticle article, Event e) {
    if ("036".equals(e.cameo())) {
      return true;
    }
    if (e.trigger() == null) {
      return false;
    }
    Sentence s = article.sentenceAt(e.trigger().start());
    int t = s == null ? -1 : triggerToken(s, e);
    if (t < 0) {
      return false;
    }
    for (Dependency d : s.children(t)) {
      int c = d.dependent();
      String rel = d.baseRelation();
      boolean content = rel.equals(OBJ) || rel.equals(XCOMP) || rel.equals(CCOMP)
          || (rel.equals(OBL) && ParseReadings.hasPreposition(s, c, "to"));
      if (!content) {
        continue;
      }
      if (isTalkWord(s.tokens().get(c).lemma())) {
        return true;
      }
      // "agreed to resume talks", "agreed to hold a summit": the complement's object.
      if (!rel.equals(OBJ) && s.children(c).stream()
          .anyMatch(g -> g.is(OBJ) && isTalkWord(s.tokens().get(g.dependent()).lemma()))) {
        return true;
      }
    }
    return false;
  }

  private static int triggerToken(Sentence s, Event e) {
    for (Token tok : s.tokens()) {
      if (tok.span().overlaps(e.trigger())) {
        return tok.index();
      }
    }
    return -1;
  }
}
