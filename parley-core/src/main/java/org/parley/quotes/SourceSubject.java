// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.quotes;

import static org.parley.nlp.UdRelation.*;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.nlp.Dependency;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;

/**
 * Whether the phrase an attribution names as its speaker can be a source of words, and who speaks when it cannot.
 * A sayer is a person, a group of people, an organisation, a named entity, a pronoun, an actor the actor stage
 * read, or a text or utterance that speaks for its author (the nouns of {@code speaker-nouns.tsv},
 * {@code relational-nouns.tsv} and {@code source-nouns.tsv}). A parse that hands a speech verb the subject of the
 * reported clause ("on saying his ankle had ..."), a noun inside the speaker's phrase ("strikers walking along
 * the avenue shouted") or a thing that "demands" inside someone's report names a thing; the words are then its
 * owner's ("his ankle" was his to describe), the sayer it shows ("footage of the mayor
 * saying"), the sayer's nearest above it in the parse, or nobody's.
 */
final class SourceSubject {
  static final String AUTHOR = "utterance-speaks-for-its-author";
  static final String ABOVE = "thing-gives-way-to-sayer-above";
  static final String OWNER = "thing-speaks-for-its-owner";
  static final String SHOWN = "thing-of-a-sayer-shows-the-sayer";
  static final String NOBODY = "subject-cannot-speak";

