// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.parley.actors.ActorKnowledgeBase.Entry;
import org.parley.actors.ActorKnowledgeBase.Hit;
import org.parley.actors.ActorKnowledgeBase.HitKind;
import org.parley.actors.ActorKnowledgeBase.SectorCue;
import org.parley.actors.ActorKnowledgeBase.Title;
import org.parley.article.Span;
import org.parley.nlp.AnnotatedArticle;
import org.parley.nlp.Dependency;
import org.parley.nlp.EntityMention;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;

/**
 * Resolves every actor mention of an article against the {@link ActorKnowledgeBase}, as of the article's
 * publication date:
 *
 * <ol>
 *   <li>names of the knowledge base (people, organisations, seats of power, states, capitals) by case-sensitive
 *       token matching; a capital after a locative preposition ("in Kyiv") is a place, not an actor;</li>
 *   <li>surnames of people already named or known ("Lavrov"), unknown person names found by NER;</li>
 *   <li>titles before a name ("Finnish Minister of Foreign Affairs Elina Valtonen") join the name's mention and
 *       code an unknown person;</li>
 *   <li>a state adjective or name with a sector noun ("Russian forces", "Ukrainian officials", "Russia's
 *       military", "the Russian side"), a sector noun alone ("police", "the Western media");</li>
 *   <li>descriptions ("the minister", "the Russian president", "his Russian counterpart") and pronouns ("he",
 *       "its", "they") through a salience-ordered search of the sentence and the three before it.</li>
 * </ol>
 *
 * <p>A state is one actor per (country, sector); a person is one actor with all their mentions. Stateless and
 * safe for concurrent use.
 */
