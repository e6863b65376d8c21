// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parley.ingest.InputLimits;
import org.parley.store.JdbcStore;
import org.parley.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code parley import ANALYSES...}: keeps analyses made elsewhere ({@code parley analyze}, the Spark job) in
 * the store as they are, without the NLP models. Like ingest, it adds nothing already stored, so it can be run
 * again after an interruption.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Store saved analyses (the contract's JSON Lines from 'parley analyze' or the Spark job) "
        + "without analysing again.", "Inputs: .jsonl files (optionally .gz) and folders of them or of part-* files."})
final class ImportCommand extends ParleyCommand {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Analyses files or folders (e.g. OUT/analyses).")
  List<Path> paths = new ArrayList<>();

  @Mixin
  StoreOptions storeOptions;

  @Mixin
  LimitOptions limits = new LimitOptions();

  @Override
  int run(PrintWriter out, PrintWriter err) {
    int[] counts = new int[2];
    int problems = 0;
    InputLimits within = limits.limits();
    try (JdbcStore store = storeOptions.open()) {
      for (Path p : paths) {
        problems += AnalysisFiles.read(p, within, err, (json, analysis, where) -> {
          try {
            Store.PutResult r = store.put(JSON.readTree(json));
            counts[r == Store.PutResult.ADDED ? 0 : 1]++;
          } catch (JsonProcessingException e) {
            throw new IllegalStateException(where + ": read as an analysis but not as JSON", e);
          }
        });
      }
      out.printf("imported %d analyses into %s (%d already stored, %d unreadable lines or files)%n", counts[0],
          store.describe(), counts[1], problems);
      out.flush();
    }
    return ExitCodes.forProblems(problems);
  }
}
