package org.newsgraph.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import org.newsgraph.NewsgraphException;
import org.newsgraph.graph.Ingestion;

/** Tells the user about every skipped input in one line on standard error, and moves a progress bar if there is one. */
final class SkippedInputReporter implements Ingestion.Listener {

    private final PrintWriter err;
    private final ProgressBar bar;

    /** @param bar the progress bar to move, or null when there is none (not a terminal) */
    SkippedInputReporter(PrintWriter err, ProgressBar bar) {
        this.err = err;
        this.bar = bar;
    }

    @Override
    public void progress(long bytesDone, long totalBytes, String current) {
        if (bar != null) {
            bar.stepTo(bytesDone);
        }
    }

    @Override
    public void failed(NewsgraphException problem) {
        err.println("newsgraph: skipped " + problem.getMessage());
        err.flush();
    }
}
