// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How Parley's benchmarks measure: operations per second (an operation is the whole corpus or batch), three
 * warm-up and five measured iterations of two seconds, one fork with a 1 GB heap. JMH reads these annotations from
 * the superclass; a benchmark that loads the NLP models overrides the iterations and the heap.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = "-Xmx1g")
public abstract class CorpusBenchmark {
}
