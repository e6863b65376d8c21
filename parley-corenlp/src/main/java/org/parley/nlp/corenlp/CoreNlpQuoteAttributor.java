// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.nlp.corenlp;

import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.parley.nlp.PeerQuoteAttributor;

/**
 * CoreNLP's own quotation annotator with its quote attribution, in the configuration its documentation gives
 * (tokenize, ssplit, pos, lemma, ner, depparse, statistical coref, quote), run on the text as given. It is the
 * peer {@code parley eval --set quotes --peer corenlp} scores beside Parley; nothing in Parley's pipeline uses it.
 * The models (about 1.5 GB with coreference) load on the first call, once per process.
 */
final class CoreNlpQuoteAttributor implements PeerQuoteAttributor {
  private volatile StanfordCoreNLP pipeline;

  static Properties properties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
    p.setProperty("coref.algorithm", "statistical");
    p.setProperty("quote.attributeQuotes", "true");
    return p;
  }

  private StanfordCoreNLP pipeline() {
    StanfordCoreNLP p = pipeline;
    if (p == null) {
      synchronized (this) {
        p = pipeline;
        if (p == null) {
          p = new StanfordCoreNLP(properties());
          pipeline = p;
        }
      }
    }
    return p;
  }

  @Override
  public List<AttributedQuote> quotes(String text) {
    CoreDocument doc = new CoreDocument(text);
    pipeline().annotate(doc);
    List<AttributedQuote> out = new ArrayList<>();
    if (doc.quotes() == null) {
      return out;
    }
    for (CoreQuote q : doc.quotes()) {
      Pair<Integer, Integer> at = q.quoteCharOffsets();
      List<String> chain = chainAt(doc, q.speakerCharOffsets().orElse(null));
      if (chain.isEmpty()) {
        chain = chainAt(doc, q.canonicalSpeakerCharOffsets().orElse(null));
      }
      out.add(new AttributedQuote(q.text(), at.first(), at.second(), q.speaker().orElse(null),
          q.canonicalSpeaker().orElse(null), chain));
    }
    return out;
  }

  /** The mentions of the coreference chain that has a mention overlapping {@code at}; none without one. */
  private static List<String> chainAt(CoreDocument doc, Pair<Integer, Integer> at) {
    if (at == null || doc.corefChains() == null) {
      return List.of();
    }
    for (CorefChain chain : doc.corefChains().values()) {
      for (CorefChain.CorefMention m : chain.getMentionsInTextualOrder()) {
        List<CoreLabel> tokens = doc.sentences().get(m.sentNum - 1).tokens();
        int begin = tokens.get(m.startIndex - 1).beginPosition();
        int end = tokens.get(m.endIndex - 2).endPosition();
        if (begin < at.second() && at.first() < end) {
          List<String> spans = new ArrayList<>();
          chain.getMentionsInTextualOrder().forEach(x -> spans.add(x.mentionSpan));
          return spans;
        }
      }
    }
    return List.of();
  }
}
