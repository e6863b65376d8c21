// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.actors;

/** What an actor key stands for, before ids are given: the fields of the {@link Actor} it becomes. */
record ActorInfo(String name, String code, String country, String sector, String organization, String role,
                 boolean person, String gender) {

}