  /** Named-entity classes of a sayer: "Fifth Avenue" or "73 percent" is named, but says nothing by itself. */
  private static final Set<String> SAYER_ENTITIES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "COUNTRY",
      "CITY", "STATE_OR_PROVINCE", "NATIONALITY", "MISC", "TITLE", "GPE");

  private static final List<String> AGENT_SUFFIXES = List.of("er", "or", "ist", "ian", "ee", "ant", "ent", "man",
      "woman", "person");

  /**
   * Who speaks for the phrase at {@code head}: its sayer's head token and the rule that chose it (null when the
   * phrase speaks itself), or a null rule with head -1 when nobody in the sentence can.
   */
  record Sayer(int head, String rule) {}

  private final ActorBook book;

  SourceSubject(ActorBook book) {
    this.book = book;
  }

  Sayer sayer(Sentence s, int head) {
    int author = author(s, head);
    if (author >= 0) {
      return new Sayer(author, AUTHOR);
    }
    if (canSpeak(s, head)) {
      return new Sayer(head, null);
    }
    int owner = owner(s, head);
    if (owner >= 0) {
      return new Sayer(owner, OWNER);
    }
    int shown = shownSayer(s, head);
    if (shown >= 0) {
      return new Sayer(shown, SHOWN);
    }
    int above = sayerAbove(s, head);
    return above >= 0 ? new Sayer(above, ABOVE) : new Sayer(-1, NOBODY);
  }

  /**
   * Whether token {@code i} can head the phrase of a sayer. Only common nouns are judged: names, pronouns and
   * whatever the actor stage read as an actor can speak, and other parts of speech are left to the rules that
   * chose them.
   */
  boolean canSpeak(Sentence s, int i) {
    Token t = s.tokens().get(i);
    if (!t.isNoun() || t.isProperNoun() || SAYER_ENTITIES.contains(t.ner())
        || book.mentionAt(s.index(), i).isPresent()) {
      return true;
    }
    if (Character.isUpperCase(t.text().charAt(0)) && (i > 0 || "NN".equals(t.pos()))) {
      return true; // a name the tagger missed: "PENCE:", "Politifact ruled", though not "Streets were ..."
    }
    if (s.children(i).stream().anyMatch(d -> d.is(APPOS) && s.tokens().get(d.dependent()).isProperNoun())) {
      return true; // a description in apposition to a name: "her successor, Ivan Roth"
    }
    if (i > 0 && s.tokens().get(i - 1).isProperNoun() && s.headArc(i - 1) != null && s.headArc(i - 1).head() == i
        && s.headArc(i - 1).is(COMPOUND)) {
      return true; // the last word of a name, or a body a name qualifies: "the daily Vecernji list", "the Roe camp"
    }
    String word = t.text().toLowerCase(Locale.ROOT);
    String lemma = t.lemmaLower();
    QuoteLexicon lx = book.lexicon;
    return lx.speakerNoun(word).isPresent() || lx.speakerNoun(lemma).isPresent() || lx.relational(lemma)
        || lx.sourceNoun(word).isPresent() || lx.sourceNoun(lemma).isPresent() || agentNoun(lemma);
  }

  /**
   * A noun made from a verb or a field for the one who does it ("narrator", "questioner", "novelist", "historian",
   * "appointee", "informant", "correspondent"): a person too rare for the word lists. Nouns in "-ment" name acts.
   */
  private static boolean agentNoun(String lemma) {
    if (lemma.length() < 5 || lemma.endsWith("ment")) {
      return false;
    }
    for (String suffix : AGENT_SUFFIXES) {
      if (lemma.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Rule {@value #AUTHOR}: "a speech the senator gave", "the story her father told", "his remarks", "made a
   * comment that ...": an utterance is the words of whoever made it, named in a clause on it, as its owner, or as
   * the subject (or, after "prompted him to", the object) of the verb that made it. -1 when none is named.
   */
  private int author(Sentence s, int head) {
    Token h = s.tokens().get(head);
    if (!"utterance".equals(book.lexicon.sourceNoun(h.lemmaLower()).orElse(""))) {
      return -1;
    }
    for (Dependency d : s.children(head)) {
      if (d.is(NMOD) && d.relation().endsWith("poss") && sayerAt(s, d.dependent())) {
        return d.dependent(); // "his remarks", "the senator's speech"
      }
      if (d.dependent() > head && d.is(DEP) && s.tokens().get(d.dependent()).isProperNoun()
          && sayerAt(s, d.dependent())) {
        return d.dependent(); // "the story Roe told", the name hung on the noun and the verb on the name
      }
      if (d.dependent() > head && s.tokens().get(d.dependent()).isVerb()
          && (d.is(ACL) || d.is(DEP))) {
        int subject = subjectOf(s, d.dependent());
        if (subject >= 0) {
          return subject; // "a speech Mrs. Roe gave", "the story the mayor told"
        }
      }
    }
    Dependency up = s.headArc(head);
    if (up == null || !up.is(OBJ) || up.head() < 0) {
      return -1;
    }
    int maker = subjectOf(s, up.head());
    Dependency control = s.headArc(up.head());
    if (maker < 0 && control != null && control.is(XCOMP) && control.head() >= 0) {
      // "prompted the envoy to make a remark": the one prompted made it
      for (Dependency d : s.children(control.head())) {
        if (d.is(OBJ) && sayerAt(s, d.dependent())) {
          return d.dependent();
        }
      }
      maker = subjectOf(s, control.head());
    }
    return maker;
  }

  /**
   * Rule {@value #ABOVE}: "the minister said the wave of attacks demands a response", "Roe praised his backing for
   * the plan and said": the subject of the nearest verb above the thing, outside the quotation, that is a sayer.
   */
  private int sayerAbove(Sentence s, int head) {
    int x = head;
    for (int steps = 0; steps < 8; steps++) {
      Dependency up = s.headArc(x);
      if (up == null || up.head() < 0) {
        return -1;
      }
      x = up.head();
      if (book.inQuote(s.tokens().get(x).span())) {
        return -1;
      }
      if (s.tokens().get(x).isVerb()) {
        int subject = subjectOf(s, x);
        if (subject >= 0 && subject != head) {
          return subject;
        }
      }
    }
    return -1;
  }

  /**
   * Rule {@value #OWNER}: "after saying her knee was 'too stiff to walk'", "the senator's letter of last week":
   * a thing whose owner is a sayer is read as the owner's words. -1 when it has no such owner.
   */
  private int owner(Sentence s, int head) {
    for (Dependency d : s.children(head)) {
      if (d.relation().equals(NMOD + ":poss") && sayerAt(s, d.dependent())) {
        return d.dependent();
      }
    }
    return -1;
  }

  /**
   * Rule {@value #SHOWN}: "footage of the mayor saying", "a chorus of local clergy warned": a thing of a sayer
   * (its "of" phrase) shows that sayer speaking. -1 when it shows none.
   */
  private int shownSayer(Sentence s, int head) {
    for (Dependency d : s.children(head)) {
      int n = d.dependent();
      boolean of = s.children(n).stream().anyMatch(c -> c.is(CASE) && s.tokens().get(c.dependent())
          .lemmaLower().equals("of"));
      if (d.is(NMOD) && n > head && of && sayerAt(s, n)) {
        return n;
      }
    }
    return -1;
  }

  /** The subject of verb {@code v} when it is a sayer outside the quotations, else -1. */
  private int subjectOf(Sentence s, int v) {
    for (Dependency d : s.children(v)) {
      if ((d.relation().equals(NSUBJ) || d.relation().equals(NSUBJ_PASS)) && sayerAt(s, d.dependent())) {
        return d.dependent();
      }
    }
    return -1;
  }

  /** A sayer outside the quotations, not a relative pronoun (whose noun the clause describes). */
  private boolean sayerAt(Sentence s, int i) {
    Token t = s.tokens().get(i);
    boolean relative = t.pos() != null && (t.pos().equals("WP") || t.pos().equals("WDT"));
    return (t.isNoun() || t.isPronoun()) && !relative && !book.inQuote(t.span()) && canSpeak(s, i);
  }
}
