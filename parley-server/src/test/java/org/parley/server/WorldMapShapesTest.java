// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's bundled country shapes (made by {@code scripts/make-world-map.py}): a ring segment spanning
 * more than 180 degrees of longitude is drawn as a line across the whole map (Russia and Fiji cross the
 * antimeridian, Antarctica's ring closes along the map's edge), so none may.
 */
class WorldMapShapesTest {
  private static JsonNode shapes() throws Exception {
    try (InputStream in = ParleyServer.class.getResourceAsStream("web/world-110m.geojson")) {
      assertThat(in).as("bundled world-110m.geojson").isNotNull();
      return Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private static List<JsonNode> rings(JsonNode feature) {
    JsonNode g = feature.path("geometry");
    List<JsonNode> out = new ArrayList<>();
    if (g.path("type").asText().equals("Polygon")) {
      g.path("coordinates").forEach(out::add);
    } else {
      g.path("coordinates").forEach(polygon -> polygon.forEach(out::add));
    }
    return out;
  }

  @Test
  void noRingSegmentSpansMoreThanHalfTheWorldAndEveryRingIsClosedOnTheMap() throws Exception {
    List<String> problems = new ArrayList<>();
    int rings = 0;
    for (JsonNode f : shapes().path("features")) {
      String name = f.path("properties").path("name").asText();
      for (JsonNode ring : rings(f)) {
        rings++;
        JsonNode first = ring.get(0);
        JsonNode last = ring.get(ring.size() - 1);
        assertThat(first.get(0).asDouble() == last.get(0).asDouble() && first.get(1).asDouble() == last.get(1).asDouble())
            .as("%s: ring closed, %s .. %s", name, first, last).isTrue();
        for (int i = 0; i < ring.size(); i++) {
          double lon = ring.get(i).get(0).asDouble();
          if (Math.abs(lon) > 180 || Math.abs(ring.get(i).get(1).asDouble()) > 90) {
            problems.add(name + ": point off the map " + ring.get(i));
          }
          if (i > 0 && Math.abs(lon - ring.get(i - 1).get(0).asDouble()) > 180) {
            problems.add(name + ": " + ring.get(i - 1) + " -> " + ring.get(i));
          }
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(rings).isGreaterThan(200);
  }

  @Test
  void keepsTheCountriesThatCrossTheAntimeridianOnBothSidesOfIt() throws Exception {
    for (String name : List.of("Russia", "Fiji")) {
      boolean east = false;
      boolean west = false;
      for (JsonNode f : shapes().path("features")) {
        if (f.path("properties").path("name").asText().equals(name)) {
          for (JsonNode ring : rings(f)) {
            for (JsonNode p : ring) {
              east |= p.get(0).asDouble() > 170;
              west |= p.get(0).asDouble() < -170;
            }
          }
        }
      }
      assertThat(east && west).as("%s has land on both sides of 180°", name).isTrue();
    }
  }
}
