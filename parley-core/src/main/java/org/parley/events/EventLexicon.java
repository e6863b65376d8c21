// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.events;

import static org.parley.nlp.UdRelation.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.knowledge.ConfigException;
import org.parley.knowledge.DataFile;
import org.parley.knowledge.DataFile.Header;
import org.parley.knowledge.SpeechVerbs;
import org.parley.nlp.Dependency;
import org.parley.nlp.ParseReadings;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;

/**
 * The predicates and event nouns Parley codes, and the words that shape them (speech verbs, "fail to", "plan
 * to", "ready to"), read from tab-separated files: the built-in {@code predicates.tsv}, {@code nouns.tsv} and
 * {@code functions.tsv} beside this class, then users' own files in the same format, whose entries come first.
 * The format is described in the README beside the files. The speech and cognition verbs of type {@code SAY} are
 * the verbs of role {@code event-say} in {@link SpeechVerbs}, Parley's one list of speech verbs.
 */
public final class EventLexicon {
  private static final String[] BUILT_IN = {"predicates.tsv", "nouns.tsv", "functions.tsv"};

  /** What a lexicon entry does. */
  public enum Kind {
    /** Triggers an event of the entry's type. */
    EVENT,
    /** A speech or cognition verb: the events in its complement are the subject's claims. */
    SAY,
    /** Its complement did not happen: "failed to reach", "unable to leave". */
    FAIL,
    /** Its complement is planned or wanted: "plans to", "wants to". */
    INTEND,
    /** Its complement is offered for discussion: "open to", "ready to", "willing to". */
    OPEN,
    /** Aspect or attempt: the complement is the event ("began to withdraw", "decided to expel"). */
    ASPECT,
    /** Not an event in this frame ("declined to comment", "warned of a shortage"). */
    NONE,
    /** Its complement is only possible: "capable of deploying", "the option of a strike" (hypothetical). */
    POSSIBLE,
    /**
     * Its subject or complement is needed, not done: "the arrest of the gunmen is essential" names no arrest; "it
     * is vital that the army withdraw" asks for the withdrawal.
     */
    NEED
  }

  /** Part of speech class of an entry: verb, noun or adjective (including predicative participles). */
  public enum Pos { V, N, A }

  /**
   * One line of the lexicon.
   *
   * @param lemma   lower-case lemma
   * @param pos     part of speech class
   * @param frame   conditions on the arguments under which the entry applies
   * @param kind    what the entry does
   * @param type    PLOVER type for {@link Kind#EVENT} entries, else null
   * @param mode    PLOVER mode, or null
   * @param cameo   CAMEO code, or null
   * @param stance  position expressed, or null
   * @param example an example sentence in our own words
   * @param origin  file and line it came from, for diagnostics
   */
  public record Entry(String lemma, Pos pos, Frame frame, Kind kind, EventType type, String mode, String cameo,
                      Stance stance, String example, String origin) {}

  private final Map<String, List<Entry>> byKey;

  private EventLexicon(Map<String, List<Entry>> byKey) {
    this.byKey = byKey;
  }

  /** The built-in lexicon. */
  public static EventLexicon builtIn() {
    return load(List.of());
  }

  /** The built-in lexicon with {@code userFiles} read first, and the built-in speech verbs. */
  public static EventLexicon load(List<Path> userFiles) {
    return load(userFiles, SpeechVerbs.builtIn());
  }

  /**
   * The built-in lexicon with {@code userFiles} read first, so that their entries win over built-in ones with the
   * same lemma and frame.
   *
   * The verbs of role {@code event-say} in {@code speech} come last, as built-in entries of type {@code SAY}.
   *
   * @throws ConfigException when a user file is missing or has a malformed line
   */
  public static EventLexicon load(List<Path> userFiles, SpeechVerbs speech) {
    List<Entry> all = new ArrayList<>();
    for (Path p : userFiles) {
      all.addAll(entries(DataFile.user(p, "lexicon", Header.NONE)));
    }
    for (String name : BUILT_IN) {
      all.addAll(entries(DataFile.bundled(EventLexicon.class, name, Header.NONE)));
    }
    all.addAll(speechEntries(speech));
    Map<String, List<Entry>> byKey = new HashMap<>();
    for (Entry e : all) {
      List<Entry> list = byKey.computeIfAbsent(key(e.lemma(), e.pos()), k -> new ArrayList<>());
      if (list.stream().noneMatch(x -> x.frame().equals(e.frame()))) {
        list.add(e); // an earlier file (the user's) already defines this lemma and frame
      }
    }
    // the most specific frame is tried first; the sort is stable, so user entries stay ahead among equals
    byKey.values().forEach(l -> l.sort(Comparator.comparingInt((Entry e) -> -e.frame().specificity())));
    return new EventLexicon(byKey);
  }

