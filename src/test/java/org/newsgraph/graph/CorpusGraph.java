package org.newsgraph.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsgraph.cli.Main;
import org.newsgraph.eval.Gold;

/**
 * The seed corpus ingested once per test JVM through the real {@code ingest} command, for the tests that check the
 * graph against the seed gold. Tests open it read-only with {@link #open()}; none writes to it.
 */
public final class CorpusGraph {

    private static Path db;

    private CorpusGraph() {
    }

    /** The project root (where corpus/ and pom.xml are). */
    public static Path root() {
        String root = System.getProperty("newsgraph.root");
        return root != null ? Path.of(root) : Path.of("").toAbsolutePath();
    }

    public static Gold gold() {
        return Gold.read(root().resolve("src/test/resources/gold/seed-gold.json"));
    }

    /** The store folder holding the ingested corpus, ingesting it on first use. */
    public static synchronized Path db() {
        if (db == null) {
            try {
                Path dir = Files.createTempDirectory("newsgraph-corpus");
                Path store = dir.resolve("graph.db");
                int code = Main.run("ingest", "--no-progress", "--db", store.toString(),
                        root().resolve("corpus").toString());
                if (code != 0) {
                    throw new IllegalStateException("ingest of corpus/ exited with " + code);
                }
                db = store;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return db;
    }

    public static GraphStore open() {
        return GraphStore.embedded(db());
    }
}
