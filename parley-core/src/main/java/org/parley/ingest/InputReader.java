// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.ingest;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Turns paths given on a command line (files, folders, {@code -} for standard input) into raw documents,
 * in input order. Every unreadable input becomes one {@link InputProblem}; the others are still read.
 *
 * <p>Formats are chosen by file name: {@code .txt} scraped text, {@code .html}/{@code .htm} pages,
 * {@code .jsonl} records of {@code {"id","text"|"html","title"?,"published"?,"url"?}}, {@code .xml},
 * {@code .rss} and {@code .atom} feeds, each optionally gzipped ({@code .gz}); {@code .warc} and
 * {@code .warc.gz} web archives (see {@link WarcInput}). A page or standard input whose content is an RSS or
 * Atom feed is read as one (content sniffing). Folders are read recursively in name order.
 */
public final class InputReader {

  private final InputLimits limits;

  public InputReader(InputLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /** Receives what {@link InputReader} reads. */
  public interface Sink {
    void document(RawDocument document);

    void problem(InputProblem problem);

    /** Something worth telling the user that is not a failure (records skipped on purpose). */
    default void note(InputProblem note) {}
  }

  /** A page's markup, not a line of text that opens with an inline tag ("<b>Rebels</b> rejected ..."). */
  private static final java.util.regex.Pattern PAGE_MARKUP = java.util.regex.Pattern.compile(
      "(?i)<(?:!doctype|html|head|body|meta|title|p|div|article|section|main|br|table|ul|ol|h[1-6])[\\s/>]");

  static boolean looksLikePage(String trimmed) {
    return trimmed.startsWith("<") && (trimmed.startsWith("<!") || trimmed.startsWith("<?")
        || PAGE_MARKUP.matcher(trimmed.substring(0, Math.min(trimmed.length(), 65_536))).find());
  }

  /** Reads {@code path}, or standard input when {@code path} is {@code -} (read as scraped text or JSON Lines). */
  public void read(String path, Sink sink) {
    Objects.requireNonNull(sink, "sink");
    if ("-".equals(path)) {
      try {
        byte[] bytes = readBounded(System.in, "-");
        String text = decode(bytes, false);
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("{")) {
          readJsonLines("stdin", text, sink);
        } else if (FeedInput.looksLikeFeed(trimmed)) {
          new FeedInput(limits).read("stdin", trimmed, sink);
        } else if (looksLikePage(trimmed)) {
          emitChecked(RawDocument.of("stdin", DocumentFormat.HTML, text), sink);
        } else {
          emitChecked(RawDocument.of("stdin", DocumentFormat.SCRAPED_TEXT, text), sink);
        }
      } catch (InputException e) {
        sink.problem(new InputProblem("stdin", e.getMessage()));
      } catch (IOException e) {
        sink.problem(new InputProblem("stdin", "cannot read: " + e.getMessage()));
      }
      return;
    }
    Path p = Path.of(path);
    if (Files.isDirectory(p)) {
      List<Path> files = new ArrayList<>();
      try (Stream<Path> walk = Files.walk(p)) {
        walk.filter(Files::isRegularFile).filter(f -> formatOf(f) != null).sorted().forEach(files::add);
      } catch (IOException e) {
        sink.problem(new InputProblem(path, "cannot list folder: " + e.getMessage()));
        return;
      }
      if (files.isEmpty()) {
        sink.problem(new InputProblem(path, "folder holds no " + KNOWN + " files"));
      }
      files.forEach(f -> readFile(f, sink));
      return;
    }
    readFile(p, sink);
  }

  /**
   * Reads one file; one that cannot be held in memory fails alone. The limits are set to fit the heap, but
   * a heap shared with other work can still run short, and the inputs after this one must still be read.
   */
  private void readFile(Path file, Sink sink) {
    try {
      readOneFile(file, sink);
    } catch (OutOfMemoryError e) {
      sink.problem(new InputProblem(file.toString(), "too large to hold in memory; lower --max-input-mib or "
          + "give Java more heap (PARLEY_JAVA_OPTS=-Xmx...)"));
    }
  }

