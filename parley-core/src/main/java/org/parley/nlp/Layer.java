// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.nlp;

/** A kind of annotation an {@link Annotator} can require or produce. */
public enum Layer {
  SENTENCES,
  TOKENS,
  POS,
  LEMMAS,
  ENTITIES,
  DEPENDENCIES
}
