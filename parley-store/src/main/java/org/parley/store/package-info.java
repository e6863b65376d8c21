// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * Keeps analyses: an embedded DuckDB file by default, PostgreSQL for shared deployments, the same schema
 * (SQL migrations in {@code db/migration}) and behaviour on both. {@link org.parley.store.Store} is the one
 * interface the CLI and the server use; {@link org.parley.store.Ingestor} is the one place that decides
 * whether an article needs analysing.
 */
package org.parley.store;
