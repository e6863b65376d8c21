// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * Linguistic annotation: tokens, tags, entities and dependency parses as Parley records, and the
 * {@link org.parley.nlp.Annotator} contract NLP backends implement.
 */
package org.parley.nlp;
