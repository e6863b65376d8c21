// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parser's binary snapshot gives back the very model read from CoreNLP's text file (every float bit for bit, the
 * vocabularies with the same ids, the same precomputed features), and a damaged or foreign snapshot is ignored.
 */
class NndepSnapshotIT {
  private static final String MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

  @Test
  void aSnapshotReadsBackTheSameModel(@TempDir Path dir) {
    NndepModel text = NndepModel.loadText(MODEL, 100_000);
    NndepSnapshot snapshot = NndepSnapshot.at(dir.resolve("m.bin"), "english_UD|test");
    snapshot.write(text);
    NndepModel kept = snapshot.read().orElseThrow();

    assertThat(kept.wordIds).isEqualTo(text.wordIds);
    assertThat(kept.posIds).isEqualTo(text.posIds);
    assertThat(kept.labelIds).isEqualTo(text.labelIds);
    assertThat(kept.labels).isEqualTo(text.labels);
    assertThat(kept.rootLabel).isEqualTo(text.rootLabel);
    assertThat(kept.embeddingSize).isEqualTo(text.embeddingSize);
    assertThat(kept.hiddenSize).isEqualTo(text.hiddenSize);
    assertThat(kept.numTransitions).isEqualTo(text.numTransitions);
    assertThat(kept.embeddings).isDeepEqualTo(text.embeddings);
    assertThat(kept.w1ByColumn).isDeepEqualTo(text.w1ByColumn);
    assertThat(kept.bias).isEqualTo(text.bias);
    assertThat(kept.w2Blocks).isEqualTo(text.w2Blocks);
    assertThat(kept.precomputed).isEqualTo(text.precomputed);
    assertThat(kept.precomputed.cardinality()).isPositive();
  }

  @Test
  void aTruncatedOrForeignSnapshotIsIgnored(@TempDir Path dir) throws IOException {
    NndepModel text = NndepModel.loadText(MODEL, 100_000);
    Path file = dir.resolve("m.bin");
    NndepSnapshot.at(file, "english_UD|one").write(text);
    assertThat(NndepSnapshot.at(file, "english_UD|another").read()).isEmpty();

    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    assertThat(NndepSnapshot.at(file, "english_UD|one").read()).isEmpty();
  }
}
