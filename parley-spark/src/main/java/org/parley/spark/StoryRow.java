// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.spark;

import java.io.Serializable;

/**
 * A near-copy's link to its story between Spark stages ({@code Article.StoryLink} is not serialisable).
 *
 * @param storyId    the story's id: the smallest article id among the story's articles
 * @param copyOf     the article it is filed as a copy of: the story's first article (the one with {@code storyId})
 * @param similarity Jaccard similarity of its word shingles with {@code copyOf}'s, 0 to 1
 */
record StoryRow(String storyId, String copyOf, double similarity) implements Serializable {}
