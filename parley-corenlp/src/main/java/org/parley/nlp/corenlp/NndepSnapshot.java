// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.nlp.corenlp;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The parser's weights as read from CoreNLP's text model, kept in binary after the first run so that later runs
 * skip parsing some ten million decimal numbers (about a second of a cold start). The file holds exactly the floats
 * {@link Float#parseFloat} gave (their bits), the vocabularies in id order and the precomputed feature set, so a model
 * read from it is the same model: no parse can differ.
 *
 * <p>The file lives in {@code $PARLEY_CACHE}, else {@code $XDG_CACHE_HOME/parley}, else {@code ~/.cache/parley}, and
 * is named after the model file's identity (its location, size and time), so a changed model is read afresh. A
 * snapshot that cannot be read or written is ignored (a warning in the log) and the text model is read as before.
 */
final class NndepSnapshot {
  private static final Logger LOG = Logger.getLogger(NndepSnapshot.class.getName());
  private static final String MAGIC = "parley-nndep-snapshot-1";

  private final Path file;
  private final String key;

  private NndepSnapshot(Path file, String key) {
    this.file = file;
    this.key = key;
  }

  /** The snapshot for model resource {@code model}, or empty when the model or a cache folder cannot be found. */
  static Optional<NndepSnapshot> of(String model, int numPreComputed) {
    Path dir = cacheDir();
    String identity = identity(model);
    if (dir == null || identity == null) {
      return Optional.empty();
    }
    String key = identity + "|numPreComputed=" + numPreComputed;
    return Optional.of(new NndepSnapshot(dir.resolve("nndep-" + sha256(key).substring(0, 20) + ".bin"), key));
  }

  /** A snapshot at {@code file} for a model known by {@code key} (tests). */
  static NndepSnapshot at(Path file, String key) {
    return new NndepSnapshot(file, key);
  }

  Path file() {
    return file;
  }

  /** The model the snapshot holds, or empty when there is none yet or it is not this model's. */
  Optional<NndepModel> read() {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      if (!MAGIC.equals(in.readUTF()) || !key.equals(in.readUTF())) {
        return Optional.empty();
      }
      return Optional.of(NndepModel.readSnapshot(in));
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "parley: the parser snapshot " + file + " cannot be read (" + e
          + "); reading the text model", e);
      return Optional.empty();
    }
  }

  /** Writes {@code model} (to a temporary file first, so that a reader never sees half a snapshot). */
  void write(NndepModel model) {
    Path tmp = null;
    try {
      Files.createDirectories(file.getParent());
      tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
      try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
        out.writeUTF(MAGIC);
        out.writeUTF(key);
        model.writeSnapshot(out);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "parley: cannot keep the parser snapshot " + file + " (" + e + ")", e);
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // a stray temporary file in a cache folder harms nothing
        }
      }
    }
  }

  /** Floats written in one block of bytes: a row of weights at a time. */
  static void writeFloats(DataOutputStream out, float[] values) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.BIG_ENDIAN);
    b.asFloatBuffer().put(values);
    out.writeInt(values.length);
    out.write(b.array());
  }

  static float[] readFloats(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > 1 << 26) {
      throw new IOException("a row of " + n + " floats");
    }
    byte[] bytes = new byte[n * Float.BYTES];
    in.readFully(bytes);
    float[] values = new float[n];
    ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN).asFloatBuffer().get(values);
    return values;
  }

  private static Path cacheDir() {
    String own = System.getenv("PARLEY_CACHE");
    if (own != null && !own.isBlank()) {
      return Path.of(own);
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg, "parley");
    }
    String home = System.getProperty("user.home");
    return home == null || home.isBlank() ? null : Path.of(home, ".cache", "parley");
  }

  /** Where the model is read from, with the size and time of the file holding it; null when it is not found. */
  private static String identity(String model) {
    try {
      Path direct = Path.of(model);
      if (Files.isRegularFile(direct)) {
        return direct.toAbsolutePath() + "|" + Files.size(direct) + "|" + Files.getLastModifiedTime(direct).toMillis();
      }
      URL url = NndepSnapshot.class.getClassLoader().getResource(model);
      if (url == null) {
        return null;
      }
      String location = url.toString();
      Path holder = null;
      if (location.startsWith("jar:file:")) {
        holder = Path.of(java.net.URI.create(location.substring(4, location.indexOf("!/"))));
      } else if (location.startsWith("file:")) {
        holder = Path.of(url.toURI());
      }
      if (holder == null || !Files.isRegularFile(holder)) {
        return null;
      }
      return location + "|" + Files.size(holder) + "|" + Files.getLastModifiedTime(holder).toMillis();
    } catch (IOException | RuntimeException | java.net.URISyntaxException e) {
      return null;
    }
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