  private static List<Entry> entries(List<DataFile.Row> rows) {
    List<Entry> out = new ArrayList<>();
    for (DataFile.Row row : rows) {
      String where = row.where();
      String[] f = row.fields().toArray(String[]::new);
      if (f.length < 7) {
        throw new ConfigException(where + ": expected 8 tab-separated fields (lemma pos frame type mode cameo stance "
            + "example), got " + f.length);
      }
      Pos pos;
      try {
        pos = Pos.valueOf(f[1].trim());
      } catch (IllegalArgumentException e) {
        throw new ConfigException(where + ": part of speech must be V, N or A, got '" + f[1] + "'");
      }
      String typeField = f[3].trim();
      Kind kind;
      EventType type = null;
      try {
        kind = Kind.valueOf(typeField);
      } catch (IllegalArgumentException notAKind) {
        try {
          type = EventType.valueOf(typeField);
          kind = Kind.EVENT;
        } catch (IllegalArgumentException e) {
          throw new ConfigException(where + ": type must be a PLOVER type (AGREE ... ASSAULT) or one of SAY, FAIL, "
              + "INTEND, OPEN, ASPECT, NONE; got '" + typeField + "'");
        }
      }
      String cameo = dash(f[5]);
      if (cameo != null && !cameo.matches("\\d{2,4}")) {
        throw new ConfigException(where + ": CAMEO code must be 2 to 4 digits, got '" + cameo + "'");
      }
      if (kind == Kind.EVENT && cameo == null) {
        cameo = type.cameoRoot();
      }
      Stance stance = null;
      if (dash(f[6]) != null) {
        try {
          stance = Stance.valueOf(f[6].trim());
        } catch (IllegalArgumentException e) {
          throw new ConfigException(where + ": stance must be one of " + List.of(Stance.values()) + " or -, got '"
              + f[6] + "'");
        }
      }
      Frame frame = Frame.parse(f[2].trim(), where);
      out.add(new Entry(f[0].trim().toLowerCase(Locale.ROOT), pos, frame, kind, type, dash(f[4]), cameo, stance,
          f.length > 7 ? f[7].trim() : "", where));
    }
    return out;
  }

  /** A verb of role {@code event-say} as an entry of type SAY in every frame; its example is the verb's row. */
  private static List<Entry> speechEntries(SpeechVerbs speech) {
    return speech.withRole(SpeechVerbs.Role.EVENT_SAY).stream()
        .map(v -> new Entry(v.lemma(), Pos.V, new Frame(List.of()), Kind.SAY, null, null, null, null,
            "speech verb of role event-say (" + v.where() + ")", v.where()))
        .toList();
  }

  private static String dash(String s) {
    String t = s.trim();
    return t.isEmpty() || t.equals("-") ? null : t;
  }

  private static String key(String lemma, Pos pos) {
    return pos + ":" + lemma;
  }

  /** All entries for {@code lemma} as {@code pos}, most specific frame first. */
  public List<Entry> entries(String lemma, Pos pos) {
    return byKey.getOrDefault(key(lemma.toLowerCase(Locale.ROOT), pos), List.of());
  }

  /** The number of entries, for diagnostics. */
  public int size() {
    return byKey.values().stream().mapToInt(List::size).sum();
  }

  /** Every entry, for checks over the whole lexicon. */
  public List<Entry> all() {
    return byKey.values().stream().flatMap(List::stream).toList();
  }

  /** The entry that applies to token {@code i} of {@code s} in its frame, or null. */
  public Entry match(Sentence s, int i) {
    Token t = s.tokens().get(i);
    if (t.pos() == null) {
      return null;
    }
    String lemma = t.lemmaLower();
    List<Pos> classes = new ArrayList<>(2);
    if (t.isVerb()) {
      classes.add(Pos.V);
      if (t.pos().equals("VBN") || s.child(i, COP) != null) {
        classes.add(Pos.A); // "is committed to", "are opposed to"
      }
    } else if (t.isNoun()) {
      if (t.isProperNoun() && t.hasEntity()) {
        return null; // part of a name: "the Treaty Organization", "Operation Storm"
      }
      classes.add(Pos.N);
    } else if (t.pos().startsWith("JJ")) {
      classes.add(Pos.A);
    }
    for (Pos p : classes) {
      List<Entry> list = entries(lemma, p);
      if (list.isEmpty() && p != Pos.N) {
        list = entries(t.text().toLowerCase(Locale.ROOT), p); // participles the lemmatiser reduced ("prepared")
      }
      for (Entry e : list) {
        if (e.frame().matches(s, i)) {
          return e;
        }
      }
    }
    return null;
  }

