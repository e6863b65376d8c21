// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * Duplicate and near-duplicate articles: the same article read twice is collapsed, copies of one story (wire
 * copies re-published by several outlets, lightly edited versions) are linked to one story id with a
 * similarity score, so that later counts can be per story rather than per copy.
 */
package org.parley.ingest.dedup;
