// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Full-text search over article titles and texts and quotes (Lucene, English stemming). The index lives in
 * memory and is filled from the store incrementally (by article sequence number), so DuckDB and PostgreSQL
 * stores search alike and nothing beside the database needs keeping in step.
 */
final class TextIndex {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int SNIPPET = 220;

  private final Analyzer analyzer = new EnglishAnalyzer();
  private final ByteBuffersDirectory dir = new ByteBuffersDirectory();
  private final IndexWriter writer;
  // Searches hold a reference-counted searcher, so a commit (on a writer's thread) never closes the reader
  // a concurrent search is still reading ("this IndexReader is closed" under load).
  private final SearcherManager searchers;
  private long lastSeq;

  TextIndex() {
    try {
      writer = new IndexWriter(dir, new IndexWriterConfig(analyzer));
      writer.commit();
      searchers = new SearcherManager(dir, null);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create an in-memory index", e);
    }
  }

  synchronized long lastSeq() {
    return lastSeq;
  }

  synchronized void addArticle(String id, long seq, String title, String text, String published) {
    Document d = new Document();
    d.add(new StringField("kind", "article", Field.Store.YES));
    d.add(new StringField("article_id", id, Field.Store.YES));
    d.add(new TextField("title", title == null ? "" : title, Field.Store.YES));
    d.add(new TextField("text", text, Field.Store.YES));
    if (published != null) {
      d.add(new StoredField("published", published));
    }
    add(d);
    lastSeq = Math.max(lastSeq, seq);
  }

  synchronized void addQuote(String articleId, int seq, String text, String speaker, String title, boolean direct) {
    Document d = new Document();
    d.add(new StringField("kind", "quote", Field.Store.YES));
    d.add(new StringField("article_id", articleId, Field.Store.YES));
    d.add(new StoredField("seq", seq));
    d.add(new TextField("text", text, Field.Store.YES));
    d.add(new TextField("speaker", speaker == null ? "" : speaker, Field.Store.YES));
    d.add(new StoredField("article_title", title == null ? "" : title));
    d.add(new StoredField("direct", direct ? "true" : "false"));
    add(d);
  }

  private void add(Document d) {
    try {
      writer.addDocument(d);
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory index write failed", e);
    }
  }

  synchronized void commit() {
    try {
      writer.commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory index commit failed", e);
    }
  }

  /** {@code {articles: [...], quotes: [...]}} ranked by relevance. */
  ObjectNode search(String q, int limit) {
    Query query;
    try {
      MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {"title", "text", "speaker"}, analyzer);
      query = parser.parse(q);
    } catch (ParseException e) {
      try {
        query = new MultiFieldQueryParser(new String[] {"title", "text", "speaker"}, analyzer)
            .parse(MultiFieldQueryParser.escape(q));
      } catch (ParseException again) {
        throw new IllegalArgumentException("cannot read the search query '" + q + "'", again);
      }
    }
    ObjectNode out = JSON.createObjectNode();
    out.put("query", q);
    ArrayNode articles = out.putArray("articles");
    ArrayNode quotes = out.putArray("quotes");
    IndexSearcher s;
    try {
      s = searchers.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory index read failed", e);
    }
    try {
      TopDocs top = s.search(query, limit * 2);
      for (ScoreDoc sd : top.scoreDocs) {
        Document d = s.storedFields().document(sd.doc);
        ObjectNode o = JSON.createObjectNode();
        o.put("article_id", d.get("article_id"));
        o.put("score", Math.round(sd.score * 1000) / 1000.0);
        if ("article".equals(d.get("kind"))) {
          if (articles.size() >= limit) {
            continue;
          }
          o.put("title", d.get("title"));
          o.put("published", d.get("published"));
          o.put("snippet", snippet(d.get("text"), q));
          articles.add(o);
        } else {
          if (quotes.size() >= limit) {
            continue;
          }
          o.put("seq", d.getField("seq").numericValue().intValue());
          o.put("text", d.get("text"));
          o.put("speaker", d.get("speaker"));
          o.put("title", d.get("article_title"));
          // indexes written before indirect speech was reported hold direct quotations only
          o.put("direct", !"false".equals(d.get("direct")));
          quotes.add(o);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory index read failed", e);
    } finally {
      try {
        searchers.release(s);
      } catch (IOException e) {
        // releasing an in-memory reader cannot lose data; the next refresh replaces it anyway
      }
    }
  }

  /** A window of the text around the first query word it contains, else its start. */
  static String snippet(String text, String q) {
    String lower = text.toLowerCase(Locale.ROOT);
    int at = -1;
    for (String w : q.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() > 2) {
        int i = lower.indexOf(w.length() > 5 ? w.substring(0, w.length() - 2) : w);
        if (i >= 0 && (at < 0 || i < at)) {
          at = i;
        }
      }
    }
    int start = Math.max(0, at < 0 ? 0 : at - SNIPPET / 3);
    int end = Math.min(text.length(), start + SNIPPET);
    return (start > 0 ? "…" : "") + text.substring(start, end).replaceAll("\\s+", " ") + (end < text.length() ? "…" : "");
  }
}
