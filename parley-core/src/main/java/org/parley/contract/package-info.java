// SPDX-License-Identifier: GPL-3.0-or-later
/** The output contract (version 1): how an analysis is written as JSON. */
package org.parley.contract;
