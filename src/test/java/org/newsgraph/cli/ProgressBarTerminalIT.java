package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.graph.CorpusGraph;

/**
 * {@code ingest} on a real terminal (a tmux pane): the summary stays on the screen, whole, below the finished bar.
 * Skipped, saying so, where tmux is not installed.
 */
class ProgressBarTerminalIT {

    /** Printed in the pane when the command has ended. */
    private static final String DONE = "newsgraph-ingest-ended";

    @Test
    void theSummaryStaysOnTheScreenBelowTheBar(@TempDir Path dir) throws Exception {
        boolean tmux = run(List.of("tmux", "-V")) == 0;
        if (!tmux) {
            System.err.println("ProgressBarTerminalIT skipped: tmux is not installed (apt-get install tmux)");
        }
        Assumptions.assumeTrue(tmux, "tmux is not installed");
        String session = "newsgraph-progress-" + ProcessHandle.current().pid();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = java + " -jar " + System.getProperty("newsgraph.jar") + " ingest --db " + dir.resolve("graph.db")
                + " " + CorpusGraph.root().resolve("corpus") + "; echo " + DONE + "; sleep 600";
        assertEquals(0, run(List.of("tmux", "new-session", "-d", "-s", session, "-x", "160", "-y", "40", command)));
        try {
            String screen = "";
            for (int i = 0; i < 600 && !screen.contains(DONE); i++) {
                Thread.sleep(500);
                screen = capture(session);
            }
            List<String> lines = screen.lines().filter(l -> !l.isBlank()).takeWhile(l -> !l.equals(DONE)).toList();
            assertTrue(lines.size() >= 5, screen);
            List<String> last = lines.subList(lines.size() - 4, lines.size());
            assertTrue(last.get(0).startsWith("articles: 5 read") && last.get(1).startsWith("written: ")
                    && last.get(2).startsWith("graph: ") && last.get(3).startsWith("time: "), screen);
            assertTrue(lines.get(lines.size() - 5).startsWith("ingest 100%"), "the finished bar above: " + screen);
        } finally {
            run(List.of("tmux", "kill-session", "-t", session));
        }
    }

    private static String capture(String session) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("tmux", "capture-pane", "-p", "-t", session).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(10, TimeUnit.SECONDS);
        return out;
    }

    private static int run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
