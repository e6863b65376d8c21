// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * The article as Parley reads it: clean text plus metadata, the spans that point into it, and the trace steps that
 * say how an event or a quote was read from it.
 */
package org.parley.article;
