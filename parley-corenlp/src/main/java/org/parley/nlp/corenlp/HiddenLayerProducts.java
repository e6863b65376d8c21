// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.nlp.corenlp;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The hidden-layer input of each feature (a feature's embedding times its slice of the hidden-layer weights),
 * kept once computed, with exactly the values CoreNLP's nndep Classifier adds: for the {@code numPreComputed}
 * features it precomputes, the products summed in double; for every other feature, the same sum rounded to float,
 * as CoreNLP's LRU cache stores it (with {@code numCached > 0}, as Parley configures it).
 *
 * <p>CoreNLP precomputes its frequent features at load time and keeps the others in a synchronized LRU cache that
 * all threads queue for. Here every product is computed the first time it occurs (the frequent ones are kept
 * whatever their number), and all are then read without a lock: a table slot is written once (two threads may both
 * compute it; they write equal arrays).
 * Which features are kept changes no value, only speed: at most {@code maxRounded} float entries are kept (the
 * heap bound of CoreNLP's cache), later ones are computed each time they occur.
 */
final class HiddenLayerProducts {
  private static final VarHandle SLOTS = MethodHandles.arrayElementVarHandle(Object[].class);
  private final NndepModel model;
  /** By feature index ({@code id * NUM_TOKENS + position}): a double[] or float[] once computed, else null. */
  private final Object[] slots;
  private final int maxRounded;
  private final AtomicInteger rounded = new AtomicInteger();

  HiddenLayerProducts(NndepModel model, int maxRounded) {
    this.model = model;
    this.slots = new Object[model.embeddings.length * NndepModel.NUM_TOKENS];
    this.maxRounded = maxRounded;
    // CoreNLP computes the frequent features' products when it loads (seconds of work for 100,000 features); here
    // each is computed the first time it occurs and kept for good, which gives the same values and spares a
    // one-article run the products it never reads
  }

  /**
   * Adds the hidden-layer input of every feature to {@code hidden} (zeros on entry), in feature order, as
   * CoreNLP's {@code computeScores} adds them, so that every sum is the same double.
   */
  void sum(int[] features, double[] hidden) {
    for (int j = 0; j < features.length; j++) {
      Object product = product(features[j] * NndepModel.NUM_TOKENS + j);
      if (product instanceof double[] exact) {
        for (int h = 0; h < hidden.length; h++) {
          hidden[h] += exact[h];
        }
      } else {
        float[] single = (float[]) product;
        for (int h = 0; h < hidden.length; h++) {
          hidden[h] += single[h];
        }
      }
    }
  }

  private Object product(int index) {
    Object kept = SLOTS.getAcquire(slots, index);
    if (kept != null) {
      return kept;
    }
    double[] sum = multiply(index / NndepModel.NUM_TOKENS, index % NndepModel.NUM_TOKENS);
    if (model.precomputed.get(index)) {
      SLOTS.setRelease(slots, index, sum);
      return sum;
    }
    float[] single = new float[sum.length];
    for (int h = 0; h < sum.length; h++) {
      single[h] = (float) sum[h];
    }
    if (rounded.get() < maxRounded && SLOTS.compareAndExchangeRelease(slots, index, null, single) == null) {
      rounded.incrementAndGet();
    }
    return single;
  }

  /**
   * CoreNLP's {@code matrixMultiplySlice}: for each hidden unit, the float products of weight and embedding summed
   * in double from the first embedding dimension to the last. Advancing all units one dimension at a time keeps
   * each unit's order of additions and lets the units' sums proceed independently.
   */
  private double[] multiply(int id, int position) {
    double[] sum = new double[model.hiddenSize];
    float[] embedding = model.embeddings[id];
    int column = position * model.embeddingSize;
    for (int k = 0; k < embedding.length; k++) {
      float e = embedding[k];
      float[] weights = model.w1ByColumn[column + k];
      for (int h = 0; h < sum.length; h++) {
        sum[h] += weights[h] * e;
      }
    }
    return sum;
  }
}
