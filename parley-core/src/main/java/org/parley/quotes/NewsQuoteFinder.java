// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.actors.ActorLayer;
import org.parley.article.Span;
import org.parley.nlp.AnnotatedArticle;

/** Finds quotations in news text. */
public final class NewsQuoteFinder implements QuoteFinder {
  private static final Pattern QUOTED = Pattern.compile("[\u201c\"]([^\u201c\u201d\"]{2,}?)[\u201d\"]");

  @Override
  public Quotes find(AnnotatedArticle article, ActorLayer actors) {
    List<Quote> out = new ArrayList<>();
    Matcher m = QUOTED.matcher(article.text());
    while (m.find()) {
      out.add(new Quote(new Span(m.start(1), m.end(1)), m.group(1), null, null, true));
    }
    return new Quotes(out, actors);
  }
}
