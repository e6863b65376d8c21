// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** One strict reading of an article record, for JSON Lines inputs and the API alike. */
class ArticleRecordTest {
  private static RawDocument read(String json) {
    return ArticleRecord.read(json, "in.jsonl:1", DocumentFormat.PLAIN_TEXT);
  }

  @Test
  void readsAWellFormedRecord() {
    RawDocument d = read("{\"id\": 17, \"text\": \"Troops withdrew from the town.\", \"title\": \"Withdrawal\", "
        + "\"published\": \"2024-05-02T08:00:00Z\", \"url\": \"https://news.example/w\"}");
    assertThat(d.id()).isEqualTo("17");
    assertThat(d.format()).isEqualTo(DocumentFormat.PLAIN_TEXT);
    assertThat(d.published()).isEqualTo(LocalDate.of(2024, 5, 2));
    assertThat(d.title()).isEqualTo("Withdrawal");
  }

  @Test
  void refusesWhatItCannotReadAsWritten() {
    assertThatThrownBy(() -> read("{\"text\": \"Talks resumed.\"} trailing")).hasMessageContaining("invalid JSON");
    assertThatThrownBy(() -> read("{\"text\": 42}")).hasMessageContaining("\"text\" must be a string");
    assertThatThrownBy(() -> read("{\"text\": \"Talks resumed.\", \"published\": 20240502}"))
        .hasMessageContaining("\"published\" must be a string");
    assertThatThrownBy(() -> read("{\"text\": \"Talks resumed.\", \"published\": \"May 2\"}"))
        .hasMessageContaining("\"published\" must be an ISO date");
    assertThatThrownBy(() -> read("{\"text\": \"a\", \"html\": \"<p>b</p>\"}")).hasMessageContaining("exactly one");
    assertThatThrownBy(() -> read("[1, 2]")).hasMessageContaining("not a JSON object");
  }
}
