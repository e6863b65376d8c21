// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.actors.ActorKnowledgeBase;
import org.parley.actors.RelationalNouns;
import org.parley.knowledge.ConfigException;
import org.parley.knowledge.DataFile;
import org.parley.knowledge.DataFile.Header;
import org.parley.knowledge.KnowledgeFile;
import org.parley.knowledge.SpeechVerbs;
import org.parley.knowledge.UserKnowledge;
import org.parley.nlp.Token;

/**
 * What the quotes stage knows about English reporting: the cue verbs that introduce speech and which of them report
 * a clause (the {@code cue} and {@code clause} columns of {@link SpeechVerbs}, Parley's one list of speech verbs),
 * the common nouns that can name a speaker ({@code speaker-nouns.tsv}), the nouns that name someone by their tie to
 * another ({@link RelationalNouns}), the other nouns that can be a source of words ({@code source-nouns.tsv}
 * with the actor stage's sector nouns and titles, {@code sectors.tsv} and {@code titles.tsv}),
 * the small words of a title ({@code title-small-words.tsv}) and the words that name a time ({@code time-words.tsv}).
 */
final class QuoteLexicon {
  /** What a speaker noun denotes. */
  record SpeakerNoun(String lemma, String kind, String sector, char gender) {
    boolean person() {
      return kind.equals("person");
    }

    /** A text that speaks for whoever issued it: a statement, resolution, editorial. */
    boolean document() {
      return kind.equals("document");
    }
  }

  /**
   * Word lists read as sets.
   *
   * @param relationalNouns nouns naming someone by their tie to another person ("father", "lawyer")
   * @param titleSmallWords words that stay lower case in a title ("of", "the")
   * @param timeWords       lemmas that name a time ("monday", "week", "sept.")
   * @param issuingVerbs    verbs whose subject issues a text or broadcast ("adopt", "publish", "broadcast")
   */
  record Words(Set<String> relationalNouns, Set<String> titleSmallWords, Set<String> timeWords,
               Set<String> issuingVerbs) {
    Words {
      relationalNouns = Set.copyOf(relationalNouns);
      titleSmallWords = Set.copyOf(titleSmallWords);
      timeWords = Set.copyOf(timeWords);
      issuingVerbs = Set.copyOf(issuingVerbs);
    }
  }

  private final SpeechVerbs verbs;
  private final Map<String, SpeakerNoun> nouns;
  private final Words words;
  /** Kind (person, group, document, utterance) of each other noun that can be a source of words. */
  private final Map<String, String> sourceNouns;

  QuoteLexicon(SpeechVerbs verbs, Map<String, SpeakerNoun> nouns, Words words, Map<String, String> sourceNouns) {
    this.verbs = verbs;
    this.nouns = Map.copyOf(nouns);
    this.words = words;
    this.sourceNouns = Map.copyOf(sourceNouns);
  }

  private static final class Holder {
    static final QuoteLexicon BUILT_IN = load();
  }

  /** The bundled lexicon, read once. */
  static QuoteLexicon builtIn() {
    return Holder.BUILT_IN;
  }

  /** The bundled word lists with {@code speech} as the speech verbs (a user's rows added to the built-in ones). */
  static QuoteLexicon with(SpeechVerbs speech) {
    QuoteLexicon b = builtIn();
    return speech == b.verbs ? b : new QuoteLexicon(speech, b.nouns, b.words, b.sourceNouns);
  }

  /**
   * This lexicon with the nouns of a user's knowledge folder added: the rows of {@code speaker-nouns.tsv} and
   * {@code source-nouns.tsv} replace the row of their lemma, and the cues of {@code sectors.tsv} and the titles of
   * {@code titles.tsv} are sources of words as the built-in ones are (a source noun's row still says its kind).
   *
   * @throws ConfigException naming the file and line of a malformed row
   */
  QuoteLexicon withNouns(UserKnowledge user) {
    List<DataFile.Row> speakers = user.rows(KnowledgeFile.SPEAKER_NOUNS);
    List<DataFile.Row> sectors = user.rows(KnowledgeFile.SECTORS);
    List<DataFile.Row> titles = user.rows(KnowledgeFile.TITLES);
    List<DataFile.Row> sources = user.rows(KnowledgeFile.SOURCE_NOUNS);
    if (speakers.isEmpty() && sectors.isEmpty() && titles.isEmpty() && sources.isEmpty()) {
      return this;
    }
    Map<String, SpeakerNoun> mergedNouns = new HashMap<>(nouns);
    speakers.forEach(r -> putSpeakerNoun(mergedNouns, r));
    Map<String, String> mergedSources = new HashMap<>(sourceNouns);
    putActorNouns(mergedSources, sectors, titles);
    sources.forEach(r -> putSourceNoun(mergedSources, r));
    return new QuoteLexicon(verbs, mergedNouns, words, mergedSources);
  }

