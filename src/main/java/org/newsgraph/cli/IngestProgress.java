package org.newsgraph.cli;

import java.io.PrintWriter;
import java.text.DecimalFormat;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.newsgraph.NewsgraphException;
import org.newsgraph.graph.Ingestion;

/**
 * What a user sees while an ingest runs: one line on standard error per skipped input and, when asked for, a
 * progress bar there that says what is loading before the first article, then moves as articles are read and
 * extracted (with how much of the input is written). Closing it ends the bar, so that nothing redraws over what is
 * printed after it (the summary).
 *
 * <pre>{@code
 * try (IngestProgress progress = IngestProgress.withBar(err, source.totalBytes())) {
 *     progress.phase("loading models");
 *     new Ingestion(store, extractors, threads).run(source, progress);
 * }                                        // the bar is gone: print the summary now
 * }</pre>
 *
 * <p>Design decision: the bar redraws its own line only ({@link ConsoleProgressBarConsumer}); the library's
 * interactive consumer moves the cursor up to the bar's line, overwriting any line printed below it since.
 */
final class IngestProgress implements Ingestion.Listener, AutoCloseable {

    private final PrintWriter err;
    private final ProgressBar bar;
    private final AtomicLong extracted = new AtomicLong();
    private volatile String written = "0 %";
    private boolean closed;

    private IngestProgress(PrintWriter err, ProgressBar bar) {
        this.err = err;
        this.bar = bar;
    }

    /** Messages only, no bar (not a terminal, or --no-progress). */
    static IngestProgress withoutBar(PrintWriter err) {
        return new IngestProgress(err, null);
    }

    /** A bar on standard error over {@code totalBytes} of input. */
    static IngestProgress withBar(PrintWriter err, long totalBytes) {
        // continuousUpdate: the clock ticks while nothing moves yet (models loading, the store opening).
        ProgressBar bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(Math.max(1, totalBytes))
                .setStyle(ProgressBarStyle.ASCII).setUnit(" KB", 1024).showSpeed(new DecimalFormat("0.0"))
                .continuousUpdate().setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
        return new IngestProgress(err, bar);
    }

    /** Shows what is being done before the articles move the bar ("loading the knowledge base and models"). */
    void phase(String what) {
        if (bar != null) {
            bar.setExtraMessage(" " + what);
            bar.refresh();
        }
    }

    @Override
    public void extracted(long bytes) {
        if (bar != null) {
            extracted.incrementAndGet();
            bar.stepBy(bytes);
            showCounts();
        }
    }

    @Override
    public void progress(long bytesDone, long totalBytes, String current) {
        if (bar != null) {
            written = String.format(Locale.ROOT, "%.0f %%", 100.0 * bytesDone / Math.max(1, totalBytes));
            showCounts();
        }
    }

    private void showCounts() {
        bar.setExtraMessage(" " + extracted.get() + " extracted, " + written + " written");
    }

    @Override
    public void failed(NewsgraphException problem) {
        // On the bar's line: go to its start and clear it, the bar redraws itself on the next line.
        err.println((bar != null ? "\r\033[2K" : "") + "newsgraph: skipped " + problem.getMessage());
        err.flush();
    }

    /** Ends the bar (drawn once more, then a new line); idempotent. */
    @Override
    public void close() {
        if (bar != null && !closed) {
            closed = true;
            bar.close();
        }
    }
}
