// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.actors;

/**
 * A mention before ids are given: where it stands (sentence, first and last token) and the key of the actor it
 * names (see {@link ArticleActors}).
 */
record DraftMention(int sentence, int first, int last, String key, MentionKind kind) {

}
