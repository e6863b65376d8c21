// SPDX-License-Identifier: GPL-3.0-or-later
package org.parley.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Standard output that does not swallow a failed write. Java's {@link PrintWriter} and {@code System.out}
 * only set a flag nobody reads, so `parley analyze > /dev/full` used to exit 0 with nothing written. Every
 * write error here becomes an {@link OutputFailure}, which stops the command; {@link ErrorMapping} makes it
 * exit 70 with one line, or, when the reader of a pipe has gone (`parley analyze ... | head`), end quietly
 * with 141 as a shell's own tools do.
 */
final class StandardOutput extends OutputStream {
  private final OutputStream out;

  StandardOutput(OutputStream out) {
    this.out = out;
  }

  /** The process's standard output as a writer that throws on failure. */
  static PrintWriter writer() {
    return writer(new FileOutputStream(FileDescriptor.out));
  }

  static PrintWriter writer(OutputStream target) {
    return new PrintWriter(new OutputStreamWriter(new StandardOutput(target), StandardCharsets.UTF_8), true);
  }

  @Override
  public void write(int b) {
    guarded(() -> out.write(b));
  }

  @Override
  public void write(byte[] b, int off, int len) {
    guarded(() -> out.write(b, off, len));
  }

  @Override
  public void flush() {
    guarded(out::flush);
  }

  @Override
  public void close() {
    guarded(out::close);
  }

  /** One operation on the target stream that may fail. */
  private interface Io {
    void run() throws IOException;
  }

  /** Runs {@code io}, turning its failure into an {@link OutputFailure}: the one place a write error is caught. */
  private static void guarded(Io io) {
    try {
      io.run();
    } catch (IOException e) {
      throw new OutputFailure(e);
    }
  }

  /** A write to standard output failed. */
  static final class OutputFailure extends UncheckedIOException {
    private static final long serialVersionUID = 1L;

    OutputFailure(IOException cause) {
      super("cannot write to standard output: " + cause.getMessage(), cause);
    }

    /** Whether the reader went away (a closed pipe) rather than the output failing. */
    boolean readerGone() {
      String m = String.valueOf(getCause().getMessage()).toLowerCase(Locale.ROOT);
      return m.contains("broken pipe") || m.contains("stream closed");
    }
  }
}
