// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * Ingest: from files, folders, pages and records to clean {@link org.parley.article.Article}s. Bad input
 * never throws out of this package; it becomes an {@link org.parley.ingest.InputProblem} naming the input.
 */
package org.parley.ingest;
