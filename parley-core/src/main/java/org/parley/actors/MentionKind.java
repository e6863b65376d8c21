// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.actors;

/** How a mention refers to its actor. */
public enum MentionKind {
  /** A proper name: "Dmytro Kuleba", "Ukraine", "NATO". */
  NAME,
  /** A description or title: "the Russian side", "Ukrainian officials", "the minister". */
  DESCRIPTION,
  /** A place standing for its government: "Kyiv", "the Kremlin". */
  METONYM,
  /** A pronoun resolved through coreference: "he", "its". */
  PRONOUN
}
