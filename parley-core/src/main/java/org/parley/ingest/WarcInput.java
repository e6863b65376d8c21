// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a WARC or WARC.gz file (as Common Crawl's news crawl writes them) with jwarc: every HTTP response
 * record whose payload is HTML becomes a page carrying its target URI and capture date; other records (requests,
 * metadata, images, redirects) are skipped and counted in one note. Each page's origin is {@code file@offset}.
 *
 * <p>A truncated or corrupt record ends the file with a problem naming its offset; records before it are kept.
 * Records larger than the page limit are skipped; when the records' declared sizes exceed the file's size times
 * the compression-ratio limit the rest of the file is refused (a decompression bomb).
 */
final class WarcInput {
  private final InputLimits limits;

  WarcInput(InputLimits limits) {
    this.limits = limits;
  }

  static boolean isWarc(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".warc") || name.endsWith(".warc.gz");
  }

  void read(Path file, InputReader.Sink sink) {
    String origin = file.toString();
    long fileSize;
    try {
      fileSize = Files.size(file);
    } catch (IOException e) {
      sink.problem(new InputProblem(origin, "cannot read: " + e.getMessage()));
      return;
    }
    if (fileSize == 0) {
      sink.problem(new InputProblem(origin, "empty: 0 bytes"));
      return;
    }
    long budget = fileSize * limits.maxCompressionRatio() + limits.maxInputBytes();
    long declared = 0;
    int records = 0;
    int pages = 0;
    int skipped = 0;
    long offset = 0;
    // Where a failure is reported: the record being read, or "after" the last good one when the next record's
    // header itself is cut off (its own offset is not known then).
    String at = "@0";
    try (WarcReader reader = new WarcReader(file)) {
      WarcRecord previous = null;
      while (true) {
        if (previous != null) {
          previous.body().consume();
          at = "@" + nextRecordStart(file, offset).map(String::valueOf).orElse(offset + " (after the record there)");
        }
        Optional<WarcRecord> next = reader.next();
        if (next.isEmpty()) {
          break;
        }
        WarcRecord record = next.get();
        previous = record;
        offset = reader.position();
        at = "@" + offset;
        if (++records > limits.maxRecords()) {
          sink.problem(new InputProblem(origin, "more than " + limits.maxRecords() + " records; the rest is skipped"));
          break;
        }
        long size = record.body().size();
        declared += size;
        if (declared > budget) {
          sink.problem(new InputProblem(origin + "@" + offset, "refused: records declare " + declared
              + " bytes from a " + fileSize + "-byte file (compression-ratio limit; a decompression bomb?)"));
          return;
        }
        if (!(record instanceof WarcResponse response) || !isHttp(response)) {
          skipped++;
          continue;
        }
        if (size > limits.maxInputBytes()) {
          sink.problem(new InputProblem(origin + "@" + offset, "record too large: " + size + " bytes, limit "
              + limits.maxInputBytes()));
          continue;
        }
        String where = origin + "@" + offset;
        try {
          if (readPage(response, where, sink)) {
            pages++;
          } else {
            skipped++;
          }
        } catch (EOFException e) {
          throw e;
        } catch (InputReader.InputException e) {
          sink.problem(new InputProblem(where, e.getMessage()));
        } catch (IOException | LinkageError e) {
          // One undecodable response (an unsupported Content-Encoding, a broken chunk) costs that page only.
          sink.problem(new InputProblem(where, "unreadable response: " + e.getMessage()));
        }
      }
    } catch (ParsingException e) {
      sink.problem(new InputProblem(origin + at, "corrupt WARC record: " + e.getMessage()));
    } catch (EOFException e) {
      sink.problem(new InputProblem(origin + at, "truncated WARC record"));
    } catch (ZipException e) {
      sink.problem(new InputProblem(origin + at, "corrupt gzip data in WARC: " + e.getMessage()));
    } catch (InputReader.InputException e) {
      sink.problem(new InputProblem(origin + at, e.getMessage()));
    } catch (IOException | RuntimeException e) {
      // jwarc reports some truncations as unchecked exceptions; all are bad data here, never a caller bug.
      sink.problem(new InputProblem(origin + at, "unreadable WARC record: " + e));
    }
    if (skipped > 0) {
      sink.note(new InputProblem(origin, "skipped " + skipped + " WARC record(s) that are not HTML responses"));
    }
    if (pages == 0 && records > 0) {
      sink.note(new InputProblem(origin, "no HTML response records"));
    }
  }

  /**
   * Where the record after the one at {@code offset} starts, found by scanning for the next gzip member or
   * WARC header line; used only to name the offset of a record whose header cannot be read.
   */
  static Optional<Long> nextRecordStart(Path file, long offset) {
    try (var ch = Files.newByteChannel(file)) {
      ch.position(offset + 1);
      java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(1 << 16);
      boolean gz = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
      byte[] magic = gz ? new byte[] {0x1f, (byte) 0x8b, 0x08} : "\nWARC/1.".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      long base = offset + 1;
      int matched = 0;
      long scanned = 0;
      while (ch.read(buf) > 0 && scanned < 64L << 20) {
        buf.flip();
        while (buf.hasRemaining()) {
          byte b = buf.get();
          matched = b == magic[matched] ? matched + 1 : (b == magic[0] ? 1 : 0);
          scanned++;
          if (matched == magic.length) {
            long start = base + scanned - magic.length;
            return Optional.of(gz ? start : start + 1);
          }
        }
        buf.clear();
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** Emits the page in {@code response}; false when the response is not a successful HTML page. */
  private boolean readPage(WarcResponse response, String where, InputReader.Sink sink) throws IOException {
    HttpResponse http = response.http();
    MediaType type = http.contentType();
    if (http.status() != 200 || !isHtml(type)) {
      return false;
    }
    byte[] bytes = bounded(http.bodyDecoded().stream());
    if (bytes.length == 0) {
      sink.problem(new InputProblem(where, "empty: response has no body"));
      return true;
    }
    String html;
    try {
      html = InputReader.decode(bytes, true, http.headers().first("Content-Type").orElse(null));
    } catch (InputReader.InputException e) {
      sink.problem(new InputProblem(where, e.getMessage()));
      return true;
    }
    LocalDate captured = response.date() == null ? null : LocalDate.ofInstant(response.date(), ZoneOffset.UTC);
    // The capture date is only a last resort: the page's own date, when found, wins (see ArticleMaker).
    sink.document(new RawDocument(where, DocumentFormat.HTML, html, null, null, null, response.target(), captured));
    return true;
  }

  private static boolean isHttp(WarcResponse response) {
    MediaType t = response.contentType();
    return t != null && t.type().equalsIgnoreCase("application") && t.subtype().equalsIgnoreCase("http");
  }

  private static boolean isHtml(MediaType type) {
    if (type == null) {
      return false;
    }
    String sub = type.subtype().toLowerCase(Locale.ROOT);
    return sub.equals("html") || sub.equals("xhtml+xml");
  }

  private byte[] bounded(InputStream in) throws IOException {
    return InputReader.readAtMost(in, limits.maxInputBytes(),
        "refused: response expands beyond " + limits.maxInputBytes() + " bytes");
  }
}
