// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * Alerts on what changed in the store after a watcher's poll: rules read from a small file, changes found by
 * comparing what the store says now with what it said before, delivered as signed JSON to a webhook.
 */
package org.parley.alerts;
