// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.nlp.corenlp;

import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.io.RuntimeIOException;
import edu.stanford.nlp.parser.nndep.Config;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The weights and vocabularies of a CoreNLP nndep model file ({@code english_UD.gz}), read once, laid out for
 * {@link BasicDependencyParser}'s inference. The file is read as CoreNLP's {@code DependencyParser.loadModelFile}
 * reads it (same splitting, same {@link Float#parseFloat}), so every weight is the same float. Two matrices are
 * stored transposed, which changes no arithmetic, only the order in which independent sums are advanced: the
 * output layer as doubles, in blocks of transitions, so that the scores of a block accumulate side by side
 * (CoreNLP sums each score alone, a chain of dependent additions that leaves the processor idle), and the hidden
 * layer by input column for the same reason when a feature's products are computed.
 */
final class NndepModel {
  /** Positions of a feature vector: 18 words, 18 tags, 12 arc labels (CoreNLP's {@code Config.numTokens}). */
  static final int NUM_TOKENS = Config.numTokens;

  final Map<String, Integer> wordIds = new HashMap<>();
  final Map<String, Integer> posIds = new HashMap<>();
  final Map<String, Integer> labelIds = new HashMap<>();
  /** Arc labels as the transitions name them: the model's labels without the first ({@code -NULL-}). */
  final List<String> labels = new ArrayList<>();
  /** The label only arcs from the root take. */
  final String rootLabel;
  final int embeddingSize;
  final int hiddenSize;
  /** Left arcs (one per label), right arcs (one per label), shift: CoreNLP's order. */
  final int numTransitions;
  /** Embeddings of words, then tags, then labels, by feature id. */
  final float[][] embeddings;
  /** Hidden-layer weights by input column: {@code w1ByColumn[c][h]} is CoreNLP's {@code W1[h][c]}. */
  final float[][] w1ByColumn;
  final float[] bias;
  /** Transitions whose output weights are stored together (see {@link #w2Blocks}). */
  static final int BLOCK = 8;
  /**
   * Output weights in blocks of {@link #BLOCK} transitions, each block unit by unit: {@code w2Blocks[(b *
   * hiddenSize + h) * BLOCK + k]} is CoreNLP's {@code W2[b * BLOCK + k][h]} (0 past the last transition), so that a
   * block's scores are summed from one contiguous stretch of memory.
   */
  final double[] w2Blocks;
  /** Feature indices ({@code id * NUM_TOKENS + position}) whose products CoreNLP precomputes in double. */
  final BitSet precomputed;
  /** Words, then tags, then labels, by feature id, as the file lists them (kept for {@link NndepSnapshot}). */
  private final String[] names;
  private final int nDict;
  private final int nPos;

  private NndepModel(BufferedReader in, int numPreComputed) throws IOException {
    precomputed = new BitSet();
    String s = in.readLine();
    if (s.startsWith("language=")) {
      String language = s.substring(9, s.length() - 1);
      if (!language.equals("UniversalEnglish")) {
        throw new IllegalArgumentException("parser model for " + language + ": only UniversalEnglish is supported");
      }
      in.readLine(); // the treebank language pack, used by CoreNLP for training and evaluation only
      s = in.readLine();
    }
    nDict = headerValue(s);
    nPos = headerValue(in.readLine());
    int nLabel = headerValue(in.readLine());
    embeddingSize = headerValue(in.readLine());
    hiddenSize = headerValue(in.readLine());
    in.readLine(); // numTokens: CoreNLP uses its constant
    int nPreComputed = headerValue(in.readLine());
    embeddings = new float[nDict + nPos + nLabel][];
    names = new String[embeddings.length];
    List<String> knownLabels = new ArrayList<>();
    int id = 0;
    for (int k = 0; k < nDict; k++, id++) {
      wordIds.put(readEmbedding(in, id), id);
    }
    for (int k = 0; k < nPos; k++, id++) {
      posIds.put(readEmbedding(in, id), id);
    }
    for (int k = 0; k < nLabel; k++, id++) {
      String label = readEmbedding(in, id);
      labelIds.put(label, id);
      knownLabels.add(label);
    }
    w1ByColumn = new float[embeddingSize * NUM_TOKENS][];
    for (int c = 0; c < w1ByColumn.length; c++) {
      w1ByColumn[c] = floats(in.readLine().split(" "), 0, hiddenSize);
    }
    bias = floats(in.readLine().split(" "), 0, hiddenSize);
    numTransitions = nLabel * 2 - 1;
    int blocks = (numTransitions + BLOCK - 1) / BLOCK;
    w2Blocks = new double[blocks * hiddenSize * BLOCK];
    for (int h = 0; h < hiddenSize; h++) {
      float[] row = floats(in.readLine().split(" "), 0, numTransitions);
      for (int t = 0; t < numTransitions; t++) {
        w2Blocks[((t / BLOCK) * hiddenSize + h) * BLOCK + t % BLOCK] = row[t];
      }
    }
    readPrecomputed(in, nPreComputed, numPreComputed);
    labels.addAll(knownLabels.subList(1, knownLabels.size()));
    rootLabel = labels.get(0);
  }

  /** A model from the parts {@link NndepSnapshot} kept of one read from text: the same maps, arrays and values. */
  private NndepModel(String[] names, int nDict, int nPos, int embeddingSize, int hiddenSize, int numTransitions,
                     float[][] embeddings, float[][] w1ByColumn, float[] bias, double[] w2Blocks, BitSet precomputed) {
    this.names = names;
    this.nDict = nDict;
    this.nPos = nPos;
    this.embeddingSize = embeddingSize;
    this.hiddenSize = hiddenSize;
    this.numTransitions = numTransitions;
    this.embeddings = embeddings;
    this.w1ByColumn = w1ByColumn;
    this.bias = bias;
    this.w2Blocks = w2Blocks;
    this.precomputed = precomputed;
    List<String> knownLabels = new ArrayList<>();
    for (int id = 0; id < names.length; id++) {
      // put in id order, as the text is read, so that a name listed twice keeps the same id
      if (id < nDict) {
        wordIds.put(names[id], id);
      } else if (id < nDict + nPos) {
        posIds.put(names[id], id);
      } else {
        labelIds.put(names[id], id);
        knownLabels.add(names[id]);
      }
    }
    labels.addAll(knownLabels.subList(1, knownLabels.size()));
    rootLabel = labels.get(0);
  }

  /** Writes what {@link #readSnapshot} needs to rebuild this model. */
  void writeSnapshot(DataOutputStream out) throws IOException {
    out.writeInt(names.length);
    out.writeInt(nDict);
    out.writeInt(nPos);
    out.writeInt(embeddingSize);
    out.writeInt(hiddenSize);
    out.writeInt(numTransitions);
    for (String n : names) {
      out.writeUTF(n);
    }
    for (float[] row : embeddings) {
      NndepSnapshot.writeFloats(out, row);
    }
    out.writeInt(w1ByColumn.length);
    for (float[] column : w1ByColumn) {
      NndepSnapshot.writeFloats(out, column);
    }
    NndepSnapshot.writeFloats(out, bias);
    out.writeInt(w2Blocks.length);
    for (double w : w2Blocks) {
      out.writeDouble(w);
    }
    long[] bits = precomputed.toLongArray();
    out.writeInt(bits.length);
    for (long b : bits) {
      out.writeLong(b);
    }
  }

  /** The model {@link #writeSnapshot} wrote. */
  static NndepModel readSnapshot(DataInputStream in) throws IOException {
    String[] names = new String[count(in)];
    int nDict = in.readInt();
    int nPos = in.readInt();
    int embeddingSize = in.readInt();
    int hiddenSize = in.readInt();
    int numTransitions = in.readInt();
    for (int i = 0; i < names.length; i++) {
      names[i] = in.readUTF();
    }
    float[][] embeddings = new float[names.length][];
    for (int i = 0; i < embeddings.length; i++) {
      embeddings[i] = NndepSnapshot.readFloats(in);
    }
    float[][] w1ByColumn = new float[count(in)][];
    for (int c = 0; c < w1ByColumn.length; c++) {
      w1ByColumn[c] = NndepSnapshot.readFloats(in);
    }
    float[] bias = NndepSnapshot.readFloats(in);
    double[] w2Blocks = new double[count(in)];
    byte[] w2 = new byte[w2Blocks.length * Double.BYTES];
    in.readFully(w2);
    java.nio.ByteBuffer.wrap(w2).asDoubleBuffer().get(w2Blocks);
    long[] bits = new long[count(in)];
    for (int i = 0; i < bits.length; i++) {
      bits[i] = in.readLong();
    }
    return new NndepModel(names, nDict, nPos, embeddingSize, hiddenSize, numTransitions, embeddings, w1ByColumn, bias,
        w2Blocks, BitSet.valueOf(bits));
  }

  /** A length read from a snapshot, refused when no model could have it (a damaged file must not exhaust the heap). */
  private static int count(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > 1 << 24) {
      throw new IOException("a snapshot section of " + n + " entries");
    }
    return n;
  }

  /**
   * Reads the model CoreNLP would read for {@code model}.
   *
   * @param numPreComputed how many of the file's most frequent features CoreNLP precomputes (its
   *     {@code numPreComputed}); their products are summed in double, all others rounded to float
   */
  static NndepModel load(String model, int numPreComputed) {
    java.util.Optional<NndepSnapshot> snapshot = NndepSnapshot.of(model, numPreComputed);
    java.util.Optional<NndepModel> kept = snapshot.flatMap(NndepSnapshot::read);
    if (kept.isPresent()) {
      return kept.get();
    }
    NndepModel read = loadText(model, numPreComputed);
    snapshot.ifPresent(s -> s.write(read));
    return read;
  }

  /** Reads the text model, as CoreNLP does, ignoring any snapshot. */
  static NndepModel loadText(String model, int numPreComputed) {
    try (BufferedReader in = IOUtils.readerFromString(model)) {
      return new NndepModel(in, numPreComputed);
    } catch (IOException e) {
      throw new RuntimeIOException(e);
    }
  }

  /** CoreNLP's {@code getWordID}: unknown words share the id of {@code -UNKNOWN-}. */
  int wordId(String word) {
    Integer id = wordIds.get(word);
    return id != null ? id : wordIds.get(Config.UNKNOWN);
  }

  /** CoreNLP's {@code getPosID}. */
  int posId(String tag) {
    Integer id = posIds.get(tag);
    return id != null ? id : posIds.get(Config.UNKNOWN);
  }

  private String readEmbedding(BufferedReader in, int id) throws IOException {
    String[] splits = in.readLine().split(" ");
    embeddings[id] = floats(splits, 1, embeddingSize);
    names[id] = splits[0];
    return splits[0];
  }

  /** Only the first {@code numPreComputed} ids of the file's list are precomputed, as in CoreNLP's Classifier. */
  private void readPrecomputed(BufferedReader in, int inFile, int numPreComputed) throws IOException {
    int read = 0;
    while (read < inFile) {
      for (String split : in.readLine().split(" ")) {
        if (read++ < numPreComputed) {
          precomputed.set(Integer.parseInt(split));
        }
      }
    }
  }

  private static int headerValue(String line) {
    return Integer.parseInt(line.substring(line.indexOf('=') + 1));
  }

  private static float[] floats(String[] splits, int from, int count) {
    float[] out = new float[count];
    for (int i = 0; i < count; i++) {
      out[i] = Float.parseFloat(splits[from + i]);
    }
    return out;
  }
}
