// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.ingest.dedup;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.article.Article;

/**
 * Places each article in a story: a new story, an exact duplicate of an earlier article (same text after
 * normalising case, punctuation and spacing), or a near-duplicate copy of an earlier story.
 *
 * <p>Near-duplicates are found with MinHash over word 5-shingles (128 hash functions; the share of equal
 * minima estimates the Jaccard similarity of the shingle sets) and banded locality-sensitive hashing
 * (32 bands of 4 rows) so that each article is compared only with likely copies, not with all earlier ones.
 * An article joins the story of its most similar earlier article when the estimated similarity reaches the
 * threshold (0.5 by default: wire copies with a changed headline, dateline or a few sentences stay well
 * above it; two different articles on the same event share few 5-word runs and stay well below).
 *
 * <p>Articles kept from earlier batches ({@link EarlierArticles}, e.g. a store's) take part too: for each new
 * article with a publication date the clusterer fetches, once, the earlier articles published within
 * {@value #WINDOW_DAYS} days of it, since copies of a story run within days of each other. The same text as an
 * earlier article is {@link Kind#STORED_DUPLICATE}; a near copy of one joins its story.
 *
 * <p>Not thread-safe: one clusterer reads one batch in order.
 */
public final class StoryClusterer {
  /** What an article is, relative to those seen before it. */
  public enum Kind {
    NEW_STORY,
    /** The same text as an earlier article of this batch. */
    EXACT_DUPLICATE,
    /** A near copy of an earlier article, of this batch or an earlier one. */
    NEAR_DUPLICATE,
    /** The same text as an article from an earlier batch: what a store already holds. */
    STORED_DUPLICATE
  }

  /**
   * Where an article was placed.
   *
   * @param kind       new story, exact duplicate or near-duplicate
   * @param storyId    the story's id: the id of its first article
   * @param copyOf     for duplicates, the id of the most similar earlier article; null for a new story
   * @param similarity estimated Jaccard similarity of the word shingles with {@code copyOf} (1 for exact)
   */
  public record Placement(Kind kind, String storyId, String copyOf, double similarity) {
    public Placement {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(storyId, "storyId");
      if (similarity < 0 || similarity > 1) {
        throw new IllegalArgumentException("similarity must be in [0, 1], got " + similarity);
      }
    }
  }

  private static final int HASHES = 128;
  private static final int BANDS = 32;
  private static final int ROWS = HASHES / BANDS;
  /** Words per shingle: the runs of words two copies of a story share. */
  public static final int SHINGLE = 5;
  /** Estimated Jaccard similarity of the shingle sets from which an article is a copy of another, by default. */
  public static final double DEFAULT_THRESHOLD = 0.5;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  /** Days either side of a new article's date within which earlier articles are compared with it. */
  static final int WINDOW_DAYS = 3;

  private final double threshold;
  private final long[] seeds = new long[HASHES];
  private final EarlierArticles earlier;
  private final Set<LocalDate> earlierDaysRead = new HashSet<>();
  private final Set<String> earlierIds = new HashSet<>();
  private final Map<String, String> exact = new HashMap<>();
  private final Map<String, String> storyById = new HashMap<>();
  private final List<Entry> entries = new ArrayList<>();
  private final List<Map<Long, List<Integer>>> bands = new ArrayList<>();

  private record Entry(String id, String storyId, long[] signature) {}

  public StoryClusterer() {
    this(DEFAULT_THRESHOLD, EarlierArticles.NONE);
  }

  /** A clusterer that also compares each article with the {@code earlier} ones published around its date. */
  public StoryClusterer(EarlierArticles earlier) {
    this(DEFAULT_THRESHOLD, earlier);
  }