public final class KnowledgeBaseResolver implements ActorResolver {
  private static final Set<String> GEOGRAPHIC = Set.of("outskirts", "suburbs", "streets", "centre", "center",
      "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "districts");
  /** Nouns of a group's people: "opposition supporters", "rebel commanders" are people of the sector named. */
  private static final Set<String> MEMBERS = Set.of("supporter", "candidate", "member", "activist", "commander",
      "representative", "figure", "politician", "lawmaker", "deputy", "delegate", "official", "spokesman",
      "spokeswoman", "sympathizer", "sympathiser", "loyalist", "follower", "unit", "force", "troop", "soldier",
      "coalition", "movement", "faction");
  /** Verbs of going back: "returning to X" names the person's home state, not a party acted on. */
  private static final Set<String> RETURNS = Set.of("return", "go", "come", "fly", "head", "travel");
  /** Verbs of reporting news: an organisation that reports or is told is a news outlet. */
  private static final Set<String> REPORTS = Set.of("say", "tell", "report", "quote", "cite", "announce", "add");
  private static final Set<String> MONTH_LEADS = Set.of("in", "since", "until", "till", "through", "by",
      "during", "last", "next", "early", "late", "mid", "mid-", "before", "after", "throughout");
  private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december");
  private static final Set<String> MALE = Set.of("he", "him", "his", "himself");
  private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");
  private static final Set<String> IT = Set.of("it", "its", "itself");
  private static final Set<String> THEY = Set.of("they", "them", "their", "theirs", "themselves");
  /** Words that may stand in a title before a name without being a title themselves. */
  private static final Set<String> TITLE_MODIFIERS = Set.of("top", "senior", "former", "acting", "then", "new",
      "outgoing", "incoming", "interim", "first", "chief", "deputy", "vice", "foreign", "of", "the", "state", "junior",
      "federal", "assistant", "permanent", "designate", "elect", "military", "army", "national", "security",
      "affairs", "defence", "defense", "special", "lead", "-", "counterpart");
  /** Adjectives that name a group of actors of no single state ("the Western media"). */
  private static final Set<String> GROUP_ADJECTIVES = Set.of("western", "arab", "european", "african", "asian",
      "international", "foreign", "local", "independent", "islamist", "kurdish", "pro-government", "government",
      "opposition", "rebel", "pro-russian", "separatist", "muslim", "christian", "jewish", "shiite", "sunni",
      "tribal", "armed");
  /** Sector cues that are too vague alone to name an actor. */
  private static final Set<String> NOT_ALONE = Set.of("side", "force", "public", "family", "families", "press",
      "state", "mission", "leadership", "business", "industry", "party", "union", "assembly", "deputy", "chief",
      "division", "drone", "missile", "tank", "jet", "artillery", "population", "crowd", "court", "hospital",
      "school", "university", "bank", "church", "mosque", "intelligence", "media", "congress", "senate",
      "parliament", "television", "newspaper", "company", "companies", "firm", "authority", "government", "leader");

  private final ActorKnowledgeBase kb;

  public KnowledgeBaseResolver(ActorKnowledgeBase kb) {
    this.kb = Objects.requireNonNull(kb, "kb");
  }

  @Override
  public ActorLayer resolve(AnnotatedArticle article) {
    Run run = new Run(article);
    for (Sentence s : article.sentences()) {
      run.sentence(s);
    }
    return run.build();
  }

  /** What an actor key stands for, before ids are given. */
  private record Info(String name, String code, String country, String sector, String organization, String role,
                      boolean person, String gender) {}

  /** A mention before ids are given. */
  private record Draft(int sentence, int first, int last, String key, MentionKind kind) {}

  /** The resolution of one article. */
  private final class Run {
    private final AnnotatedArticle article;
    private final LocalDate date;
    private final Map<String, Info> infos = new HashMap<>();
    private final List<Draft> drafts = new ArrayList<>();
    private final Map<String, String> articleSurnames = new HashMap<>();
    /**
     * First words of two-word names met so far: Chinese, Korean and Vietnamese names put the family name first
     * ("Fu Cong ... Fu said"), so a lone first word that is no one's surname refers back to that person.
     */
    private final Map<String, String> articleFirstWords = new HashMap<>();

    Run(AnnotatedArticle article) {
      this.article = article;
      this.date = article.article().published();
    }

    void sentence(Sentence s) {
      new SentenceRun(this, s).resolve();
    }

    ActorLayer build() {
      drafts.sort(Comparator.comparingInt(Draft::sentence).thenComparingInt(Draft::first)
          .thenComparingInt(Draft::last));
      Map<String, String> ids = new LinkedHashMap<>();
      Map<String, List<Span>> spans = new HashMap<>();
      List<ActorMention> mentions = new ArrayList<>();
      for (Draft d : drafts) {
        String id = ids.computeIfAbsent(d.key(), k -> "act-" + (ids.size() + 1));
        Sentence s = article.sentences().get(d.sentence());
        Span span = s.span(d.first(), d.last());
        mentions.add(new ActorMention(span, d.sentence(), d.first(), d.last(), id, d.kind()));
        spans.computeIfAbsent(d.key(), k -> new ArrayList<>()).add(span);
      }
      List<Actor> actors = new ArrayList<>();
      ids.forEach((key, id) -> {
        Info i = infos.get(key);
        actors.add(new Actor(id, i.name(), i.code(), i.country(), i.sector(), i.organization(), i.role(),
            spans.get(key).stream().sorted().distinct().toList()));
      });
      return new ActorLayer(actors, mentions);
    }

    // ---- actor keys ----

    String person(String canonical) {
      String key = "p:" + canonical;
      if (!infos.containsKey(key)) {
        Entry e = kb.on(canonical, date).orElseThrow();
        infos.put(key, new Info(canonical, e.effectiveCode(), e.country(), e.sector(), e.organization(), e.role(),
            true, e.gender()));
      }
      rememberSurname(canonical, key);
      return key;
    }

    String unknownPerson(String name, String country, String sector, String role) {
      String key = "p:" + name;
      Info old = infos.get(key);
      if (old == null || old.country() == null && country != null) {
        infos.put(key, new Info(name, code(country, sector), country, country == null && sector == null ? null : sector,
            null, role, true, null));
      }
      rememberSurname(name, key);
      return key;
    }

    private void rememberSurname(String name, String key) {
      String[] parts = name.split("\\s+");
      if (parts.length > 1) {
        articleSurnames.putIfAbsent(parts[parts.length - 1], key);
      }
      if (parts.length == 2) {
        articleFirstWords.putIfAbsent(parts[0], key);
      }
      for (String alias : kb.entries(name).stream().flatMap(e -> e.aliases().stream()).toList()) {
        String[] a = alias.split("\\s+");
        articleSurnames.putIfAbsent(a[a.length - 1], key);
      }
    }

    String state(String country, String sector) {
      String key = "s:" + country + "|" + sector;
      if (!infos.containsKey(key)) {
        ActorKnowledgeBase.Country c = kb.country(country).orElseThrow();
        String label = kb.cue(sectorLabelCue(sector)).map(SectorCue::label).orElse(null);
        String adjective = c.adjectives().isEmpty() ? c.name() : c.adjectives().get(0);
        String name = sector.equals("GOV") || label == null ? c.name() : adjective + " " + label;
        infos.put(key, new Info(name, country + sector, country, sector, null, null, false, null));
      }
      return key;
    }

    String entry(String name) {
      Entry e = kb.on(name, date).orElseThrow();
      if (e.organization() == null && e.country() != null) {
        return state(e.country(), e.sector() != null ? e.sector() : "GOV");
      }
      String org = e.organization() != null ? e.organization() : e.name();
      String key = "o:" + org;
      infos.putIfAbsent(key, new Info(e.kind() == ActorKnowledgeBase.Kind.PLACE ? org : e.name(), e.effectiveCode(),
          e.country(), e.sector(), org, null, false, null));
      return key;
    }

    String group(String sector, String adjective, String name) {
      String key = "g:" + sector + "|" + (adjective == null ? "" : adjective.toLowerCase(Locale.ROOT)) + "|"
          + (adjective == null ? name.toLowerCase(Locale.ROOT) : "");
      infos.putIfAbsent(key, new Info(name, null, null, sector, null, null, false, null));
      return key;
    }

    String unknownOrg(String name) {
      String key = "o:" + name;
      infos.putIfAbsent(key, new Info(name, null, null, null, name, null, false, null));
      return key;
    }
  }

  /** Any cue whose sector is {@code sector}, to find the sector's label. */
  private String sectorLabelCue(String sector) {
    return switch (sector) {
      case "GOV" -> "government";
      case "MIL" -> "military";
      case "REB" -> "rebel";
      case "OPP" -> "opposition";
      case "COP" -> "police";
      case "JUD" -> "judiciary";
      case "MED" -> "media";
      case "BUS" -> "business";
      case "CVL" -> "civilian";
      case "REF" -> "refugee";
      case "HLH" -> "doctor";
      case "LEG" -> "parliament";
      case "PTY" -> "ruling party";
      case "SPY" -> "intelligence";
      case "CRM" -> "criminal";
      case "LAB" -> "worker";
      case "EDU" -> "student";
      case "ELI" -> "elite";
      case "REL" -> "clergy";
      case "AGR" -> "farmer";
      case "RAD" -> "radical";
      case "NGO" -> "ngo";
      case "UAF" -> "gunman";
      default -> "";
    };
  }

  private static String code(String country, String sector) {
    if (country == null) {
      return null;
    }
    return sector == null ? country : country + sector;
  }

  /** A cue or title found at a token: what it is and its last token. */
  private record Found(SectorCue cue, Title title, String words, int last) {
    boolean isTitle() {
      return title != null;
    }
  }

  /** The resolution of one sentence. */
  private final class SentenceRun {
    private final Run run;
    private final Sentence s;
    private final List<Token> t;
    private final int n;
    private final boolean[] used;
    private final String[] adjective;
    /** Tokens that name a state in the text: its name, capital, adjective or people. */
    private final boolean[] named;
    private final List<Draft> here = new ArrayList<>();
    /** Indexes in {@link #here} of mentions made from a people's name ("Albanians"). */
    private final List<Integer> peoples = new ArrayList<>();
    /** While reading a title before a name: the name's first token, else -1. */
    private int nameAfterTitle = -1;

    SentenceRun(Run run, Sentence s) {
      this.run = run;
      this.s = s;
      this.t = s.tokens();
      this.n = t.size();
      this.used = new boolean[n];
      this.adjective = new String[n];
      this.named = new boolean[n];
    }

    void resolve() {
      names();
      surnamesAndUnknownNames();
      titlesBeforeNames();
      descriptions();
      peopleAbroad();
      personHomes();
      officeHomes();
      domesticHomes();
      pronouns();
      run.drafts.addAll(here);
    }

    private void add(int first, int last, String key, MentionKind kind) {
      for (int i = first; i <= last; i++) {
        used[i] = true;
      }
      here.add(new Draft(s.index(), first, last, key, kind));
    }

    private String lower(int i) {
      return t.get(i).text().toLowerCase(Locale.ROOT);
    }

    private boolean isPerson(int i) {
      return i >= 0 && i < n && "PERSON".equals(t.get(i).ner());
    }

    private boolean possessive(int i) {
      return i < n && (t.get(i).pos() != null && t.get(i).pos().equals("POS")
          || t.get(i).text().equals("'s") || t.get(i).text().equals("\u2019s"));
    }

    // ---- 1. names of the knowledge base ----

    private void names() {
      List<String> texts = t.stream().map(Token::text).toList();
      int i = 0;
      while (i < n) {
        Hit h = pick(kb.namesAt(texts, i), i);
        if (h == null) {
          i++;
          continue;
        }
        int last = i + h.tokens() - 1;
        if (h.kind() != HitKind.PERSON && h.kind() != HitKind.ORG && h.kind() != HitKind.PLACE) {
          for (int k = i; k <= last; k++) {
            named[k] = true;
          }
        }
        switch (h.kind()) {
          case PERSON -> add(i, last, run.person(h.id()), MentionKind.NAME);
          case ORG -> {
            int end = last;
            Found f = cueAt(possessive(last + 1) ? last + 2 : last + 1);
            if (f != null && !f.isTitle()) {
              end = f.last();
            }
            add(i, end, run.entry(h.id()), MentionKind.NAME);
            last = end;
          }
          case PLACE -> add(i > 0 && lower(i - 1).equals("the") && !used[i - 1] ? i - 1 : i, last, run.entry(h.id()),
              MentionKind.METONYM);
          case COUNTRY -> last = stateName(h.id(), i, last, MentionKind.NAME);
          case CAPITAL -> {
            if (!locative(i)) {
              last = stateName(h.id(), i, last, MentionKind.METONYM);
            }
          }
          case PEOPLE -> {
            // "the Palestinians rejected" speaks for the state; "Palestinians fled" are its people
            Dependency arc = s.headArc(last);
            boolean speaks = arc != null && arc.relation().equals("nsubj");
            if (i > 0 && adjective[i - 1] != null && !used[i - 1]) {
              // "Bosnian Serbs": a people living in another state is coded by that state
              int a = i - 1;
              while (a > 0 && adjective[a - 1] != null && adjective[a - 1].equals(adjective[i - 1])) {
                a--;
              }
              add(a, last, run.state(adjective[i - 1], "CVL"), MentionKind.DESCRIPTION);
            } else {
              add(i, last, run.state(h.id(), speaks ? "GOV" : "CVL"), MentionKind.DESCRIPTION);
              peoples.add(here.size() - 1);
            }
          }
          case ADJECTIVE -> {
            if (demonymAsNoun(i, last)) {
              // "expelled three Sudanese and a Libyan": the adjective heads its phrase, so it names people
              for (int k = i; k <= last; k++) {
                named[k] = true;
              }
              add(i, last, run.state(h.id(), "CVL"), MentionKind.DESCRIPTION);
            } else {
              for (int k = i; k <= last; k++) {
                adjective[k] = h.id();
              }
            }
          }
        }
        i = last + 1;
      }
    }

    /**
     * Whether the state adjective at {@code first..last} stands for its people, as a noun: counted or determined
     * ("three Sudanese", "a Libyan", "two Lebanese") and heading its phrase, not modifying a noun after it ("a
     * Libyan diplomat", "the Sudanese government").
     */
    private boolean demonymAsNoun(int first, int last) {
      if (first == 0 || !(t.get(first - 1).pos().equals("CD") || Set.of("a", "an").contains(lower(first - 1)))) {
        return false;
      }
      if (last + 1 < n && (t.get(last + 1).isNoun() || t.get(last + 1).pos().startsWith("JJ"))) {
        return false;
      }
      Dependency arc = s.headArc(last);
      return arc == null || !Set.of("amod", "compound").contains(arc.relation());
    }

    /** The first usable hit: a one-word state name or capital inside a person's name ("Jordan Peterson") is not. */
    private Hit pick(List<Hit> hits, int i) {
      for (Hit h : hits) {
        boolean place = h.kind() != HitKind.PERSON && h.kind() != HitKind.ORG && h.kind() != HitKind.PLACE;
        if (place && h.tokens() == 1 && (isPerson(i - 1) && t.get(i - 1).isProperNoun()
            || isPerson(i + 1) && t.get(i + 1).isProperNoun() && !possessive(i + 1))) {
          continue;
        }
        int after = i + h.tokens();
        if (h.kind() == HitKind.PEOPLE && after < n && t.get(after).isNoun() && !t.get(after).isProperNoun()
            && cueAt(after) != null) {
          continue; // "the Sudanese government": the people's word is the state's adjective here
        }
        return h;
      }
      return null;
    }

    private boolean locative(int i) {
      int k = i - 1;
      if (k >= 0 && lower(k).equals("the")) {
        k--;
      }
      if (k < 0) {
        return false;
      }
      String w = lower(k);
      // "in Kyiv" stays a mention (the events stage decides whether a place is a target); "north of Kyiv" does not
      return w.equals("of") && k > 0 && (GEOGRAPHIC.contains(lower(k - 1))
          || lower(k - 1).equals("city"));
    }

    /** A state's name, possibly with 's and a sector noun ("Russia's military"), or a title without a name. */
    private int stateName(String country, int first, int last, MentionKind kind) {
      int j = possessive(last + 1) ? last + 2 : last + 1;
      Found f = cueAt(j);
      if (f != null && f.cue() != null && (!NOT_ALONE.contains(f.words()) || f.words().equals("side"))
          && !"-".equals(f.cue().label())) {
        add(first, f.last(), run.state(country, f.cue().sector()), MentionKind.DESCRIPTION);
        return f.last();
      }
      if (f != null && f.isTitle() && possessive(last + 1) && !(f.last() + 1 < n && t.get(f.last() + 1).isProperNoun())) {
        add(first, last, run.state(country, "GOV"), kind);
        String key = describedPerson(country, f, false);
        add(j, f.last(), key != null ? key : run.state(country, f.title().sector()), MentionKind.DESCRIPTION);
        return f.last();
      }
      add(first, last, run.state(country, "GOV"), kind);
      return last;
    }

    // ---- 2. surnames and names NER finds ----

    private void surnamesAndUnknownNames() {
      for (int i = 0; i < n; i++) {
        if (used[i] || !t.get(i).isProperNoun() && !isPerson(i)) {
          continue;
        }
        if (i > 0 && t.get(i - 1).isProperNoun() && !used[i - 1] && !kb.isTitleWord(lower(i - 1))) {
          continue; // the end of another person's name
        }
        if (i + 1 < n && (isPerson(i + 1) || t.get(i + 1).isProperNoun()) && !used[i + 1]) {
          continue; // a first name, or the first word of a longer name ("Khan Younis")
        }
        if (dateWord(i)) {
          continue; // "from 1 May", "on June 4": a date, not a person
        }
        String key = run.articleSurnames.get(ActorKnowledgeBase.key(t.get(i).text()));
        if (key == null) {
          key = knownSurname(t.get(i).text());
        }
        if (key == null) {
          key = run.articleFirstWords.get(ActorKnowledgeBase.key(t.get(i).text()));
        }
        if (key != null) {
          add(i, i, key, MentionKind.NAME);
        }
      }
      for (EntityMention e : EntityMention.of(s)) {
        boolean free = true;
        for (int i = e.firstToken(); i <= e.lastToken(); i++) {
          free &= !used[i];
        }
        if (!free) {
          continue;
        }
        if (e.type().equals("PERSON")) {
          String name = s.span(e.firstToken(), e.lastToken()).of(run.article.text());
          String key = run.articleSurnames.get(ActorKnowledgeBase.key(t.get(e.lastToken()).text()));
          if (key == null && e.firstToken() == e.lastToken()) {
            key = run.articleFirstWords.get(ActorKnowledgeBase.key(t.get(e.lastToken()).text()));
          }
          add(e.firstToken(), e.lastToken(), key != null ? key : run.unknownPerson(name, null, null, null),
              MentionKind.NAME);
        } else if (e.type().equals("ORGANIZATION") && argument(e.lastToken())) {
          boolean titled = false;
          for (int i = e.firstToken(); i <= e.lastToken(); i++) {
            titled |= kb.isTitleWord(lower(i)) || adjective[i] != null;
          }
          if (!titled) {
            add(e.firstToken(), e.lastToken(), run.unknownOrg(s.span(e.firstToken(), e.lastToken())
                .of(run.article.text())), MentionKind.NAME);
          }
        }
      }
    }

    private boolean dateWord(int i) {
      // "in May", "since March", "last April": a month after a word that introduces a time, not a surname
      return MONTHS.contains(lower(i)) && (i > 0 && "CD".equals(t.get(i - 1).pos())
          || i + 1 < n && "CD".equals(t.get(i + 1).pos())
          || i > 0 && MONTH_LEADS.contains(lower(i - 1)));
    }

    private String knownSurname(String text) {
      List<String> people = kb.peopleWithSurname(text);
      if (people.isEmpty()) {
        return null;
      }
      String only = null;
      Set<String> countries = new java.util.HashSet<>();
      Set<String> sectors = new java.util.HashSet<>();
      boolean several = false;
      for (String p : people) {
        boolean active = run.date == null || kb.entries(p).stream().anyMatch(e -> e.activeOn(run.date));
        if (active) {
          for (Entry e : kb.entries(p)) {
            countries.add(String.valueOf(e.country()));
            sectors.add(String.valueOf(e.sector()));
          }
          several |= only != null;
          only = p;
        }
      }
      if (several) {
        // "Bush" with no date: which one is unknown, but when all candidates served one state, that state is known
        if (countries.size() == 1 && sectors.size() == 1 && !countries.contains("null")) {
          return run.unknownPerson(text, countries.iterator().next(),
              sectors.contains("null") ? null : sectors.iterator().next(), null);
        }
        return null;
      }
      return only == null ? null : run.person(only);
    }

    /** Whether token {@code i} is a subject, object or oblique argument (or conjoined with one). */
    private boolean argument(int i) {
      Dependency d = s.headArc(i);
      if (d == null) {
        return false;
      }
      String r = d.baseRelation();
      if (r.equals("conj") || r.equals("appos")) {
        return argument(d.head());
      }
      return r.equals("nsubj") || r.equals("obj") || r.equals("iobj") || r.equals("obl") || r.equals("nmod")
          || r.equals("csubj");
    }

    // ---- 3. titles before names ----

    private void titlesBeforeNames() {
      for (int d = 0; d < here.size(); d++) {
        Draft p = here.get(d);
        if (!p.key().startsWith("p:")) {
          continue;
        }
        int k = p.first() - 1;
        String country = null;
        int start = p.first();
        while (k >= 0 && !used[k]) {
          String w = lower(k);
          if (adjective[k] != null) {
            country = adjective[k];
          } else if (!(kb.isTitleWord(w) || TITLE_MODIFIERS.contains(w)) || w.equals("the")) {
            break;
          }
          k--;
        }
        Info org = null;
        if (country == null && k >= 0 && k < p.first() - 1) {
          // "Arab League Secretary General X", "UN mediator X": the office is the organisation's
          org = used[k] ? orgAt(k) : k >= 1 && possessive(k) ? orgAt(k - 1) : null;
        }
        if (country == null && org == null && k >= 0 && k < p.first() - 1) {
          // "Pakistan President X", "Lebanon's new President X": a state's name, or its possessive, before the title
          String before = used[k] ? stateAt(k) : k >= 1 && possessive(k) ? stateAt(k - 1) : null;
          if (before != null) {
            country = before;
          }
        }
        // the chain is k+1 .. first-1; keep it only if it holds a title
        int from = k + 1;
        while (from < p.first() && (lower(from).equals("of") || lower(from).equals("-"))) {
          from++;
        }
        Found title = null;
        nameAfterTitle = p.first();
        for (int i = from; i < p.first() && title == null; i++) {
          Found f = cueAt(i);
          if (f != null && f.isTitle() && f.last() < p.first()) {
            title = f;
          }
        }
        nameAfterTitle = -1;
        boolean counterpart = false;
        for (int i = from; i < p.first(); i++) {
          counterpart |= lower(i).equals("counterpart");
        }
        if (title == null && !counterpart) {
          continue;
        }
        start = from;
        for (int i = start; i < p.first(); i++) {
          used[i] = true;
        }
        Info info = run.infos.get(p.key());
        if (org != null && info != null && info.person() && info.code() == null && kb.entries(info.name()).isEmpty()) {
          run.infos.put(p.key(), new Info(info.name(), org.code(), org.country(), org.sector(), org.organization(),
              title != null ? title.title().role() : null, true, null));
        } else if (info != null && info.person() && info.code() == null && kb.entries(info.name()).isEmpty()) {
          String sector = title != null ? title.title().sector() : "GOV";
          String role = title != null ? title.title().role() : null;
          run.infos.put(p.key(), new Info(info.name(), country == null ? null : code(country, sector), country,
              country == null && "IGO".equals(sector) ? "IGO" : country == null ? null : sector, null, role, true, null));
        }
        here.set(d, new Draft(p.sentence(), start, p.last(), p.key(), p.kind()));
      }
    }

    /** The organisation (of known code) whose mention ends at token {@code k}, or null. */
    private Info orgAt(int k) {
      for (Draft dr : here) {
        if (dr.last() == k && dr.key().startsWith("o:")) {
          Info oi = run.infos.get(dr.key());
          return oi != null && oi.code() != null && oi.organization() != null ? oi : null;
        }
      }
      return null;
    }

    /** "Albanians in southern Serbia", like "Bosnian Serbs": a people living in another state is coded by that state. */
    private void peopleAbroad() {
      for (int d : peoples) {
        Draft p = here.get(d);
        String home = countryOfPhrase(p.last());
        if (home != null && !p.key().startsWith("s:" + home + "|")) {
          here.set(d, new Draft(p.sentence(), p.first(), p.last(), run.state(home, "CVL"), p.kind()));
        }
      }
    }

    /**
     * An unknown person described by an apposition or an "of" phrase naming a state or organisation ("K. O., the
     * United Nations relief coordinator", "King H. of Morocco") belongs to it.
     */
    private void personHomes() {
      if (s.dependencies().isEmpty()) {
        return;
      }
      for (Draft p : List.copyOf(here)) {
        Info info = run.infos.get(p.key());
        if (info == null || !info.person() || info.country() != null || info.organization() != null
            || !kb.entries(info.name()).isEmpty()) {
          continue;
        }
        for (Dependency d : s.children(p.last())) {
          boolean of = d.baseRelation().equals("nmod") && s.children(d.dependent()).stream()
              .anyMatch(c -> c.relation().equals("case") && Set.of("of", "from").contains(lower(c.dependent())));
          if (!d.relation().equals("appos") && !of) {
            continue;
          }
          List<Integer> sub = s.subtree(d.dependent());
          Info home = null;
          for (Draft o : here) {
            Info oi = run.infos.get(o.key());
            if (oi != null && !oi.person() && sub.contains(o.first()) && (oi.country() != null || oi.organization() != null)) {
              home = oi;
              break;
            }
          }
          if (home != null) {
            // a titled person serves the state; an untitled one ("its leading rights campaigner") is only from it
            String sector = home.organization() != null ? home.sector()
                : info.sector() != null ? info.sector() : info.role() != null ? "GOV" : null;
            String code = home.organization() != null ? home.code() : code(home.country(), sector);
            run.infos.put(p.key(), new Info(info.name(), code, home.country(), sector, home.organization(),
                info.role(), true, info.gender()));
            break;
          }
        }
      }
    }

    /**
     * After the sector nouns are read ("the Zambian people", "Chilean officials"): an office holder of no known state
     * holds office in the one state the sentence places things in (not one it names as a party acted on).
     */
    private void officeHomes() {
      for (Draft p : here) {
        if (!p.key().startsWith("p:")) {
          continue;
        }
        Info now = run.infos.get(p.key());
        if (now != null && now.country() == null && now.organization() == null && now.role() != null) {
          String home = onlySettingState();
          if (home != null) {
            run.infos.put(p.key(), new Info(now.name(), code(home, "GOV"), home, "GOV", null, now.role(), true,
                now.gender()));
          }
        }
      }
    }

    /**
     * Groups, unknown people and unknown organisations of no known state ("police", "the administration", "rebels",
     * "the Islamic Front"): one whose own phrase names a state ("the Kenyan-backed administration", "Nairobi's
     * district police") belongs to it; otherwise, when the sentence names exactly one state and not only as a
     * party an act is aimed at ("police arrested protesters in Lusaka", "the Zambian government accused rebels"),
     * the news is domestic and they are that state's.
     */
    private void domesticHomes() {
      ethnicMinorities();
      String only = onlyNamedState();
      for (int d = 0; d < here.size(); d++) {
        Draft p = here.get(d);
        Info info = run.infos.get(p.key());
        if (info == null || info.country() != null || p.kind() == MentionKind.PRONOUN) {
          continue;
        }
        boolean group = p.key().startsWith("g:");
        boolean unknown = (p.key().startsWith("p:") || p.key().startsWith("o:")) && info.code() == null
            && kb.entries(info.name()).isEmpty() && (info.organization() == null || p.key().startsWith("o:"));
        if (!group && !unknown) {
          continue;
        }
        if (p.key().startsWith("o:") && reporting(p)) {
          continue; // "officials told AFP", "Reuters reported": the news agency is no party to the story's state
        }
        String home = ownPhraseState(p);
        if (home == null) {
          home = only;
        }
        if (home == null || kb.country(home).isEmpty()) {
          continue;
        }
        if (group) {
          here.set(d, new Draft(p.sentence(), p.first(), p.last(), run.state(home, info.sector()), p.kind()));
        } else {
          String sector = info.sector() != null ? info.sector() : info.role() != null ? "GOV" : null;
          run.infos.put(p.key(), new Info(info.name(), code(home, sector), home, sector, info.organization(),
              info.role(), info.person(), info.gender()));
        }
      }
    }

    /**
     * "Ethnic Albanians", "ethnic Serb fighters": an ethnic group is coded by the state it lives in, when the sentence
     * names exactly one other state.
     */
    private void ethnicMinorities() {
      for (int d = 0; d < here.size(); d++) {
        Draft p = here.get(d);
        boolean ethnic = p.first() > 0 && lower(p.first() - 1).equals("ethnic") || lower(p.first()).equals("ethnic");
        if (!ethnic || !p.key().startsWith("s:") || countryOfPhrase(p.last()) != null) {
          continue; // "ethnic Albanians in southern Serbia" are placed by their own phrase
        }
        String own = p.key().substring(2, p.key().indexOf('|'));
        String sector = p.key().substring(p.key().indexOf('|') + 1);
        Set<String> others = new java.util.HashSet<>();
        for (Draft o : here) {
          Info oi = run.infos.get(o.key());
          if (oi != null && oi.country() != null && !oi.country().equals(own) && o.kind() != MentionKind.PRONOUN
              && (!o.key().startsWith("s:") || namesState(o)) && !elsewhere(o)) {
            others.add(oi.country());
          }
        }
        if (others.size() == 1) {
          here.set(d, new Draft(p.sentence(), p.first(), p.last(),
              run.state(others.iterator().next(), sector.equals("GOV") ? "CVL" : sector), p.kind()));
        }
      }
    }

    private boolean reporting(Draft p) {
      Dependency arc = s.headArc(p.last());
      return arc != null && arc.head() >= 0 && REPORTS.contains(t.get(arc.head()).lemmaLower());
    }

    /** Whether mention {@code o} names a state only as somewhere else: "sent back to X", "a border with X". */
    private boolean elsewhere(Draft o) {
      Dependency arc = s.headArc(o.last());
      String rel = arc == null ? "" : arc.baseRelation();
      if (!rel.equals("obl") && !rel.equals("nmod")) {
        return false;
      }
      for (Dependency c : s.children(o.last())) {
        if (c.relation().equals("case") && Set.of("to", "with", "into", "toward", "towards").contains(lower(c.dependent()))) {
          return true;
        }
      }
      return false;
    }

    /** The country of a state, or a person or organisation of known state, modifying mention {@code p}'s head. */
    private String ownPhraseState(Draft p) {
      for (Dependency c : s.children(p.last())) {
        String rel = c.relation();
        if (!rel.equals("compound") && !rel.equals("nmod:poss")) {
          continue;
        }
        String country = countryAt(c.dependent());
        if (country != null) {
          return country;
        }
      }
      return null;
    }

    /** Whether mention {@code d} holds a state's adjective ("the Zambian people"). */
    private boolean hasAdjective(Draft d) {
      for (int k = d.first(); k <= d.last(); k++) {
        if (adjective[k] != null) {
          return true;
        }
      }
      return false;
    }

    private boolean namesState(Draft d) {
      for (int k = d.first(); k <= d.last(); k++) {
        if (named[k]) {
          return true;
        }
      }
      return false;
    }

    /** The country of the mention covering token {@code k}, if it has one. */
    private String countryAt(int k) {
      for (Draft o : here) {
        if (o.first() <= k && k <= o.last()) {
          Info oi = run.infos.get(o.key());
          return oi == null ? null : oi.country();
        }
      }
      return null;
    }

    /**
     * The one state the sentence names (by its name, capital, adjective, or a person or organisation of it), when
     * it names no other and names it at least once other than as the object or target of an act; else null.
     */
    /** The preposition that marks token {@code i} ("in", "against"), lower case, or "" when none does. */
    private String caseWord(int i) {
      String out = "";
      for (Dependency c : s.children(i)) {
        if (c.relation().equals("case")) {
          out = lower(c.dependent());
        }
      }
      return out;
    }

    private String onlyNamedState() {
      Set<String> all = new java.util.HashSet<>();
      boolean setting = false;
      for (Draft d : here) {
        Info info = run.infos.get(d.key());
        if (info == null || info.country() == null || d.kind() == MentionKind.PRONOUN
            || d.key().startsWith("s:") && !namesState(d)) {
          continue; // "the army" read as the army of a state named before names no state here
        }
        all.add(info.country());
        Dependency arc = s.headArc(d.last());
        String rel = arc == null ? "" : arc.baseRelation();
        String cs = caseWord(d.last());
        boolean aimedAt = rel.equals("obj") || rel.equals("iobj")
            || (rel.equals("obl") || rel.equals("nmod"))
            && Set.of("against", "to", "toward", "towards", "on", "at", "into").contains(cs);
        setting |= !aimedAt || d.kind() == MentionKind.DESCRIPTION && hasAdjective(d);
      }
      return all.size() == 1 && setting ? all.iterator().next() : null;
    }

    /**
     * The one state whose government the sentence names other than as an object or a party an act is aimed at
     * ("curfew in Sudan", "the Zambian people"), or null when there are none or several.
     */
    private String onlySettingState() {
      Set<String> all = new java.util.HashSet<>();
      Set<String> setting = new java.util.HashSet<>();
      for (Draft d : here) {
        if (!d.key().startsWith("s:")) {
          continue;
        }
        String country = d.key().substring(2, d.key().indexOf('|'));
        all.add(country);
        Dependency arc = s.headArc(d.last());
        String rel = arc == null ? "" : arc.baseRelation();
        String cs = caseWord(d.last());
        boolean aimedAt = rel.equals("obj") || rel.equals("iobj") || rel.equals("nsubj")
            || (rel.equals("obl") || rel.equals("nmod"))
            && Set.of("against", "with", "to", "toward", "towards", "on", "at", "by", "for").contains(cs);
        // a people described by its state's adjective ("the Zambian people", "Chilean officials") is the scene of
        // domestic news wherever it stands in the clause; going back "to X" goes home
        boolean described = d.kind() == MentionKind.DESCRIPTION && hasAdjective(d);
        boolean homeward = cs.equals("to") && arc != null && arc.head() >= 0
            && RETURNS.contains(t.get(arc.head()).lemmaLower());
        if (!aimedAt || described || homeward) {
          setting.add(country);
        }
      }
      return setting.size() == 1 ? setting.iterator().next() : null;
    }

    // ---- 4. sector nouns and descriptions ----

    private void descriptions() {
      for (int i = 0; i < n; i++) {
        if (used[i]) {
          continue;
        }
        if (adjective[i] != null) {
          i = adjectivePhrase(i);
          continue;
        }
        Found f = cueAt(i);
        if (f == null || !t.get(i).isNoun() || !Character.isLowerCase(t.get(i).text().charAt(0)) && i > 0) {
          continue;
        }
        boolean definite = i > 0 && (lower(i - 1).equals("the"));
        if (f.cue() == null && !f.isTitle()) {
          i = f.last(); // "his counterpart" without a state: which one is not knowable from the phrase
          continue;
        }
        if (f.isTitle()) {
          String of = countryOfPhrase(f.last());
          if (of != null && singular(f.last())) {
            // "the president of Armenia": that state's office holder, not the last president named
            String key = describedPerson(of, f, true);
            add(definite ? i - 1 : i, f.last(), key != null ? key : run.state(of, f.title().sector()),
                MentionKind.DESCRIPTION);
          } else if (definite && singular(f.last())) {
            String key = describedPerson(null, f, true);
            if (key != null) {
              add(i - 1, f.last(), key, MentionKind.DESCRIPTION);
            }
          }
          i = f.last();
          continue;
        }
        if (f.words().equals("party") && namedBefore(i) >= 0) {
          // "the Umma party", "the Baath (Renaissance) party": a party named by its own name
          int from = namedBefore(i);
          String name = s.span(from, f.last()).of(run.article.text());
          add(from, f.last(), run.group(f.cue().sector(), null, name), MentionKind.NAME);
          i = f.last();
          continue;
        }
        if (NOT_ALONE.contains(f.words()) || "-".equals(f.cue().label())) {
          // a vague noun names an actor only with a group adjective ("the Western media")
          if (i == 0 || !GROUP_ADJECTIVES.contains(lower(i - 1))) {
            i = f.last();
            continue;
          }
        }
        int first = i;
        String adj = null;
        if (i > 0 && !used[i - 1] && GROUP_ADJECTIVES.contains(lower(i - 1))) {
          first = i - 1;
          adj = t.get(i - 1).text();
        }
        if (adj == null && definite && (singular(f.last()) || !f.cue().sector().equals("GOV"))) {
          // "the army" after "Sudan's army": the state actor of that sector named last
          String earlier = lastStateOfSector(f.cue().sector());
          if (earlier != null) {
            add(i - 1, f.last(), earlier, MentionKind.DESCRIPTION);
            i = f.last();
            continue;
          }
        }
        String home = adj == null ? countryOfPhrase(f.last()) : null;
        if (home != null) {
          // "the army of Kenya", "security forces in Guinea", "protesters in Nairobi": that state's sector
          add(first, f.last(), run.state(home, f.cue().sector()), MentionKind.DESCRIPTION);
          i = f.last();
          continue;
        }
        String name = s.span(first, f.last()).of(run.article.text());
        add(first, f.last(), run.group(f.cue().sector(), adj, name), MentionKind.DESCRIPTION);
        i = f.last();
      }
    }

    /**
     * The first token of a name of unknown proper nouns just before {@code i}, skipping a parenthesised gloss ("Umma
     * (Nation)"), or -1.
     */
    private int namedBefore(int i) {
      int k = i - 1;
      if (k >= 0 && lower(k).matches("\\)|-rrb-")) {
        while (k >= 0 && !lower(k).matches("\\(|-lrb-")) {
          k--;
        }
        k--;
      }
      int first = -1;
      while (k >= 0 && t.get(k).isProperNoun() && !used[k] && adjective[k] == null) {
        first = k;
        k--;
      }
      return first;
    }

    /** The country whose government a mention ending at token {@code k} names, or null. */
    private String stateAt(int k) {
      for (Draft dr : here) {
        if (dr.last() == k && dr.key().startsWith("s:") && dr.key().endsWith("|GOV")) {
          return dr.key().substring(2, dr.key().indexOf('|'));
        }
      }
      return null;
    }

    /** The country a state name or capital after "of", "in" or "from" on noun {@code head} names, or null. */
    private String countryOfPhrase(int head) {
      if (s.dependencies().isEmpty()) {
        return null;
      }
      for (Dependency d : s.children(head)) {
        if (!d.baseRelation().equals("nmod")) {
          continue;
        }
        int c = d.dependent();
        boolean place = false;
        for (Dependency cd : s.children(c)) {
          place |= cd.relation().equals("case") && Set.of("of", "in", "from").contains(lower(cd.dependent()));
        }
        if (!place) {
          continue;
        }
        for (Draft dr : here) {
          if (dr.first() <= c && c <= dr.last() && dr.key().startsWith("s:") && dr.key().endsWith("|GOV")) {
            return dr.key().substring(2, dr.key().indexOf('|'));
          }
        }
      }
      return null;
    }

    /** "Russian forces", "the Ukrainian side", "Hungarian and Romanian officials", "his Russian counterpart". */
    private int adjectivePhrase(int i) {
      List<int[]> adjectives = new ArrayList<>(); // {first, last}
      int k = i;
      while (k < n && adjective[k] != null && !used[k]) {
        int a = k;
        while (k + 1 < n && adjective[k + 1] != null && adjective[k + 1].equals(adjective[a])) {
          k++;
        }
        adjectives.add(new int[] {a, k});
        k++;
        if (k + 1 < n && (lower(k).equals("and") || lower(k).equals(",") || lower(k).equals("or"))
            && adjective[k + 1] != null && !used[k + 1]) {
          k++;
        } else {
          break;
        }
      }
      int afterAdj = adjectives.get(adjectives.size() - 1)[1] + 1;
      Found f = null;
      for (int j = afterAdj; j < n && j <= afterAdj + 2 && !used[j]; j++) {
        f = cueAt(j);
        if (f != null) {
          break;
        }
        Token tj = t.get(j);
        // "Ethiopian-led forces" comes tokenised as "Ethiopian - led forces": the forces of the state leading them
        boolean led = j == afterAdj && lower(j).equals("-") && j + 1 < n && lower(j + 1).equals("led")
            || j == afterAdj + 1 && lower(j).equals("led") && lower(j - 1).equals("-");
        boolean modifier = led || tj.pos() != null && (tj.pos().startsWith("JJ") || tj.pos().startsWith("NN"));
        if (!modifier || adjective[j] != null) {
          break;
        }
      }
      int last = adjectives.get(adjectives.size() - 1)[1];
      if (f == null) {
        for (int[] r : adjectives) {
          if (modifiesArgument(r[1])) {
            // "rejected the Israeli proposal", "curbs on German goods": the state whose thing an act is aimed at
            add(r[0], r[1], run.state(adjective[r[0]], "GOV"), MentionKind.METONYM);
          }
        }
        return last;
      }
      int first = i > 0 && lower(i - 1).equals("the") && !used[i - 1] ? i - 1 : i;
      String country = adjective[adjectives.get(0)[0]];
      boolean counterpart = f.words().equals("counterpart");
      if (f.isTitle() || counterpart) {
        boolean possessor = i > 0 && Set.of("his", "her", "their", "its").contains(lower(i - 1));
        boolean definite = first < i || possessor;
        if (adjectives.size() == 1 && singular(f.last()) && definite) {
          String key = describedPerson(country, f, true);
          add(i, f.last(), key != null ? key : run.state(country, counterpart ? "GOV" : f.title().sector()),
              MentionKind.DESCRIPTION);
          return f.last();
        }
      }
      String sector = counterpart ? "GOV" : f.isTitle() ? f.title().sector() : f.cue().sector();
      if ("IGO".equals(sector)) {
        sector = "GOV";
      }
      add(first, f.last(), run.state(country, sector), MentionKind.DESCRIPTION);
      for (int a = 1; a < adjectives.size(); a++) {
        int[] r = adjectives.get(a);
        here.add(new Draft(s.index(), r[0], r[1], run.state(adjective[r[0]], sector), MentionKind.DESCRIPTION));
      }
      return f.last();
    }

    /**
     * Whether the adjective at {@code a} modifies a noun that an act is done to or with (an object or a
     * prepositional phrase), not a subject: "the Israeli proposal" in "rejected the Israeli proposal".
     */
    private boolean modifiesArgument(int a) {
      Dependency arc = s.headArc(a);
      boolean modifier = arc != null && (arc.relation().startsWith("amod") || arc.relation().equals("compound"));
      if (!modifier || arc.head() < 0 || !t.get(arc.head()).isNoun()) {
        return false;
      }
      Dependency up = s.headArc(arc.head());
      String rel = up == null ? "" : up.baseRelation();
      return rel.equals("obj") || rel.equals("iobj") || rel.equals("obl") || rel.equals("nmod");
    }

    /** The key of the state actor of {@code sector} mentioned last before this point, or null. */
    private String lastStateOfSector(String sector) {
      for (int d = here.size() - 1; d >= 0; d--) {
        if (here.get(d).key().startsWith("s:") && here.get(d).key().endsWith("|" + sector)) {
          return here.get(d).key();
        }
      }
      for (int d = run.drafts.size() - 1; d >= 0; d--) {
        if (run.drafts.get(d).key().startsWith("s:") && run.drafts.get(d).key().endsWith("|" + sector)) {
          return run.drafts.get(d).key();
        }
      }
      return null;
    }

    private boolean singular(int head) {
      String pos = t.get(head).pos();
      return pos == null || !pos.endsWith("S");
    }

    /**
     * The person a title without a name refers to: the most recent person of the article with that office (and
     * country, when given), else the holder of that office on the article's date. "counterpart" takes the most
     * recent person of {@code country}.
     */
    private String describedPerson(String country, Found f, boolean articleFirst) {
      boolean counterpart = f.words().equals("counterpart");
      String roleClass = f.title() != null ? ActorKnowledgeBase.roleClass(f.title().role()) : null;
      if (articleFirst || country != null) {
        List<Draft> before = new ArrayList<>(run.drafts);
        before.addAll(here);
        if (!counterpart && roleClass != null) {
          // rule titled-in-the-text-first: "the president", after "President Clinton" and a mention of Saddam
          // Hussein, is the man the text itself called president, not one whose office only the registry knows
          for (int d = before.size() - 1; d >= 0; d--) {
            Info info = run.infos.get(before.get(d).key());
            if (info != null && info.person() && (country == null || country.equals(info.country()))
                && info.role() != null && roleMatches(info.role(), roleClass) && titledInText(before.get(d), f)) {
              return before.get(d).key();
            }
          }
        }
        for (int d = before.size() - 1; d >= 0; d--) {
          Info info = run.infos.get(before.get(d).key());
          if (info == null || !info.person()) {
            continue;
          }
          if (country != null && !country.equals(info.country())) {
            continue;
          }
          if (counterpart || info.role() != null && roleMatches(info.role(), roleClass)) {
            return before.get(d).key();
          }
        }
      }
      if (country != null && f.title() != null) {
        Optional<String> holder = kb.holder(country, f.title().role(), run.date);
        if (holder.isPresent()) {
          return run.person(holder.get());
        }
      }
      return null;
    }

    /** Whether the mention {@code d} carries the title {@code f} names in its own words ("President Clinton"). */
    private boolean titledInText(Draft d, Found f) {
      List<Token> words = run.article.sentences().get(d.sentence()).tokens();
      String[] title = f.words().split(" ");
      String head = title[title.length - 1];
      for (int k = Math.max(0, d.first() - 3); k <= d.last() && k < words.size(); k++) {
        if (words.get(k).lemmaLower().equals(head) || words.get(k).text().equalsIgnoreCase(head)) {
          return true;
        }
      }
      return false;
    }

    private boolean roleMatches(String role, String roleClass) {
      String rc = ActorKnowledgeBase.roleClass(role.replaceFirst("^former ", ""));
      return rc.equals(roleClass) || roleClass.equals("minister") && rc.contains("minister")
          || rc.endsWith(" " + roleClass);
    }

    /**
     * Whether token {@code i} heads its noun phrase rather than modifying the next noun ("press" in "press
     * conference"): read from the parse when there is one, else from the tags.
     */
    /**
     * A sector cue modifying a noun of members ("opposition supporters", "rebel commanders"): the members are the
     * sector's people; other heads ("security proposal", "rebel positions") are things.
     */
    private Found membersOf(int j, int last) {
      int h = last + 1;
      if (h >= n || used[h] || !MEMBERS.contains(t.get(h).lemmaLower()) || !heads(h)) {
        return null;
      }
      StringBuilder lemma = new StringBuilder();
      for (int i = j; i <= last; i++) {
        lemma.append(i > j ? " " : "").append(t.get(i).lemmaLower());
      }
      Optional<SectorCue> cue = kb.cue(lemma.toString());
      return cue.map(c -> new Found(c, null, lemma + " " + t.get(h).lemmaLower(), h)).orElse(null);
    }

    private boolean heads(int i) {
      if (i + 1 >= n) {
        return true;
      }
      if (!s.dependencies().isEmpty()) {
        Dependency arc = s.headArc(i);
        // "Defence Secretary John Smith": the parser hangs the title on the name as a compound; it still heads
        // the title phrase
        boolean onName = nameAfterTitle > i && arc != null && arc.head() >= nameAfterTitle;
        return arc == null || onName || !(arc.relation().equals("compound") && arc.head() > i);
      }
      return !(t.get(i + 1).isNoun() && adjective[i + 1] == null && !used[i + 1] && !t.get(i + 1).isProperNoun());
    }

    /** A sector cue or title starting at {@code j} whose last word heads its noun phrase. */
    private Found cueAt(int j) {
      if (j < 0 || j >= n || used[j]) {
        return null;
      }
      for (int len = Math.min(5, n - j); len >= 1; len--) {
        int last = j + len - 1;
        boolean free = true;
        for (int i = j; i <= last; i++) {
          free &= !used[i];
        }
        if (!free) {
          continue;
        }
        if (!heads(last)) {
          Found members = membersOf(j, last);
          if (members != null) {
            return members;
          }
          continue; // not the head: "press conference", "security proposal"
        }
        StringBuilder text = new StringBuilder();
        StringBuilder lemma = new StringBuilder();
        for (int i = j; i <= last; i++) {
          if (i > j) {
            text.append(' ');
            lemma.append(' ');
          }
          text.append(lower(i));
          lemma.append(t.get(i).lemmaLower());
        }
        String tx = text.toString();
        String lm = lemma.toString();
        Optional<Title> title = kb.title(tx).or(() -> kb.title(lm));
        if (title.isPresent()) {
          return new Found(null, title.get(), lm, last);
        }
        if (lm.equals("counterpart")) {
          return new Found(null, null, lm, last);
        }
        String singular = tx.endsWith("s") ? tx.substring(0, tx.length() - 1) : tx;
        Optional<SectorCue> cue = kb.cue(lm).or(() -> kb.cue(tx)).or(() -> kb.cue(singular));
        if (cue.isPresent() && t.get(last).isNoun() || cue.isPresent() && len > 1) {
          return new Found(cue.get(), null, lm, last);
        }
        if (cue.isPresent() && (lm.equals("military") || lm.equals("media"))) {
          return new Found(cue.get(), null, lm, last);
        }
      }
      return null;
    }

    // ---- 5. pronouns ----

    private void pronouns() {
      for (int i = 0; i < n; i++) {
        if (used[i] || !t.get(i).isPronoun()) {
          continue;
        }
        String w = lower(i);
        String key = null;
        if (MALE.contains(w) || FEMALE.contains(w)) {
          key = antecedent(i, true, MALE.contains(w) ? "f" : "m");
        } else if (IT.contains(w) || THEY.contains(w)) {
          key = antecedent(i, false, null);
        }
        if (key != null) {
          add(i, i, key, MentionKind.PRONOUN);
        }
      }
    }

    /**
     * The antecedent of a pronoun at {@code i}: earlier in the sentence, a subject before any other mention, then
     * the nearest; failing that, the subject of the closest earlier sentence (up to three back) that has one of
     * the right kind, then its last mention of that kind.
     */
    private String antecedent(int i, boolean person, String wrongGender) {
      Draft best = null;
      for (Draft d : here) {
        if (d.last() >= i || d.kind() == MentionKind.PRONOUN && !person || !fits(d, person, wrongGender)) {
          continue;
        }
        if (best == null || subject(s, d) && !subject(s, best) || subject(s, d) == subject(s, best)
            && d.first() > best.first()) {
          best = d;
        }
      }
      if (best != null) {
        return best.key();
      }
      if (governingSubjectUnresolved(i)) {
        return null;
      }
      for (int back = 1; back <= 3 && s.index() - back >= 0; back++) {
        int si = s.index() - back;
        Sentence prev = run.article.sentences().get(si);
        Draft subj = null;
        Draft lastOne = null;
        for (Draft d : run.drafts) {
          if (d.sentence() != si || !fits(d, person, wrongGender)) {
            continue;
          }
          lastOne = d;
          if (subject(prev, d) && (subj == null || rootSubject(prev, d))) {
            subj = d;
          }
        }
        if (subj != null) {
          return subj.key();
        }
        if (lastOne != null) {
          return person ? lastOne.key() : null;
        }
      }
      return null;
    }

    /**
     * Rule {@code governing-subject-unresolved}: in "the rebel commander said his men were ready" the subject of a
     * clause that governs the pronoun is its antecedent even when no actor could be made of it (a commander of no
     * named side); reaching back to a person of an earlier sentence would name the wrong man. The pronoun is left
     * unresolved instead. Only subjects that name someone (a title, a group word, or a person's name) count:
     * "the statement said he would attend" still looks back.
     */
    private boolean governingSubjectUnresolved(int i) {
      for (Dependency up = s.headArc(i); up != null && up.head() >= 0; up = s.headArc(up.head())) {
        for (Dependency d : s.children(up.head())) {
          int k = d.dependent();
          if (!d.relation().startsWith("nsubj") || k >= i || used[k] || !t.get(k).isNoun()) {
            continue;
          }
          if (isPerson(k)) {
            return true;
          }
          for (int j = Math.max(0, k - 4); j <= k; j++) {
            Found f = cueAt(j);
            // a title or a group word; not the act and place words that only stand for a state ("the statement")
            if (f != null && f.last() == k && (f.isTitle() || f.cue() != null && !"-".equals(f.cue().label()))) {
              return true;
            }
          }
        }
      }
      return false;
    }

    private boolean fits(Draft d, boolean person, String wrongGender) {
      Info info = run.infos.get(d.key());
      if (info == null || info.person() != person) {
        return false;
      }
      return wrongGender == null || !wrongGender.equalsIgnoreCase(info.gender());
    }

    private boolean subject(Sentence in, Draft d) {
      for (int k = d.first(); k <= d.last(); k++) {
        Dependency arc = in.headArc(k);
        if (arc != null && arc.relation().startsWith("nsubj")) {
          return true;
        }
      }
      return false;
    }

    private boolean rootSubject(Sentence in, Draft d) {
      int root = in.root();
      for (int k = d.first(); k <= d.last(); k++) {
        Dependency arc = in.headArc(k);
        if (arc != null && arc.relation().startsWith("nsubj") && arc.head() == root) {
          return true;
        }
      }
      return false;
    }
  }
}
