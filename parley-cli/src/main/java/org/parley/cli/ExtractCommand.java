// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.parley.ingest.ArticleMaker;
import org.parley.ingest.InputProblem;
import org.parley.ingest.InputReader;
import org.parley.ingest.RawDocument;
import org.parley.ingest.dedup.StoryClusterer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code parley extract}: the ingest stage alone. Prints one JSON object mapping each page's id to what was
 * extracted from it, so extraction can be scored without loading any language model.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Extract clean articles (body, title, date, URL, site, byline, language) without analysing them.",
        "Prints one JSON object {\"<id>\": {\"articleBody\", \"title\", \"published\", \"url\", ...}}; <id> is the",
        "file name without .html.gz/.html for pages, the record's id for JSON Lines, WARC and feed items."},
    exitCodeListHeading = ExitCodes.HELP_HEADING,
    exitCodeList = {"0:every input extracted", "1:some inputs failed (one stderr line each); the rest were extracted",
        ExitCodes.HELP_USAGE})
final class ExtractCommand extends ConfiguredCommand {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, folders or - for stdin.")
  List<String> paths;

  @Override
  int run(PrintWriter out, PrintWriter err) throws Exception {
    ObjectNode all = JSON.createObjectNode();
    ArticleMaker maker = new ArticleMaker(options.config().limits());
    StoryClusterer stories = new StoryClusterer();
    int[] problems = {0};
    InputReader reader = new InputReader(options.config().limits());
    InputReader.Sink sink = new InputReader.Sink() {
      @Override
      public void document(RawDocument document) {
        maker.extract(document, this).ifPresent(x -> {
          StoryClusterer.Placement place = stories.add(x.article());
          if (place.kind() == StoryClusterer.Kind.EXACT_DUPLICATE) {
            note(new InputProblem(document.origin(), "duplicate of article " + place.copyOf() + "; extracted once"));
            return;
          }
          String key = key(document, x.article().id());
          ObjectNode o = all.putObject(key);
          o.put("articleBody", x.article().text());
          o.put("title", x.article().title());
          o.put("published", x.article().published() == null ? null : x.article().published().toString());
          o.put("url", x.article().url());
          o.put("siteName", x.article().source());
          o.put("byline", x.byline());
          o.put("language", x.language());
          o.put("origin", x.article().origin());
          o.put("id", x.article().id());
          o.put("story", place.storyId());
          if (place.kind() == StoryClusterer.Kind.NEAR_DUPLICATE) {
            o.put("copyOf", place.copyOf());
            o.put("similarity", Math.round(place.similarity() * 1000) / 1000.0);
          }
        });
      }

      @Override
      public void problem(InputProblem problem) {
        problems[0]++;
        err.println("parley: " + problem.line());
        err.flush();
      }

      @Override
      public void note(InputProblem note) {
        err.println("parley: " + note.line());
        err.flush();
      }
    };
    for (String p : paths) {
      reader.read(p, sink);
    }
    out.println(JSON.writeValueAsString(all));
    out.flush();
    return ExitCodes.forProblems(problems[0]);
  }

  /**
   * A page file is keyed by its name without extensions; a JSON Lines record by its id; a WARC record or feed
   * item by its file name and offset or item number ({@code crawl.warc.gz@1234}, {@code feed.xml#3}).
   */
  static String key(RawDocument doc, String articleId) {
    if (doc.id() != null) {
      return doc.id();
    }
    String origin = doc.origin();
    if (origin.equals("stdin")) {
      return articleId;
    }
    int cut = Math.max(origin.lastIndexOf('/'), origin.lastIndexOf(java.io.File.separatorChar));
    if (origin.matches(".*[:@#]\\d+$")) {
      return origin.substring(cut + 1);
    }
    String name = Path.of(origin).getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    for (String ext : List.of(".html.gz", ".htm.gz", ".txt.gz", ".html", ".htm", ".txt")) {
      if (lower.endsWith(ext)) {
        return name.substring(0, name.length() - ext.length());
      }
    }
    return name;
  }
}
