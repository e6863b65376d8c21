// SPDX-License-Identifier: GPL-3.0-or-later
/** The {@link org.parley.engine.Parley} facade and its configuration: the one entry point for every shell. */
package org.parley.engine;
