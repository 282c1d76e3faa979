package org.footprint.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.footprint.ingest.IngestProgress;

/**
 * A one-line progress bar on standard error (items, MB, ETA), drawn only when standard error is a terminal,
 * so that pipes, files and CI logs get none of it.
 */
final class ProgressBar implements AutoCloseable {
  private static final int WIDTH = 24;
  private static final long PERIOD_MS = 250;

  private final PrintStream err;
  private final IngestProgress progress;
  private final long started = System.nanoTime();
  private final Thread painter;
  private volatile boolean running = true;

  private ProgressBar(PrintStream err, IngestProgress progress) {
    this.err = err;
    this.progress = progress;
    this.painter = new Thread(this::paintUntilClosed, "footprint-progress");
    painter.setDaemon(true);
    painter.start();
  }

  /** A bar when standard error is a terminal, otherwise nothing. */
  static AutoCloseable showIfTerminal(IngestProgress progress) {
    return stderrIsTerminal() ? new ProgressBar(System.err, progress) : () -> {};
  }

  /** Linux says where fd 2 points; elsewhere a console means an interactive session. */
  static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (Exception e) {
      return System.console() != null;
    }
  }

  private void paintUntilClosed() {
    try {
      Thread.sleep(PERIOD_MS * 2); // short scans finish before a bar is worth drawing
      while (running) {
        err.print("\r" + line(progress, (System.nanoTime() - started) / 1e9));
        err.flush();
        Thread.sleep(PERIOD_MS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** e.g. {@code [#########...............]  38%  12,345 items  45.1/118.0 MB  ETA 0:07}. */
  static String line(IngestProgress progress, double seconds) {
    long read = progress.bytesRead();
    long expected = Math.max(read, progress.bytesExpected());
    double fraction = expected == 0 ? 0 : (double) read / expected;
    int filled = (int) Math.round(fraction * WIDTH);
    String eta = fraction <= 0 || seconds < 1 ? "--:--" : clock(seconds / fraction - seconds);
    return String.format(Locale.ROOT, "[%s%s] %3d%%  %,d items  %.1f/%.1f MB  ETA %s ", "#".repeat(filled), ".".repeat(WIDTH - filled),
        Math.round(fraction * 100), progress.items(), read / 1e6, expected / 1e6, eta);
  }

  private static String clock(double seconds) {
    long s = Math.max(0, Math.round(seconds));
    return s / 60 + ":" + String.format(Locale.ROOT, "%02d", s % 60);
  }

  @Override
  public void close() {
    running = false;
    painter.interrupt();
    try {
      painter.join(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    err.print("\r" + " ".repeat(90) + "\r");
    err.flush();
  }
}
