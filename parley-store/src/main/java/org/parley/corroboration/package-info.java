// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * Corroboration across outlets: the events that several articles report as the same happening grouped, with
 * the outlets that report it, the first report, and the reports that contradict it (a denial, a "did not").
 */
package org.parley.corroboration;
