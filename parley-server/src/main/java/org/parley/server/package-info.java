// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * The REST API ({@code /api}) and the dashboard ({@code /}) over a Parley store, served by Javalin. One
 * error mapping ({@link org.parley.server.ApiErrors}) turns every failure into a JSON error with an HTTP status.
 */
package org.parley.server;
