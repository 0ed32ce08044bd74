package org.newsflow.cli;

import java.io.PrintWriter;

/** A one-line progress bar, drawn only on a terminal. */
final class ProgressBar {

  private static final int WIDTH = 30;
  private final PrintWriter out;
  private final int total;
  private final boolean enabled;

  ProgressBar(PrintWriter out, int total, boolean enabled) {
    this.out = out;
    this.total = total;
    this.enabled = enabled && total > 0;
  }

  void update(int done) {
    if (!enabled) {
      return;
    }
    int filled = (int) ((long) WIDTH * Math.min(done, total) / total);
    out.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total);
    out.flush();
  }

  void finish() {
    if (enabled) {
      out.println();
    }
  }
}
