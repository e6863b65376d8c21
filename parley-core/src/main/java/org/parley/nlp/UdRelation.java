// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.nlp;

/**
 * The Universal Dependencies relation labels the rule engines read, by name: {@code NSUBJ} is {@code "nsubj"},
 * {@code ACL_RELCL} is {@code "acl:relcl"}. They are compile-time constants, so they also serve as {@code case}
 * labels and in sets of relations.
 *
 * <p>A label may carry a subtype after a colon ({@code obl:tmod}, {@code nmod:poss}). Code that reads an arc says how
 * much of the label it compares, and these three readings differ:
 * <ul>
 *   <li>the exact label: {@code d.relation().equals(OBL)} takes {@code obl} but not {@code obl:tmod};
 *   <li>the label or any subtype of it: {@link #is(String, String) is(label, OBL)}, {@link Dependency#is}, or
 *       {@code d.baseRelation().equals(OBL)}, take {@code obl} and {@code obl:tmod} but not {@code oblx};
 *   <li>any label spelled with the name in front: {@code d.relation().startsWith(NSUBJ)} takes {@code nsubj},
 *       {@code nsubj:pass} and also the older {@code nsubjpass}; note that {@code startsWith(CC)} takes
 *       {@code ccomp} too.
 * </ul>
 * {@link #NEG} is the UD version 1 label for negation, which some parsers still emit.
 */
public final class UdRelation {
  public static final String ACL = "acl";
  public static final String ACL_RELCL = "acl:relcl";
  public static final String ADVCL = "advcl";
  public static final String ADVMOD = "advmod";
  public static final String AMOD = "amod";
  public static final String APPOS = "appos";
  public static final String AUX = "aux";
  public static final String AUX_PASS = "aux:pass";
  public static final String CASE = "case";
  public static final String CC = "cc";
  public static final String CC_PRECONJ = "cc:preconj";
  public static final String CCOMP = "ccomp";
  public static final String COMPOUND = "compound";
  public static final String COMPOUND_PRT = "compound:prt";
  public static final String CONJ = "conj";
  public static final String COP = "cop";
  public static final String CSUBJ = "csubj";
  public static final String DEP = "dep";
  public static final String DET = "det";
  public static final String DISCOURSE = "discourse";
  public static final String FLAT = "flat";
  public static final String FLAT_NAME = "flat:name";
  public static final String IOBJ = "iobj";
  public static final String LIST = "list";
  public static final String MARK = "mark";
  public static final String NEG = "neg";
  public static final String NMOD = "nmod";
  public static final String NMOD_POSS = "nmod:poss";
  public static final String NSUBJ = "nsubj";
  public static final String NSUBJ_PASS = "nsubj:pass";
  public static final String NUMMOD = "nummod";
  public static final String OBJ = "obj";
  public static final String OBL = "obl";
  public static final String OBL_AGENT = "obl:agent";
  public static final String OBL_TMOD = "obl:tmod";
  public static final String ORPHAN = "orphan";
  public static final String PARATAXIS = "parataxis";
  public static final String PUNCT = "punct";
  /** What {@link ParseReadings#relation} answers for the root, which hangs on no token. */
  public static final String ROOT = "root";
  public static final String VOCATIVE = "vocative";
  public static final String XCOMP = "xcomp";

  private UdRelation() {}

  /** Whether {@code label} is {@code relation} or a subtype of it: {@code is("obl:tmod", OBL)} holds. */
  public static boolean is(String label, String relation) {
    return label.equals(relation) || label.startsWith(relation + ":");
  }
}
