// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * The events stage: what happened, coded in PLOVER with the closest CAMEO code. {@link
 * org.parley.events.DependencyEventCoder} reads triggers from the dependency parse with the data-file lexicon
 * {@link org.parley.events.EventLexicon} (verbs, nouns, adjectives and the speech, failure, intention and aspect
 * words that shape them), reads polarity, modality and attribution from the words above each trigger, tags issues
 * with {@link org.parley.events.IssueTagger}, and merges reports of one event with {@link
 * org.parley.events.EventMerger}.
 */
package org.parley.events;
