// SPDX-License-Identifier: GPL-3.0-or-later
/** The article as Parley reads it: clean text plus metadata, and the spans that point into it. */
package org.parley.article;
