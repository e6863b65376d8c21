// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * Linguistic annotation: tokens, tags, entities and dependency parses as Parley records, and the
 * {@link org.parley.nlp.Annotator} contract NLP backends implement. The rule engines read parses through
 * {@link org.parley.nlp.ParseReadings} and name dependency relations by {@link org.parley.nlp.UdRelation}.
 */
package org.parley.nlp;
