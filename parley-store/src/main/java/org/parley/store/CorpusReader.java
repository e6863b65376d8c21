// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.store;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.parley.ingest.DocumentFormat;
import org.parley.ingest.InputLimits;
import org.parley.ingest.InputProblem;
import org.parley.ingest.InputReader;
import org.parley.ingest.RawDocument;

/**
 * Reads a corpus for ingest: everything {@link InputReader} reads (text, HTML, JSON Lines, gzipped or not,
 * folders) plus web archives ({@code .warc}, {@code .warc.gz}: each HTML {@code response} record is one
 * article, its target URI the article URL) and feeds ({@code .rss}, {@code .atom}, {@code .xml}: each item
 * with its link, title, date and full content or description).
 */
public final class CorpusReader {
  private final InputLimits limits;
  private final InputReader reader;

  public CorpusReader(InputLimits limits) {
    this.limits = limits;
    this.reader = new InputReader(limits);
  }

  /** Reads each path in order; every unreadable input becomes one problem and the others are still read. */
  public void read(List<String> paths, InputReader.Sink sink) {
    for (String p : paths) {
      Path path = Path.of(p);
      if (!"-".equals(p) && Files.isDirectory(path)) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile).sorted().forEach(files::add);
        } catch (IOException e) {
          sink.problem(new InputProblem(p, "cannot list folder: " + e.getMessage()));
          continue;
        }
        for (Path f : files) {
          if (isWarc(f) || isFeed(f) || isPlain(f)) {
            readOne(f.toString(), sink);
          }
        }
      } else {
        readOne(p, sink);
      }
    }
  }

  private void readOne(String p, InputReader.Sink sink) {
    Path f = Path.of(p);
    if (isWarc(f)) {
      readWarc(f, sink);
    } else if (isFeed(f)) {
      readFeed(f, sink);
    } else {
      reader.read(p, sink);
    }
  }

  private static String name(Path f) {
    return f.getFileName() == null ? "" : f.getFileName().toString().toLowerCase(Locale.ROOT);
  }

  static boolean isWarc(Path f) {
    return name(f).endsWith(".warc") || name(f).endsWith(".warc.gz");
  }

  static boolean isFeed(Path f) {
    String n = name(f);
    return n.endsWith(".rss") || n.endsWith(".atom") || n.endsWith(".xml");
  }

  private static boolean isPlain(Path f) {
    String n = name(f).replaceAll("\\.gz$", "");
    return n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".jsonl");
  }

  // ---- WARC -------------------------------------------------------------------------------------------

  private void readWarc(Path f, InputReader.Sink sink) {
    String origin = f.toString();
    int records = 0;
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(f));
         InputStream in = new BufferedInputStream(name(f).endsWith(".gz") ? new GZIPInputStream(raw) : raw)) {
      while (true) {
        String version = line(in);
        while (version != null && version.isEmpty()) {
          version = line(in);
        }
        if (version == null) {
          break;
        }
        if (!version.startsWith("WARC/")) {
          sink.problem(new InputProblem(origin, "not a WARC file (record " + (records + 1) + " starts with '"
              + abbreviate(version) + "')"));
          return;
        }
        String type = null;
        String uri = null;
        String date = null;
        long length = -1;
        for (String h = line(in); h != null && !h.isEmpty(); h = line(in)) {
          int colon = h.indexOf(':');
          if (colon < 0) {
            continue;
          }
          String key = h.substring(0, colon).strip().toLowerCase(Locale.ROOT);
          String value = h.substring(colon + 1).strip();
          switch (key) {
            case "warc-type" -> type = value;
            case "warc-target-uri" -> uri = value;
            case "warc-date" -> date = value;
            case "content-length" -> length = Long.parseLong(value);
            default -> { }
          }
        }
        if (length < 0) {
          sink.problem(new InputProblem(origin, "WARC record " + (records + 1) + " has no Content-Length"));
          return;
        }
        records++;
        if (length > limits.maxInputBytes()) {
          in.skipNBytes(length);
          sink.problem(new InputProblem(origin + "#" + records, "record too large: " + length + " bytes"));
          continue;
        }
        byte[] block = in.readNBytes((int) length);
        if (!"response".equals(type)) {
          continue;
        }
        String http = new String(block, StandardCharsets.ISO_8859_1);
        int bodyAt = http.indexOf("\r\n\r\n");
        int skip = 4;
        if (bodyAt < 0) {
          bodyAt = http.indexOf("\n\n");
          skip = 2;
        }
        if (bodyAt < 0) {
          continue;
        }
        String head = http.substring(0, bodyAt).toLowerCase(Locale.ROOT);
        if (!head.contains("text/html") || !head.startsWith("http/")) {
          continue;
        }
        String body = new String(block, bodyAt + skip, block.length - bodyAt - skip, StandardCharsets.UTF_8);
        sink.document(new RawDocument(origin + "#" + records, DocumentFormat.HTML, body, null, null,
            date(date), uri));
      }
    } catch (IOException | RuntimeException e) {
      sink.problem(new InputProblem(origin, "cannot read WARC: " + e.getMessage()));
    }
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    int c;
    while ((c = in.read()) >= 0) {
      if (c == '\n') {
        break;
      }
      if (b.size() > 64 * 1024) {
        throw new IOException("header line longer than 64 KiB");
      }
      b.write(c);
    }
    if (c < 0 && b.size() == 0) {
      return null;
    }
    String s = b.toString(StandardCharsets.UTF_8);
    return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
  }

  // ---- RSS and Atom -----------------------------------------------------------------------------------

  private void readFeed(Path f, InputReader.Sink sink) {
    String origin = f.toString();
    try {
      if (Files.size(f) > limits.maxInputBytes()) {
        sink.problem(new InputProblem(origin, "too large: " + Files.size(f) + " bytes"));
        return;
      }
      Document doc = Jsoup.parse(Files.readString(f, StandardCharsets.UTF_8), "", Parser.xmlParser());
      List<Element> items = new ArrayList<>(doc.select("item"));
      items.addAll(doc.select("entry"));
      if (items.isEmpty()) {
        sink.problem(new InputProblem(origin, "no RSS <item> or Atom <entry> found"));
        return;
      }
      int n = 0;
      for (Element item : items) {
        n++;
        String title = first(item, "title");
        String link = first(item, "link");
        if (link == null) {
          Element l = item.selectFirst("link[href]");
          link = l == null ? null : l.attr("href");
        }
        String content = first(item, "content|encoded, encoded, content");
        if (content == null) {
          content = first(item, "description, summary");
        }
        if (content == null) {
          sink.problem(new InputProblem(origin + "#" + n, "feed item has no content or description"));
          continue;
        }
        String html = "<html><head><title>" + org.jsoup.nodes.Entities.escape(title == null ? "" : title)
            + "</title></head><body><article>" + content + "</article></body></html>";
        sink.document(new RawDocument(origin + "#" + n, DocumentFormat.HTML, html, null, title,
            date(first(item, "pubDate, published, updated, dc|date, date")), link));
      }
    } catch (IOException | RuntimeException e) {
      sink.problem(new InputProblem(origin, "cannot read feed: " + e.getMessage()));
    }
  }

  private static String first(Element item, String css) {
    Element e = item.selectFirst(css);
    if (e == null) {
      return null;
    }
    String t = e.wholeText().strip();
    return t.isEmpty() ? null : t;
  }

  static LocalDate date(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String v = s.strip();
    try {
      return OffsetDateTime.parse(v).toLocalDate();
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
