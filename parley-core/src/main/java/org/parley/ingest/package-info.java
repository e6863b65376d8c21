// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * Ingest: from files, folders, pages, feeds, web archives and records to clean
 * {@link org.parley.article.Article}s. Bad input never throws out of this package; it becomes an
 * {@link org.parley.ingest.InputProblem} naming the input (with line, WARC offset or feed item), and the rest
 * of the batch is still read.
 *
 * <p>{@link org.parley.ingest.InputReader} chooses the format (by name, then by content for feeds) and
 * decodes bytes ({@code Charsets}); {@code WarcInput} and {@code FeedInput} split archives and feeds into
 * documents; {@link org.parley.ingest.ArticleMaker} turns a document into an article through
 * {@link org.parley.ingest.HtmlArticleExtractor} (pages) or {@link org.parley.ingest.ScrapedTextCleaner}
 * (scraped text). {@link org.parley.ingest.dedup.StoryClusterer} then collapses duplicates and links copies of
 * one story. {@link org.parley.ingest.InputLimits} bounds every step.
 */
package org.parley.ingest;