  private void readOneFile(Path file, Sink sink) {
    String origin = file.toString();
    String format = formatOf(file);
    if (format == null) {
      sink.problem(new InputProblem(origin, "unknown input type (expected " + KNOWN + ", optionally .gz)"));
      return;
    }
    if (format.equals("warc")) {
      if (!Files.exists(file)) {
        sink.problem(new InputProblem(origin, "no such file"));
        return;
      }
      new WarcInput(limits).read(file, sink);
      return;
    }
    try {
      if (!Files.exists(file)) {
        sink.problem(new InputProblem(origin, "no such file"));
        return;
      }
      long size = Files.size(file);
      if (size > limits.maxInputBytes()) {
        sink.problem(new InputProblem(origin, "too large: " + size + " bytes, limit " + limits.maxInputBytes()));
        return;
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(file)) {
        bytes = readBounded(in, origin);
      }
      if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
        bytes = gunzip(bytes, origin);
      }
      String text = decode(bytes, format.equals("html") || format.equals("feed"));
      if ((format.equals("html") || format.equals("feed")) && FeedInput.looksLikeFeed(text)) {
        format = "feed";
      } else if (format.equals("feed")) {
        sink.problem(new InputProblem(origin, "not an RSS or Atom feed"));
        return;
      }
      switch (format) {
        case "jsonl" -> readJsonLines(origin, text, sink);
        case "feed" -> new FeedInput(limits).read(origin, text, sink);
        case "html" -> emitChecked(RawDocument.of(origin, DocumentFormat.HTML, text), sink);
        default -> emitChecked(RawDocument.of(origin, DocumentFormat.SCRAPED_TEXT, text), sink);
      }
    } catch (InputException e) {
      sink.problem(new InputProblem(origin, e.getMessage()));
    } catch (NoSuchFileException e) {
      sink.problem(new InputProblem(origin, "no such file"));
    } catch (AccessDeniedException e) {
      sink.problem(new InputProblem(origin, "permission denied"));
    } catch (IOException e) {
      sink.problem(new InputProblem(origin, "cannot read: " + e.getMessage()));
    }
  }

  /**
   * Reads a document fetched over the network ({@code parley watch}): an RSS or Atom feed becomes one document
   * per item, anything else one page (HTML when it looks like markup, else scraped text) with {@code url} as its
   * address. Decoded with the charset of {@code contentType} (the HTTP header, may be null) when the bytes do not
   * name one, within the same size limit as a file; an unreadable body is one problem naming {@code origin}.
   */
  public void readFetched(String origin, String url, byte[] bytes, String contentType, Sink sink) {
    Objects.requireNonNull(sink, "sink");
    try {
      if (bytes.length > limits.maxInputBytes()) {
        throw new InputException("too large: " + bytes.length + " bytes, limit " + limits.maxInputBytes());
      }
      String text = decode(bytes, true, contentType);
      String trimmed = text.stripLeading();
      if (FeedInput.looksLikeFeed(trimmed)) {
        new FeedInput(limits).read(origin, trimmed, sink);
      } else {
        DocumentFormat format = looksLikePage(trimmed) ? DocumentFormat.HTML : DocumentFormat.SCRAPED_TEXT;
        emitChecked(new RawDocument(origin, format, text, null, null, null, url), sink);
      }
    } catch (InputException e) {
      sink.problem(new InputProblem(origin, e.getMessage()));
    }
  }

  /** Whether the reader knows the type of {@code file} by its name, as it does when it walks a folder. */
  public static boolean knowsType(Path file) {
    return formatOf(file) != null;
  }

  private static final String KNOWN = ".txt, .html, .htm, .jsonl, .xml, .rss, .atom, .warc";

  private static String formatOf(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (WarcInput.isWarc(file)) {
      return "warc";
    }
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    if (name.endsWith(".txt")) {
      return "txt";
    }
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return "html";
    }
    if (name.endsWith(".jsonl")) {
      return "jsonl";
    }
    if (name.endsWith(".xml") || name.endsWith(".rss") || name.endsWith(".atom")) {
      return "feed";
    }
    return null;
  }

  private void readJsonLines(String origin, String text, Sink sink) {
    String[] lines = text.split("\r?\n", -1);
    int records = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      String where = origin + ":" + (i + 1);
      if (++records > limits.maxRecords()) {
        sink.problem(new InputProblem(origin, "more than " + limits.maxRecords() + " records; the rest is skipped"));
        return;
      }
      try {
        emitChecked(ArticleRecord.read(line, where, DocumentFormat.PLAIN_TEXT), sink);
      } catch (IllegalArgumentException e) {
        sink.problem(new InputProblem(where, e.getMessage()));
      }
    }
    if (records == 0) {
      sink.problem(new InputProblem(origin, "empty: no JSON records"));
    }
  }

  private static void emitChecked(RawDocument doc, Sink sink) {
    if (doc.content().isBlank()) {
      sink.problem(new InputProblem(doc.origin(), "empty: no text"));
      return;
    }
    sink.document(doc);
  }

  private byte[] readBounded(InputStream in, String origin) throws IOException {
    return readAtMost(in, limits.maxInputBytes(), "too large: over " + limits.maxInputBytes() + " bytes");
  }

  /**
   * Reads {@code in} whole, refusing it with {@code tooLarge} as soon as more than {@code cap} bytes arrive: the
   * one place ingest turns a stream into bytes, so no input can grow past its limit in memory.
   */
  static byte[] readAtMost(InputStream in, long cap, String tooLarge) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buf)) > 0) {
      total += n;
      if (total > cap) {
        throw new InputException(tooLarge);
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  private byte[] gunzip(byte[] compressed, String origin) throws IOException {
    long cap = Math.min(limits.maxInputBytes(), (long) compressed.length * limits.maxCompressionRatio() + 65536);
    try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(compressed))) {
      return readAtMost(in, cap, "refused: gzip expands beyond " + cap + " bytes (ratio or size limit; a gzip bomb?)");
    } catch (EOFException e) {
      throw new InputException("truncated gzip data");
    } catch (ZipException e) {
      throw new InputException("corrupt gzip data: " + e.getMessage());
    }
  }

  /**
   * Decodes bytes: a BOM wins, then strict UTF-8, then an HTML page's declared charset, then Windows-1252
   * (the usual charset of pages that are not UTF-8). Binary content is refused.
   */
  static String decode(byte[] bytes, boolean html) {
    return decode(bytes, html, null);
  }

  /** As {@link #decode(byte[], boolean)}, honouring an HTTP Content-Type header's charset. */
  static String decode(byte[] bytes, boolean html, String contentType) {
    if (bytes.length == 0) {
      throw new InputException("empty: 0 bytes");
    }
    if (looksBinary(bytes)) {
      throw new InputException("binary content, not text");
    }
    return Charsets.decode(bytes, html, contentType);
  }

  private static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    int control = 0;
    int start = 0;
    // UTF-16 with a BOM is text with many NULs.
    if (n >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
      return false;
    }
    for (int i = start; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
        control++;
      }
    }
    return control > n / 20;
  }

  /** Thrown inside the reader for bad data; always turned into an {@link InputProblem}. */
  static final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InputException(String message) {
      super(message, null, false, false);
    }
  }

  static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
