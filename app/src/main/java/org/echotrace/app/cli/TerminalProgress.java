package org.echotrace.app.cli;

import java.io.PrintWriter;
import org.echotrace.Progress;

/**
 * Shows progress on one terminal line ({@code read 120/5000}), redrawn at most every 200 ms so that
 * printing never slows a run down.
 */
final class TerminalProgress implements Progress {

    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final boolean redraw;
    private long lastDraw;
    private String lastStage = "";
    private boolean drawn;

    TerminalProgress(PrintWriter err, boolean redraw) {
        this.err = err;
        this.redraw = redraw;
    }

    /** Redraws one line on a terminal; in a log (no console) prints a line only when a stage ends. */
    static TerminalProgress create(PrintWriter err) {
        return new TerminalProgress(err, System.console() != null);
    }

    @Override
    public synchronized void update(String stage, long done, long total) {
        long now = System.nanoTime();
        boolean finished = total >= 0 && done >= total;
        if (stage.equals(lastStage) && !finished && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        lastStage = stage;
        String line = total >= 0 ? stage + " " + done + "/" + total : stage + " " + done;
        if (redraw) {
            err.print("\r" + line + "\u001b[K");
            drawn = true;
        } else if (finished) {
            err.println(line);
        }
        err.flush();
    }

    /** Ends the progress line so that what follows starts on a fresh one. */
    void finish() {
        if (drawn) {
            err.println();
            drawn = false;
        }
    }
}