  private static QuoteLexicon load() {
    Map<String, SpeakerNoun> nouns = new HashMap<>();
    for (DataFile.Row row : DataFile.bundled(QuoteLexicon.class, KnowledgeFile.SPEAKER_NOUNS.fileName(), Header.NONE)) {
      putSpeakerNoun(nouns, row);
    }
    Words words = new Words(RelationalNouns.all(), column("title-small-words.tsv"),
        column("time-words.tsv"), column("issuing-verbs.tsv"));
    Map<String, String> sources = new HashMap<>();
    putActorNouns(sources, actorFile(KnowledgeFile.SECTORS), actorFile(KnowledgeFile.TITLES));
    for (DataFile.Row row : DataFile.bundled(QuoteLexicon.class, KnowledgeFile.SOURCE_NOUNS.fileName(), Header.NONE)) {
      putSourceNoun(sources, row);
    }
    return new QuoteLexicon(SpeechVerbs.builtIn(), nouns, words, sources);
  }

  private static List<DataFile.Row> actorFile(KnowledgeFile file) {
    return DataFile.bundled(ActorKnowledgeBase.class, file.fileName(), Header.COLUMN_NAMES);
  }

  /** The actor stage's nouns of a sector's people and bodies ("authority", "militant") and its titles ("emir"). */
  private static void putActorNouns(Map<String, String> sources, List<DataFile.Row> sectors,
                                    List<DataFile.Row> titles) {
    for (DataFile.Row row : sectors) {
      for (String cue : row.text(2).split("\\|")) {
        sources.put(cue.trim().toLowerCase(Locale.ROOT), "group");
      }
    }
    for (DataFile.Row row : titles) {
      sources.put(row.text(0).toLowerCase(Locale.ROOT), "person");
    }
  }

  private static void putSpeakerNoun(Map<String, SpeakerNoun> nouns, DataFile.Row row) {
    if (row.size() != 4 || row.get(0) == null || !row.text(1).matches("person|group|organisation|document")
        || !row.text(2).matches("-|[A-Z]{3}") || !row.text(3).matches("[mf-]")) {
      throw new ConfigException(row.where() + ": expected lemma, kind (person, group, organisation or document),"
          + " CAMEO sector (such as GOV or MED) or -, and gender (m, f or -)");
    }
    String lemma = row.text(0);
    nouns.put(lemma, new SpeakerNoun(lemma, row.text(1), row.text(2).equals("-") ? null : row.text(2),
        row.text(3).charAt(0)));
  }

  private static void putSourceNoun(Map<String, String> sources, DataFile.Row row) {
    if (row.size() != 2 || row.get(0) == null || !row.text(1).matches("person|group|document|utterance")) {
      throw new ConfigException(row.where() + ": expected lemma and kind (person, group, document or utterance)");
    }
    sources.put(row.text(0), row.text(1));
  }

  private static Set<String> column(String file) {
    Set<String> out = new HashSet<>();
    for (String[] row : rows(file, 1)) {
      out.add(row[0]);
    }
    return out;
  }

  private static Iterable<String[]> rows(String file, int columns) {
    List<String[]> out = new ArrayList<>();
    for (DataFile.Row row : DataFile.bundled(QuoteLexicon.class, file, Header.NONE)) {
      if (row.size() != columns) {
        throw new IllegalStateException(row.where() + ": expected " + columns + " tab-separated columns, got "
            + row.size());
      }
      out.add(row.fields().stream().map(String::trim).toArray(String[]::new));
    }
    return out;
  }

  Optional<SpeechVerbs.Cue> cue(String lemma) {
    return verbs.cue(lemma.toLowerCase(Locale.ROOT));
  }

  Optional<SpeakerNoun> speakerNoun(String lemma) {
    return Optional.ofNullable(nouns.get(lemma.toLowerCase(Locale.ROOT)));
  }

  /** A cue verb that reports a clause: read with a clause the parser did not mark as its complement. */
  boolean reportsClause(String lemma) {
    return verbs.reportsClause(lemma);
  }

  /** A verb whose object is whom the words were said to ("told reporters"), never part of what was said. */
  boolean addressee(String lemma) {
    return verbs.is(lemma, SpeechVerbs.Role.ADDRESSEE);
  }

  /** A noun naming someone by their tie to another person: "the boy's father", "the family's lawyer". */
  boolean relational(String lemma) {
    return words.relationalNouns().contains(lemma);
  }

  /**
   * What a common noun that can be a source of words denotes beyond the speaker nouns: person, group, document or
   * utterance; empty for a noun that names a thing.
   */
  Optional<String> sourceNoun(String lemma) {
    return Optional.ofNullable(sourceNouns.get(lemma.toLowerCase(Locale.ROOT)));
  }

  /** A word that stays lower case in a title ("of", "the", "and"). */
  boolean titleSmallWord(String word) {
    return words.titleSmallWords().contains(word);
  }

  /** A verb whose subject issues a text or broadcast that may be quoted as speaking for it ("adopted", "aired"). */
  boolean issues(String lemma) {
    return words.issuingVerbs().contains(lemma);
  }

  /** A token that names a time, not a speaker or an owner: "said Monday", "Friday's edition". */
  boolean isTimeWord(Token t) {
    return "DATE".equals(t.ner()) || "TIME".equals(t.ner()) || words.timeWords().contains(t.lemmaLower());
  }
}
