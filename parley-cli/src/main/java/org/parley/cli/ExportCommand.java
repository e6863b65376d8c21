// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.parley.store.EventQuery;
import org.parley.store.Exporter;
import org.parley.store.JdbcStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parley export}: writes stored analyses as JSONL, CSV, Parquet or a GDELT 2.0 style event table. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export the store: jsonl (the contract, one article per line), csv and parquet (one event per row), "
        + "gdelt (GDELT 2.0 event columns, tab-separated), geojson (the placed events as map points).")
final class ExportCommand extends ParleyCommand {
  @Option(names = "--format", required = true, paramLabel = "jsonl|csv|parquet|gdelt|geojson",
      description = "Output format (geojson: the events that have coordinates, for a map).")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output; required for parquet).")
  Path out;

  @Option(names = "--actor", description = "Events whose source or target name or code contains this.") String actor;
  @Option(names = "--country", description = "Events involving this ISO alpha-3 country.") String country;
  @Option(names = "--type", description = "PLOVER event type.") String type;
  @Option(names = "--issue", description = "Negotiation issue, e.g. ceasefire.") String issue;
  @Option(names = "--from", description = "First event date (YYYY-MM-DD or YYYY-MM).") String from;
  @Option(names = "--to", description = "Last event date (YYYY-MM-DD or YYYY-MM).") String to;
  @Option(names = "--place", description = "Events whose place name contains this.") String place;
  @Option(names = "--text", description = "Events whose evidence contains these words.") String text;
  @Option(names = "--polarity", paramLabel = "positive|negated", description = "Only events that did (positive) or did not (negated) happen.") String polarity;
  @Option(names = "--modality", paramLabel = "LIST", description = "asserted, reported, intended, hypothetical; several joined by commas.") String modality;

  @Mixin
  StoreOptions storeOptions;

  @Override
  int run(PrintWriter stdout, PrintWriter err) throws IOException {
    Exporter.Format f = Exporter.Format.of(format);
    Map<String, String> p = new HashMap<>();
    p.put("actor", actor);
    p.put("country", country);
    p.put("type", type);
    p.put("issue", issue);
    p.put("from", from);
    p.put("to", to);
    p.put("place", place);
    p.put("text", text);
    p.put("polarity", polarity);
    p.put("modality", modality);
    EventQuery q = EventQuery.of(p).page(EventQuery.MAX_LIMIT, 0);
    if (out != null && Files.isDirectory(out)) {
      throw new IllegalArgumentException("--out " + out + " is a folder; name the file to write");
    }
    try (JdbcStore store = storeOptions.openForReading()) {
      Exporter ex = new Exporter(store);
      long rows;
      if (f == Exporter.Format.PARQUET) {
        if (out == null) {
          throw new IllegalArgumentException("parquet is binary: give --out FILE");
        }
        rows = ex.writeParquet(q, out);
      } else if (out == null) {
        rows = ex.write(f, q, stdout);
      } else {
        rows = writeFile(ex, f, q);
      }
      String what = switch (f) {
        case JSONL -> "articles";
        case GEOJSON -> "placed events";
        default -> "events";
      };
      err.printf("parley: exported %d %s to %s%n", rows, what, out == null ? "standard output" : out);
      err.flush();
      return ExitCodes.OK;
    }
  }

  /** Writes the export to {@code --out}, creating its folder as the parquet export does; a failure is one line. */
  private long writeFile(Exporter ex, Exporter.Format f, EventQuery q) {
    try {
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8))) {
        return ex.write(f, q, w);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out + ": " + e, e);
    }
  }
}
