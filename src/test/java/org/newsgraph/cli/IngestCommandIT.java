package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.graph.GraphStore;
import picocli.CommandLine;

/** The ingest command end to end on a real embedded store, with articles written for this test. */
class IngestCommandIT {

    private static final String ARTICLE_A = """
            Macron empfängt Scholz in Paris

            Der französische Präsident Emmanuel Macron hat Bundeskanzler Olaf Scholz am Montag in Paris empfangen.
            Beide sprachen über die Lage in der Ukraine und die Energiepreise in der Europäischen Union.
            """;

    private static final String ARTICLE_A_CHANGED = """
            Macron empfängt Meloni in Paris

            Der französische Präsident Emmanuel Macron hat die italienische Regierungschefin Giorgia Meloni am Montag
            in Paris empfangen. Beide sprachen über Migration und die Lage im Mittelmeer.
            """;

    private static final String ARTICLE_B = """
            Lawrow trifft Wang Yi in Peking

            Der russische Außenminister Sergej Lawrow ist am Dienstag in Peking mit seinem chinesischen Kollegen
            Wang Yi zusammengekommen. Moskau und Peking wollen ihre Zusammenarbeit ausbauen.
            """;

    private record Run(int code, String out, String err) {
    }

    private static Run ingest(Path db, Path... paths) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        String[] args = new String[paths.length + 4];
        args[0] = "ingest";
        args[1] = "--no-progress";
        args[2] = "--db";
        args[3] = db.toString();
        for (int i = 0; i < paths.length; i++) {
            args[i + 4] = paths[i].toString();
        }
        return new Run(cmd.execute(args), out.toString(), err.toString());
    }

    private static Map<String, Long> counts(Path db) {
        try (GraphStore store = GraphStore.embedded(db)) {
            Map<String, Long> c = new java.util.TreeMap<>(store.labelCounts());
            store.relationshipCounts().forEach((k, v) -> c.put("rel:" + k, v));
            return c;
        }
    }

    private static List<String> mentioned(Path db, String articleId) {
        try (GraphStore store = GraphStore.embedded(db)) {
            return store.runner().read(tx -> tx.run(
                    "MATCH (:Article {id: $id})-[:MENTIONS]->(n:Person) RETURN n.name AS name ORDER BY name",
                    Map.of("id", articleId)).rows().stream().map(r -> (String) r.get("name")).toList());
        }
    }

    @Test
    void ingestingTheSameArticlesAgainChangesNothing(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), ARTICLE_A);
        Files.writeString(in.resolve("b.txt"), ARTICLE_B);
        Path db = dir.resolve("graph.db");
        Run first = ingest(db, in);
        assertEquals(0, first.code(), first.err());
        Map<String, Long> before = counts(db);
        Run second = ingest(db, in);
        assertEquals(0, second.code(), second.err());
        assertTrue(second.out().contains("2 unchanged"), second.out());
        assertEquals(before, counts(db));
    }

    @Test
    void aChangedArticleReplacesItsFacts(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path a = in.resolve("a.txt");
        Files.writeString(a, ARTICLE_A);
        Path db = dir.resolve("graph.db");
        Run first = ingest(db, in);
        assertEquals(0, first.code(), first.err());
        assertEquals(List.of("Emmanuel Macron", "Olaf Scholz"), mentioned(db, "a"));
        Files.writeString(a, ARTICLE_A_CHANGED);
        Run again = ingest(db, in);
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("1 replaced"), again.out());
        assertEquals(List.of("Emmanuel Macron", "Giorgia Meloni"), mentioned(db, "a"));
    }

    @Test
    void badInputIsReportedPerFileAndLineAndTheRestIsIngested(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("good.txt"), ARTICLE_B);
        Files.writeString(in.resolve("empty.txt"), "");
        Files.write(in.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3, 0, 0});
        Files.write(in.resolve("latin1.txt"), "Gespräche in Genf über die Ukraine.".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(in.resolve("feed.jsonl"), "{\"id\": \"j1\", \"text\": \"" + ARTICLE_A.replace("\n", "\\n")
                + "\"}\n{\"id\": \"j2\", \"text\": \n");
        Path db = dir.resolve("graph.db");
        Run run = ingest(db, in, dir.resolve("missing.html"));
        assertEquals(ExitCodes.SOME_INPUT_FAILED, run.code());
        String err = run.err();
        assertTrue(err.contains("empty.txt") && err.contains("is empty"), err);
        assertTrue(err.contains("binary.txt"), err);
        assertTrue(err.contains("latin1.txt") && err.contains("UTF-8"), err);
        assertTrue(err.contains("feed.jsonl:2"), err);
        assertTrue(err.contains("missing.html"), err);
        assertTrue(run.out().contains("2 read"), run.out());
        assertEquals(List.of("Sergej Lawrow", "Wang Yi"), mentioned(db, "good"));
        assertEquals(List.of("Emmanuel Macron", "Olaf Scholz"), mentioned(db, "j1"));
    }

    @Test
    void filesOfOneNameInTwoFoldersAreTwoArticles(@TempDir Path dir) throws Exception {
        Path corpus = org.newsgraph.graph.CorpusGraph.root().resolve("corpus");
        Path same = dir.resolve("same");
        Files.createDirectories(same.resolve("a"));
        Files.createDirectories(same.resolve("b"));
        Files.copy(corpus.resolve("000_3e27ebda7fca339e.txt"), same.resolve("a/article.txt"));
        Files.copy(corpus.resolve("001_8ef01b68299bdf70.txt"), same.resolve("b/article.txt"));
        Path db = dir.resolve("graph.db");
        Run run = ingest(db, same);
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("2 read (2 new, 0 replaced, 0 unchanged)"), run.out());
        try (GraphStore store = GraphStore.embedded(db)) {
            assertEquals(List.of("a/article", "b/article"), store.runner().read(tx -> tx.run(
                    "MATCH (a:Article) RETURN a.id AS id ORDER BY id", Map.of()).rows().stream()
                    .map(r -> (String) r.get("id")).toList()));
        }
    }

    @Test
    void aJsonLinesIdUsedTwiceIsReportedAndTheFirstArticleKept(@TempDir Path dir) throws Exception {
        Path feed = dir.resolve("feed.jsonl");
        Files.writeString(feed, "{\"id\": \"j1\", \"text\": \"" + ARTICLE_A.replace("\n", "\\n") + "\"}\n"
                + "{\"id\": \"j1\", \"text\": \"" + ARTICLE_B.replace("\n", "\\n") + "\"}\n");
        Path db = dir.resolve("graph.db");
        Run run = ingest(db, feed);
        assertEquals(ExitCodes.SOME_INPUT_FAILED, run.code(), run.err());
        assertTrue(run.err().contains("feed.jsonl:2: repeats the id \"j1\" of " + feed + ":1"), run.err());
        assertTrue(run.out().contains("1 read (1 new, 0 replaced, 0 unchanged), 1 failed"), run.out());
        assertEquals(List.of("Emmanuel Macron", "Olaf Scholz"), mentioned(db, "j1"));
    }

    @Test
    void theProgressBarSaysWhatLoadsAndEndsBeforeTheSummary(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), ARTICLE_A);
        Files.writeString(in.resolve("b.txt"), ARTICLE_B);
        java.io.ByteArrayOutputStream screen = new java.io.ByteArrayOutputStream();
        java.io.PrintStream both = new java.io.PrintStream(screen, true, StandardCharsets.UTF_8);
        java.io.PrintStream err = System.err;
        int code;
        try {
            System.setErr(both);
            CommandLine cmd = Main.commandLine();
            cmd.setOut(new PrintWriter(both, true));
            cmd.setErr(new PrintWriter(both, true));
            code = cmd.execute("ingest", "--progress", "--db", dir.resolve("graph.db").toString(), in.toString());
        } finally {
            System.setErr(err);
        }
        String shown = screen.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, shown);
        int summary = shown.indexOf("articles: 2 read");
        assertTrue(summary > 0, shown);
        String bar = shown.substring(0, summary);
        assertTrue(bar.startsWith("\ringest") && bar.contains("loading"), "the bar says what loads first: " + bar);
        assertTrue(bar.contains("2 extracted"), bar);
        assertTrue(bar.endsWith("\n"), "the bar ends its line before the summary: " + bar);
        String after = shown.substring(summary);
        assertEquals(4, after.lines().count(), "nothing is drawn over or after the summary:\n" + after);
        assertTrue(after.lines().toList().get(3).startsWith("time: "), after);
        assertTrue(!after.contains("\r") && !after.contains("ingest"), after);
    }
}
