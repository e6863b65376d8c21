// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * Searches running while articles are added and committed: the load script found searches failing with
 * "this IndexReader is closed" because a commit closed the reader a search had just picked up.
 */
class TextIndexConcurrencyTest {
  @Test
  void searchesWhileWritersCommitNeverSeeAClosedReader() throws Exception {
    TextIndex index = new TextIndex();
    index.addArticle("a-0", 1, "Talks in the harbour town", "Envoys met for ceasefire talks in the harbour town.", null);
    index.commit();
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    CountDownLatch go = new CountDownLatch(1);
    Thread writer = new Thread(() -> {
      try {
        go.await();
        for (int i = 1; i <= 400; i++) {
          index.addArticle("a-" + i, i + 1, "Report " + i, "The ceasefire held on day " + i + ", a mediator said.", null);
          index.commit();
        }
      } catch (Throwable t) {
        failures.add(t);
      }
    });
    List<Thread> readers = new java.util.ArrayList<>();
    for (int r = 0; r < 4; r++) {
      readers.add(new Thread(() -> {
        try {
          go.await();
          for (int i = 0; i < 600; i++) {
            assertThat(index.search("ceasefire", 5).path("articles").size()).isPositive();
          }
        } catch (Throwable t) {
          failures.add(t);
        }
      }));
    }
    writer.start();
    readers.forEach(Thread::start);
    go.countDown();
    writer.join();
    for (Thread t : readers) {
      t.join();
    }
    assertThat(failures).isEmpty();
  }
}
