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
 * <p>A truncated or corrupt record is reported with its offset; records before it are kept. In a {@code .warc.gz}
 * reading resumes at the next intact gzip member (each record is a member), so one damaged member costs only
 * its own record; a truncated last member ends the file.
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
    Tally tally = new Tally(fileSize * limits.maxCompressionRatio() + limits.maxInputBytes(), fileSize);
    long start = 0;
    while (start >= 0) {
      start = readFrom(file, start, tally, sink);
    }
    if (tally.refused) {
      return;
    }
    if (tally.skipped > 0) {
      sink.note(new InputProblem(origin, "skipped " + tally.skipped + " WARC record(s) that are not HTML responses"));
    }
    if (tally.pages == 0 && tally.records > 0) {
      sink.note(new InputProblem(origin, "no HTML response records"));
    }
  }

  /** Counts kept across the runs of one file that a resynchronisation splits it into. */
  private static final class Tally {
    final long budget;
    final long fileSize;
    long declared;
    int records;
    int pages;
    int skipped;
    boolean refused;

    Tally(long budget, long fileSize) {
      this.budget = budget;
      this.fileSize = fileSize;
    }
  }

  /**
   * Reads records from byte {@code start} to the end of the file or to the first damaged record; returns where
   * reading resumes (the next intact gzip member after a damaged one) or -1 when the file is done.
   */
  private long readFrom(Path file, long start, Tally tally, InputReader.Sink sink) {
    String origin = file.toString();
    long offset = start;
    // Where a failure is reported: the record being read, or "after" the last good one when the next record's
    // header itself is cut off (its own offset is not known then).
    String at = "@" + start;
    long atOffset = start;
    String failure;
    try (var channel = java.nio.channels.FileChannel.open(file)) {
      channel.position(start);
      // A seekable channel makes jwarc's positions absolute file offsets, so origins stay file@offset.
      WarcReader reader = new WarcReader(channel);
      WarcRecord previous = null;
      while (true) {
        if (previous != null) {
          previous.body().consume();
          Optional<Long> next = nextRecordStart(file, offset);
          atOffset = next.orElse(offset);
          at = "@" + next.map(String::valueOf).orElse(offset + " (after the record there)");
        }
        Optional<WarcRecord> next = reader.next();
        if (next.isEmpty()) {
          return -1;
        }
        WarcRecord record = next.get();
        previous = record;
        offset = reader.position();
        at = "@" + offset;
        atOffset = offset;
        if (++tally.records > limits.maxRecords()) {
          sink.problem(new InputProblem(origin, "more than " + limits.maxRecords() + " records; the rest is skipped"));
          return -1;
        }
        long size = record.body().size();
        tally.declared += size;
        if (tally.declared > tally.budget) {
          sink.problem(new InputProblem(origin + "@" + offset, "refused: records declare " + tally.declared
              + " bytes from a " + tally.fileSize + "-byte file (compression-ratio limit; a decompression bomb?)"));
          tally.refused = true;
          return -1;
        }
        if (!(record instanceof WarcResponse response) || !isHttp(response)) {
          tally.skipped++;
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
            tally.pages++;
          } else {
            tally.skipped++;
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
      failure = "corrupt WARC record: " + e.getMessage();
    } catch (EOFException e) {
      failure = "truncated WARC record";
    } catch (ZipException e) {
      failure = "corrupt gzip data in WARC: " + e.getMessage();
    } catch (InputReader.InputException e) {
      failure = e.getMessage();
    } catch (IOException | RuntimeException e) {
      // jwarc reports some truncations as unchecked exceptions; all are bad data here, never a caller bug.
      failure = "unreadable WARC record: " + e;
    }
    // In a .warc.gz each record is its own gzip member, so one damaged member need not cost the records after
    // it: resume at the next member that parses as a WARC record. With none after it the damage is the end
    // (a truncated last member is reported as such).
    Optional<Long> resume = resumePoint(file, atOffset);
    sink.problem(new InputProblem(origin + at, failure
        + resume.map(r -> "; damaged gzip member skipped, reading resumes at byte " + r).orElse("")));
    return resume.orElse(-1L);
  }

  /**
   * The first gzip member after {@code damaged} that opens with a readable WARC header, if the file is gzipped;
   * candidates are gzip magic bytes (1f 8b 08), which may also occur by chance inside compressed data, hence the
   * parse check.
   */
  static Optional<Long> resumePoint(Path file, long damaged) {
    if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
      return Optional.empty();
    }
    long from = damaged;
    for (int tries = 0; tries < 10_000; tries++) {
      Optional<Long> candidate = nextRecordStart(file, from);
      if (candidate.isEmpty()) {
        return Optional.empty();
      }
      long c = candidate.get();
      try (var channel = java.nio.channels.FileChannel.open(file)) {
        channel.position(c);
        WarcReader probe = new WarcReader(channel);
        if (probe.next().isPresent()) {
          return candidate;
        }
      } catch (IOException | RuntimeException e) {
        // Not a member start after all (chance magic bytes in compressed data): look further on.
      }
      from = c;
    }
    return Optional.empty();
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
