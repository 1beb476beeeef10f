package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.graph.CorpusGraph;
import org.newsgraph.graph.Neo4jDatabase;

/** The commands that read the graph, on a store folder that holds no store, and stats on an empty store. */
class ReadCommandsIT {

    private static final List<List<String>> READ_COMMANDS = List.of(
            List.of("stats"),
            List.of("cypher", "RETURN 1"),
            List.of("query", "who-met-whom"),
            List.of("sparql", "SELECT * WHERE { ?s ?p ?o } LIMIT 1"),
            List.of("export", "--format", "ntriples"),
            List.of("eval", "--gold", CorpusGraph.root().resolve("src/test/resources/gold/seed-gold.json").toString()));

    @Test
    void aReadCommandOnAMissingStoreSaysSoInOneLineAndMakesNoStore(@TempDir Path dir) {
        Path typo = dir.resolve("typo.db");
        for (List<String> command : READ_COMMANDS) {
            Run r = run(command, typo);
            assertNotEquals(ExitCodes.OK, r.code(), command + ": " + r.out());
            assertEquals(1, r.err().strip().lines().count(), command + ":\n" + r.err());
            assertTrue(r.err().contains(typo.toAbsolutePath().toString()) && r.err().contains("ingest"),
                    command + ": " + r.err());
            assertFalse(Files.exists(typo), command + " made " + typo);
        }
    }

    @Test
    void aReadCommandOnAFolderWithoutAStoreLeavesTheFolderAlone(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(folder.resolve("notes.txt"), "not a store");
        for (List<String> command : READ_COMMANDS) {
            Run r = run(command, folder);
            assertNotEquals(ExitCodes.OK, r.code(), command + ": " + r.out());
            assertTrue(r.err().contains("no graph store"), command + ": " + r.err());
            try (Stream<Path> files = Files.list(folder)) {
                assertEquals(List.of(folder.resolve("notes.txt")), files.toList(), command.toString());
            }
        }
    }

    @Test
    void statsOnAnEmptyStorePrintsZeroCounts(@TempDir Path dir) {
        Path store = dir.resolve("graph.db");
        Neo4jDatabase.open(Neo4jDatabase.Config.embedded(store)).close();
        Run r = run(List.of("stats"), store);
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().matches("(?s)nodes:\n.*  total +0\nrelationships:\n  total +0\n"), r.out());
    }

    private record Run(int code, String out, String err) {
    }

    /** Runs {@code command} with {@code --db db} in this JVM ({@link CliRun}). */
    private static Run run(List<String> command, Path db) {
        String[] args = Stream.concat(Stream.of(command.get(0), "--db", db.toString()),
                command.stream().skip(1)).toArray(String[]::new);
        CliRun r = CliRun.of(args);
        return new Run(r.code(), r.out().replace("\r\n", "\n"), r.err());
    }
}