  /** @param threshold estimated Jaccard similarity from which an article counts as a copy of an earlier one */
  public StoryClusterer(double threshold, EarlierArticles earlier) {
    this.earlier = Objects.requireNonNull(earlier, "earlier");
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
    }
    this.threshold = threshold;
    long x = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < HASHES; i++) {
      x = mix(x + i);
      seeds[i] = x;
    }
    for (int b = 0; b < BANDS; b++) {
      bands.add(new HashMap<>());
    }
  }

  /** Places {@code article} and remembers it for the articles that follow. */
  public Placement add(Article article) {
    Objects.requireNonNull(article, "article");
    if (article.published() != null) {
      readEarlier(article.published());
    }
    String key = normalized(article.text());
    String first = exact.get(key);
    if (first != null) {
      Kind kind = earlierIds.contains(first) ? Kind.STORED_DUPLICATE : Kind.EXACT_DUPLICATE;
      return new Placement(kind, storyById.get(first), first, 1.0);
    }
    exact.put(key, article.id());
    long[] sig = signature(key);
    int best = -1;
    double bestSim = 0;
    if (sig != null) {
      for (int b = 0; b < BANDS; b++) {
        List<Integer> bucket = bands.get(b).get(bandKey(sig, b));
        if (bucket == null) {
          continue;
        }
        for (int i : bucket) {
          double sim = similarity(sig, entries.get(i).signature());
          if (sim > bestSim) {
            bestSim = sim;
            best = i;
          }
        }
      }
    }
    Placement placement;
    if (best >= 0 && bestSim >= threshold) {
      Entry e = entries.get(best);
      placement = new Placement(Kind.NEAR_DUPLICATE, e.storyId(), e.id(), bestSim);
    } else {
      placement = new Placement(Kind.NEW_STORY, article.id(), null, 0);
    }
    remember(article.id(), placement.storyId(), sig);
    return placement;
  }

  private void remember(String id, String storyId, long[] sig) {
    storyById.putIfAbsent(id, storyId);
    if (sig != null) {
      int index = entries.size();
      entries.add(new Entry(id, storyId, sig));
      for (int b = 0; b < BANDS; b++) {
        bands.get(b).computeIfAbsent(bandKey(sig, b), k -> new ArrayList<>()).add(index);
      }
    }
  }

  /** Fetches the earlier articles of the days around {@code day} not fetched yet, in one request per run of days. */
  private void readEarlier(LocalDate day) {
    LocalDate from = null;
    for (LocalDate d = day.minusDays(WINDOW_DAYS); !d.isAfter(day.plusDays(WINDOW_DAYS)); d = d.plusDays(1)) {
      if (earlierDaysRead.add(d)) {
        from = from == null ? d : from;
      } else if (from != null) {
        fetch(from, d.minusDays(1));
        from = null;
      }
    }
    if (from != null) {
      fetch(from, day.plusDays(WINDOW_DAYS));
    }
  }

  private void fetch(LocalDate from, LocalDate to) {
    earlier.published(from, to, (id, storyId, text) -> {
      String key = normalized(text);
      if (earlierIds.contains(id) || exact.containsKey(key)) {
        return;
      }
      earlierIds.add(id);
      exact.put(key, id);
      remember(id, storyId, signature(key));
    });
  }

  /**
   * Text with case, accents' composition, punctuation and spacing normalised: what "the same article" means.
   * Words are separated by single spaces; the Spark job shingles these same words, so both paths compare the same
   * 5-word runs.
   */
  public static String normalized(String text) {
    String t = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(t.length());
    Matcher m = WORD.matcher(t);
    while (m.find()) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(m.group());
    }
    return sb.toString();
  }

  /** The MinHash signature of the word shingles of normalised text; null when the text is too short. */
  private long[] signature(String normalized) {
    String[] words = normalized.isEmpty() ? new String[0] : normalized.split(" ");
    int k = Math.min(SHINGLE, words.length);
    if (k == 0) {
      return null;
    }
    long[] sig = new long[HASHES];
    java.util.Arrays.fill(sig, Long.MAX_VALUE);
    for (int i = 0; i + k <= words.length; i++) {
      long h = 1125899906842597L;
      for (int j = i; j < i + k; j++) {
        for (byte b : words[j].getBytes(StandardCharsets.UTF_8)) {
          h = 31 * h + b;
        }
        h = 31 * h + ' ';
      }
      h = mix(h);
      for (int s = 0; s < HASHES; s++) {
        long v = mix(h ^ seeds[s]);
        if (v < sig[s]) {
          sig[s] = v;
        }
      }
    }
    return sig;
  }

  private static long bandKey(long[] sig, int band) {
    long h = band;
    for (int r = 0; r < ROWS; r++) {
      h = mix(h * 31 + sig[band * ROWS + r]);
    }
    return h;
  }

  private static double similarity(long[] a, long[] b) {
    int same = 0;
    for (int i = 0; i < HASHES; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / HASHES;
  }

  /** SplitMix64's finaliser: a fast, well-spread 64-bit hash. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
