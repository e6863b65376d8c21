// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * {@code parley watch}: polls news feeds and pages over HTTP and ingests what is new into the store through the
 * same {@link org.parley.store.Ingestor} as {@code parley ingest}, so the store stays the one judge of what is
 * already there.
 */
package org.parley.watch;
