// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Mends CoreNLP's sentence split where an exclamation or a question inside quotation marks goes on as one sentence
 * of the writer's: 'Protesters chanting "Down with the dictator!" marched to the palace' and 'Crowds shouting
 * "Liberty! Liberty!" blocked the road' are one sentence each, but the splitter ends a sentence after every "!" and
 * "?", which leaves "marched to the palace" without its subject. Runs after {@code ssplit}, before any tagger, and
 * joins two neighbouring sentences by two rules:
 * <ol>
 *   <li>{@code join-after-quoted-exclamation}: the first ends in "!" or "?" (with any closing marks) and the second
 *       goes on in lower case ('"Why now?" the envoy asked' is split the same way);</li>
 *   <li>{@code join-short-chant}: the first ends in "!" or "?" inside a quotation it opened, the second closes that
 *       quotation, and the quoted words across the break are few (a chant or a cry, at most {@value #CHANT_WORDS}
 *       words) and the second sentence goes on in lower case after the closing mark. A long quotation of two
 *       sentences keeps its two sentences.</li>
 * </ol>
 * Registered as CoreNLP's custom annotator {@value #NAME}, so it is timed with the other stages.
 */
public final class QuotedExclamationJoin implements Annotator {
  /** The annotator's name in the pipeline's {@code annotators} property. */
  static final String NAME = "quotedexclamationjoin";
  /** Most words of a quotation broken by the splitter that is still taken for one cry or chant. */
  static final int CHANT_WORDS = 8;

  private static final Set<String> OPENING = Set.of("``", "\u201c", "\u00ab");
  private static final Set<String> CLOSING = Set.of("''", "\u201d", "\u00bb");

  /** An opening mark; a straight double quote opens when it stands before a word, apart from the word before. */
  private static boolean opening(CoreLabel t) {
    return OPENING.contains(t.word()) || t.word().equals("\"") && !t.before().isEmpty() && t.after().isEmpty();
  }

  /** A closing mark; a straight double quote closes when it does not open. */
  private static boolean closing(CoreLabel t) {
    return CLOSING.contains(t.word()) || t.word().equals("\"") && !opening(t);
  }

  /** The constructor CoreNLP's {@code customAnnotatorClass} mechanism calls. */
  public QuotedExclamationJoin(String name, Properties props) {}

  @Override
  public void annotate(Annotation doc) {
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null || sentences.size() < 2) {
      return;
    }
    String text = doc.get(CoreAnnotations.TextAnnotation.class);
    // from the last sentence back, so that a sentence joined to its follower is whole when its own
    // predecessor is weighed ('"Peace!' + 'Peace!"' + 'blocked the road.')
    java.util.LinkedList<List<CoreLabel>> groups = new java.util.LinkedList<>();
    boolean joined = false;
    for (int i = sentences.size() - 1; i >= 0; i--) {
      List<CoreLabel> tokens = new ArrayList<>(sentences.get(i).get(CoreAnnotations.TokensAnnotation.class));
      List<CoreLabel> next = groups.peekFirst();
      if (next != null && samePassage(text, tokens, next) && joins(tokens, next)) {
        next.addAll(0, tokens);
        joined = true;
      } else {
        groups.addFirst(tokens);
      }
    }
    if (joined) {
      doc.set(CoreAnnotations.SentencesAnnotation.class, rebuilt(text, groups));
    }
  }

  /** Whether no line break stands between the two sentences: a paragraph's end is a sentence's end. */
  private static boolean samePassage(String text, List<CoreLabel> first, List<CoreLabel> second) {
    int from = first.get(first.size() - 1).endPosition();
    int to = second.get(0).beginPosition();
    return from <= to && text.substring(from, to).indexOf('\n') < 0;
  }

  /** Whether the sentence {@code second} continues {@code first}. */
  static boolean joins(List<CoreLabel> first, List<CoreLabel> second) {
    int end = lastWordOrMark(first);
    if (end < 0 || !first.get(end).word().matches("[!?]+")) {
      return false;
    }
    if (goesOnInLowerCase(second, 0)) {
      return true; // join-after-quoted-exclamation
    }
    int open = openQuotation(first);
    int close = firstClosing(second);
    if (open < 0 || close < 0) {
      return false;
    }
    int words = countWords(first.subList(open + 1, first.size())) + countWords(second.subList(0, close));
    return words <= CHANT_WORDS && goesOnInLowerCase(second, close + 1); // join-short-chant
  }

  /** The last token that is not a closing quotation mark, or -1. */
  private static int lastWordOrMark(List<CoreLabel> tokens) {
    int i = tokens.size() - 1;
    while (i >= 0 && closing(tokens.get(i))) {
      i--;
    }
    return i;
  }

  /** Whether the first word at or after {@code from}, past quotation marks and commas, begins in lower case. */
  private static boolean goesOnInLowerCase(List<CoreLabel> tokens, int from) {
    for (int i = from; i < tokens.size(); i++) {
      String w = tokens.get(i).word();
      if (closing(tokens.get(i)) || w.equals(",")) {
        continue;
      }
      return Character.isLowerCase(w.codePointAt(0));
    }
    return false;
  }

  /** The opening mark of a quotation still open at the end of {@code tokens}, or -1. */
  private static int openQuotation(List<CoreLabel> tokens) {
    return scan(tokens, tokens.size() - 1, -1, QuotedExclamationJoin::opening, QuotedExclamationJoin::closing);
  }

  /** The first closing mark of {@code tokens} when no opening mark comes before it, or -1. */
  private static int firstClosing(List<CoreLabel> tokens) {
    return scan(tokens, 0, 1, QuotedExclamationJoin::closing, QuotedExclamationJoin::opening);
  }

  /** The first {@code wanted} token from {@code from}, walking by {@code step}; -1 when a {@code stop} comes first. */
  private static int scan(List<CoreLabel> tokens, int from, int step, Predicate<CoreLabel> wanted,
      Predicate<CoreLabel> stop) {
    for (int i = from; i >= 0 && i < tokens.size(); i += step) {
      if (stop.test(tokens.get(i))) {
        return -1;
      }
      if (wanted.test(tokens.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static int countWords(List<CoreLabel> tokens) {
    int n = 0;
    for (CoreLabel t : tokens) {
      n += Character.isLetterOrDigit(t.word().codePointAt(0)) ? 1 : 0;
    }
    return n;
  }

  /** Sentences over the joined token lists, annotated as CoreNLP's splitter annotates its own. */
  private static List<CoreMap> rebuilt(String text, List<List<CoreLabel>> groups) {
    List<CoreMap> out = new ArrayList<>();
    int tokenOffset = 0;
    for (List<CoreLabel> tokens : groups) {
      int begin = tokens.get(0).beginPosition();
      int end = tokens.get(tokens.size() - 1).endPosition();
      Annotation sentence = new Annotation(text.substring(begin, end));
      sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
      sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
      sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
      sentence.set(CoreAnnotations.TokenBeginAnnotation.class, tokenOffset);
      tokenOffset += tokens.size();
      sentence.set(CoreAnnotations.TokenEndAnnotation.class, tokenOffset);
      sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, out.size());
      int index = 1;
      for (CoreLabel t : tokens) {
        t.setIndex(index++);
        t.setSentIndex(out.size());
      }
      out.add(sentence);
    }
    return out;
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of();
  }
}
