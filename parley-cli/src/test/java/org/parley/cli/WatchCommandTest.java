// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley watch} refuses bad sources, rules and durations at once, before a store or a model is touched. */
class WatchCommandTest {
  @TempDir
  Path tmp;

  @Test
  void aBadSourcesFileIsAConfigurationErrorNamingTheLineAndNoStoreIsCreated() throws Exception {
    Path sources = tmp.resolve("sources.txt");
    Files.writeString(sources, "https://wire.example.org/rss\nwire.example.org/feed\n");
    CommandRun run = new CommandRun();
    int code = run.run("watch", sources.toString(), "--db", tmp.resolve("s.duckdb").toString());
    assertThat(code).isEqualTo(ExitCodes.CONFIG);
    assertThat(run.err()).contains(sources + ":2: 'wire.example.org/feed' is not an http or https address (lines are "
        + "URL, URL<TAB>NAME or NAME = URL)");
    assertThat(tmp.resolve("s.duckdb")).doesNotExist();
  }

  @Test
  void aBadDurationIsAUsageErrorSayingTheForm() throws Exception {
    Path sources = tmp.resolve("sources.txt");
    Files.writeString(sources, "https://wire.example.org/rss\n");
    CommandRun run = new CommandRun();
    assertThat(run.run("watch", sources.toString(), "--every", "ten")).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("'ten' is not a duration; write a number and a unit (ms, s, m, h), e.g. 30s or 10m");
  }

  @Test
  void alertsNeedAValidRulesFileAndASecret() throws Exception {
    Path sources = tmp.resolve("sources.txt");
    Files.writeString(sources, "https://wire.example.org/rss\n");
    Path rules = tmp.resolve("alerts.txt");
    Files.writeString(rules, "webhook https://hooks.example.org/x\nassault\n");
    CommandRun run = new CommandRun();
    assertThat(run.run("watch", sources.toString(), "--alerts", rules.toString())).isEqualTo(ExitCodes.CONFIG);
    assertThat(run.err()).contains(rules + ":2: assault needs * (any) or the actors it is about");
    if (System.getenv(WatchOptions.SECRET_VARIABLE) == null) {
      Files.writeString(rules, "webhook https://hooks.example.org/x\nassault *\n");
      run.clear();
      assertThat(run.run("serve", "--watch", sources.toString(), "--alerts", rules.toString())).isEqualTo(ExitCodes.CONFIG);
      assertThat(run.err()).contains("--alerts needs a webhook secret of at least 16 characters in $PARLEY_WEBHOOK_SECRET");
    }
  }

  @Test
  void serveWatchRefusesABadSourcesFileBeforeServing() throws Exception {
    CommandRun run = new CommandRun();
    assertThat(run.run("serve", "--watch", tmp.resolve("none.txt").toString(), "--port", "0")).isEqualTo(ExitCodes.CONFIG);
    assertThat(run.err()).contains("sources file " + tmp.resolve("none.txt") + " does not exist");
  }
}
