// SPDX-License-Identifier: GPL-3.0-or-later
/** The Stanford CoreNLP adapter: the only package of Parley that imports {@code edu.stanford.nlp}. */
package org.parley.nlp.corenlp;