  /**
   * Conditions on a trigger's arguments, written in the lexicon's {@code frame} column as {@code -} or
   * {@code +}-joined conditions: {@code obj}, {@code obj=a|b}, {@code prep:for}, {@code prep:from=a|b},
   * {@code prt:out}, {@code xcomp}, {@code xcomp=a|b}, {@code inf}, {@code mod=a|b}, {@code lv}, {@code neg}, {@code cop}.
   */
  public record Frame(List<String> conditions) {
    /** Conditions on the word's own arguments, checked here. */
    private static final Set<String> ARGUMENT_CONDITIONS = Set.of("obj", "prep", "prt", "xcomp", "inf", "mod");
    /** Conditions the coder checks, as they need the governing words or change the roles. */
    private static final Set<String> CODER_CONDITIONS = Set.of("lv", "neg", "cop", "rev", "recv");

    public Frame {
      conditions = List.copyOf(conditions);
    }

    static Frame parse(String text, String where) {
      if (text.isEmpty() || text.equals("-")) {
        return new Frame(List.of());
      }
      List<String> out = new ArrayList<>();
      for (String c : text.split("\\+")) {
        String name = c.contains("=") ? c.substring(0, c.indexOf('=')) : c;
        String base = name.contains(":") ? name.substring(0, name.indexOf(':')) : name;
        if (!ARGUMENT_CONDITIONS.contains(base) && !CODER_CONDITIONS.contains(base)) {
          throw new ConfigException(where + ": unknown frame condition '" + c + "'; valid: obj, obj=a|b, prep:P, "
              + "prep:P=a|b, prt:P, xcomp, xcomp=a|b, inf, mod=a|b, lv, neg, cop, rev, recv");
        }
        out.add(c.toLowerCase(Locale.ROOT));
      }
      return new Frame(out);
    }

    /** The frame conditions that say how an entry is read rather than test the parse. */
    public enum Flag {
      /**
       * The verb's subject undergoes the act rather than does it ("Kyiv received arms from Berlin": Berlin gives,
       * Kyiv is given to); the doer is then the party the act comes from.
       */
      REVERSED("rev"),
      /**
       * The party of the verb's "to" phrase is whom the act is aimed at, because what the verb moves is no party ("two
       * suspects from the port city were handed over to the tribunal").
       */
      RECIPIENT_IS_TARGET("recv"),
      /**
       * A noun with its own infinitive clause ("the council's decision to expel the envoy"): the act of that clause is
       * what the noun decides, plans or orders.
       */
      INFINITIVE("inf"),
      /** The frame needs a light verb ("launched rockets") to become an event. */
      LIGHT_VERB_ONLY("lv"),
      /** The entry only applies when negated ("is not an option"); the negation is then its meaning. */
      NEGATION_ONLY("neg"),
      /** The entry only applies as the subject of a copular clause ("the priority is a truce"). */
      COPULAR_ONLY("cop");

      private final String code;

      Flag(String code) {
        this.code = code;
      }
    }

    int specificity() {
      return conditions.stream().mapToInt(c -> c.contains("=") ? 2 : 1).sum();
    }

    /** Whether the frame holds condition {@code flag}, one that says how to read the entry, not when it applies. */
    public boolean has(Flag flag) {
      return conditions.contains(flag.code);
    }

    boolean matches(Sentence s, int i) {
      for (String c : conditions) {
        if (!holds(c, s, i)) {
          return false;
        }
      }
      return true;
    }

