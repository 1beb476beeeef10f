package org.newsgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Main;

/**
 * The same input gives the same graph, property by property, whatever the number of extraction threads, however the
 * writer happens to batch the articles, and when an ingest is killed (kill -9) and run again.
 */
class RepeatableIngestIT {

    private static final int ARTICLES = 300;

    @Test
    void theSameArticlesGiveTheSameGraphWhateverTheThreadsAndAKillInBetween(@TempDir Path dir) throws Exception {
        Path corpus = SyntheticCorpus.write(CorpusGraph.root().resolve("corpus"), dir.resolve("articles"), ARTICLES);
        Path one = dir.resolve("one-thread.db");
        List<String> reference = ingestAndDump(one, corpus, 1);
        assertEquals(ARTICLES, reference.stream().filter(l -> l.startsWith("node [Article]")).count());

        GraphDump.assertSameGraph(reference, ingestAndDump(dir.resolve("three-threads.db"), corpus, 3), "1 thread", "3 threads");

        Path killed = dir.resolve("killed.db");
        int stored = killMidway(killed, corpus, dir.resolve("child.log"), Files.size(transactionLog(one)));
        assertTrue(stored > 0 && stored < ARTICLES, "the kill came when " + stored + " of " + ARTICLES
                + " articles were stored; expected it in the middle of the ingest");
        GraphDump.assertSameGraph(reference, ingestAndDump(killed, corpus, 2), "1 thread",
                "killed after " + stored + " articles, then run again with 2 threads");
    }

    private static List<String> ingestAndDump(Path db, Path corpus, int threads) {
        int code = Main.run("ingest", "--no-progress", "--threads", String.valueOf(threads), "--db", db.toString(),
                corpus.toString());
        assertEquals(0, code, "ingest into " + db);
        try (Neo4jDatabase store = Neo4jDatabase.open(Neo4jDatabase.Config.embedded(db))) {
            return GraphDump.of(store);
        }
    }

    /**
     * Starts the real jar ingesting into {@code db} in a child JVM and kills it (SIGKILL) once its transaction log
     * has grown by a fifth of what a whole ingest writes; returns how many articles the store holds then.
     */
    private static int killMidway(Path db, Path corpus, Path log, long wholeLog) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-jar", System.getProperty("newsgraph.jar"), "ingest",
                "--no-progress", "--threads", "2", "--db", db.toString(), corpus.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Path txLog = transactionLog(db);
        long start = -1;
        try {
            while (child.isAlive()) {
                long size = Files.exists(txLog) ? Files.size(txLog) : 0;
                if (start < 0 && size > 0 && Files.exists(db.resolve("data/databases/neo4j/neostore.counts.db"))) {
                    start = size;
                }
                if (start >= 0 && size - start > (wholeLog - start) / 5) {
                    child.destroyForcibly();
                    break;
                }
                Thread.sleep(10);
            }
            assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child ingest did not stop");
        } finally {
            child.destroyForcibly();
        }
        if (child.exitValue() == 0) {
            fail("the child ingest ended before it was killed:\n" + Files.readString(log));
        }
        try (GraphStore store = GraphStore.existing(db)) {
            return store.labelCounts().getOrDefault("Article", 0L).intValue();
        }
    }

    private static Path transactionLog(Path db) {
        return db.resolve("data/transactions/neo4j/neostore.transaction.db.0");
    }
}
