// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonTest {
  @Test
  void writesResponseBytesAsUtf8OfTheSameJsonText() {
    ObjectNode o = Json.object().put("place_name", "Göttingen – Śląsk").put("evidence_text", "talks … «ceasefire»");
    o.putArray("issues").add("ceasefire");
    byte[] bytes = Json.bytes(o);
    assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(Json.string(o));
    assertThat(Json.parse(new String(bytes, StandardCharsets.UTF_8))).isEqualTo(o);
  }
}