    private static boolean holds(String c, Sentence s, int i) {
      String name = c.contains("=") ? c.substring(0, c.indexOf('=')) : c;
      Set<String> values = c.contains("=") ? Set.of(c.substring(c.indexOf('=') + 1).split("\\|")) : null;
      if (CODER_CONDITIONS.contains(name)) {
        return true; // checked by the coder, which sees the governing words
      }
      if (name.equals("inf")) {
        return infinitiveOf(s, i) >= 0;
      }
      int shared = name.equals("obj") ? ObjectSharedByCoordinatedVerbs.of(s, i) : -1;
      if (shared >= 0 && (in(s.tokens().get(shared), values) || values != null && measured(s, shared, values))) {
        return true; // "welcomed and understood the steps": the object hangs on the other verb
      }
      for (Dependency d : s.children(i)) {
        String rel = d.relation();
        Token dep = s.tokens().get(d.dependent());
        switch (name.contains(":") ? name.substring(0, name.indexOf(':')) : name) {
          case "obj" -> {
            // the subject of a passive is the verb's object: "two suspects were handed over"
            if ((rel.equals(OBJ) || rel.equals(IOBJ) || rel.equals(NSUBJ_PASS)) && (in(dep, values) || values != null && measured(s, d.dependent(), values))) {
              return true;
            }
          }
          case "xcomp" -> {
            if ((rel.equals(XCOMP) || rel.equals(CCOMP)) && in(dep, values)) {
              return true;
            }
          }
          case "mod" -> {
            if ((rel.startsWith(COMPOUND) || rel.startsWith(AMOD) || rel.startsWith(NMOD)) && in(dep, values)) {
              return true;
            }
          }
          case "prt" -> {
            if (rel.equals(COMPOUND_PRT) && dep.lemmaLower().equals(name.substring(4))) {
              return true;
            }
            // "backed out of the villages": parsers often read the particle as the first preposition of "out of"
            if ((rel.startsWith(OBL) || rel.startsWith(NMOD)) && i + 1 < s.tokens().size()
                && s.tokens().get(i + 1).lemmaLower().equals(name.substring(4))
                && s.children(d.dependent()).stream().anyMatch(k -> k.dependent() == i + 1 && k.relation().equals(CASE))) {
              return true;
            }
          }
          case "prep" -> {
            if ((rel.startsWith(OBL) || rel.startsWith(NMOD) || rel.equals(ADVCL)) && in(dep, values)
                && ParseReadings.hasCase(s, d.dependent(), name.substring(5))) {
              return true;
            }
          }
          default -> throw new IllegalStateException("unchecked frame condition " + c);
        }
      }
      return false;
    }

    /**
     * The verb of noun {@code i}'s own infinitive clause ("the decision to expel"), or -1. The parser often hangs the
     * clause elsewhere when "to" follows the noun: it makes the noun the infinitive's subject ("the decision" nsubj
     * "expel"), or, with the noun an object, the infinitive a complement of the noun's verb ("condemned the decision
     * to expel": "expel" xcomp "condemned"); the clause is the noun's in both readings.
     */
    static int infinitiveOf(Sentence s, int i) {
      for (Dependency d : s.children(i)) {
        if ((d.relation().equals(ACL) || d.relation().equals(XCOMP)) && ParseReadings.toInfinitive(s, d.dependent())) {
          return d.dependent();
        }
      }
      if (i + 1 >= s.tokens().size() || !s.tokens().get(i + 1).lemmaLower().equals("to")) {
        return -1;
      }
      Dependency mark = ParseReadings.arc(s, i + 1);
      if (mark == null || !mark.relation().equals(MARK) || !s.tokens().get(mark.head()).isVerb()) {
        return -1;
      }
      int verb = mark.head();
      Dependency noun = ParseReadings.arc(s, i);
      Dependency clause = ParseReadings.arc(s, verb);
      boolean subject = noun != null && noun.head() == verb && noun.relation().startsWith(NSUBJ);
      boolean sibling = noun != null && clause != null && noun.head() == clause.head() && noun.relation().equals(OBJ)
          && (clause.relation().equals(XCOMP) || clause.relation().equals(CCOMP) || clause.relation().equals(ADVCL));
      return subject || sibling ? verb : -1;
    }

    /**
     * Whether the object headed by {@code i} is one of {@code values} by what it measures or by its modifier: "700 kg
     * of medicine", "the ambassador Ali Musa", "the ceasefire agreement", "peacekeeping troops".
     */
    private static boolean measured(Sentence s, int i, Set<String> values) {
      for (Dependency d : s.children(i)) {
        String lemma = s.tokens().get(d.dependent()).lemmaLower();
        if (!lemmaIn(lemma, values)) {
          continue;
        }
        if (d.relation().startsWith(NMOD) && ParseReadings.hasCase(s, d.dependent(), "of") || d.relation().equals(COMPOUND)
            || d.relation().equals(AMOD)) {
          return true;
        }
      }
      return false;
    }

    private static boolean in(Token t, Set<String> values) {
      return values == null || lemmaIn(t.lemmaLower(), values);
    }

    /**
     * Whether a lemma is one of {@code values}, also as the singular of a plural the lemmatiser keeps whole (CoreNLP
     * gives "troops" as the lemma of "troops", so "send obj=troop" would miss "sent 3,000 troops").
     */
    static boolean lemmaIn(String lemma, Set<String> values) {
      return values.contains(lemma) || lemma.length() > 3 && lemma.endsWith("s") && !lemma.endsWith("ss")
          && values.contains(lemma.substring(0, lemma.length() - 1));
    }
  }
}
