package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.StoreException;
import org.newsgraph.graph.Neo4jDatabase;

/**
 * While {@code newsgraph serve} (a real child process) holds a store, opening it says so in one line and points to
 * the Bolt address serve listens on; after Ctrl-C (SIGTERM here) the server stops cleanly and the store opens again.
 */
class StoreLockIT {

    @TempDir
    Path dir;

    @Test
    void aServedStoreIsReportedAsInUseWithTheBoltHint() throws Exception {
        Path store = dir.resolve("graph.db");
        FreePorts ports = FreePorts.find();
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), "org.newsgraph.cli.Main", "serve",
                "--db", store.toString(), "--bolt-port", String.valueOf(ports.bolt()),
                "--http-port", String.valueOf(ports.http()), "--sparql-port", String.valueOf(ports.sparql()));
        Process serve = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(serve.getInputStream(),
                    StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null && !line.startsWith("Press Ctrl-C")) {
                output.add(line);
            }
            assertTrue(output.stream().anyMatch(l -> l.contains(" ready in ")), "serve started: " + output);

            StoreException e = assertThrows(StoreException.class,
                    () -> Neo4jDatabase.open(Neo4jDatabase.Config.embedded(store)).close());
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            System.out.println("store in use: " + e.getMessage() + " [from " + root.getClass().getName() + "]");
            assertTrue(e.getMessage().contains("held by 'newsgraph serve'"), e.getMessage());
            assertTrue(e.getMessage().contains("--neo4j bolt://127.0.0.1:" + ports.bolt()),
                    "names the port serve listens on: " + e.getMessage());
            assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());

            long t0 = System.nanoTime();
            serve.destroy(); // SIGTERM: the shutdown hook runs, as on Ctrl-C
            assertTrue(serve.waitFor(60, TimeUnit.SECONDS), "serve stops");
            System.out.printf("serve stopped %.1f s after SIGTERM%n", (System.nanoTime() - t0) / 1e9);
            assertEquals(143, serve.exitValue(), "exit status after SIGTERM");
        } finally {
            serve.destroyForcibly();
        }
        try (Neo4jDatabase reopened = Neo4jDatabase.open(Neo4jDatabase.Config.embedded(store))) {
            Object count = reopened.graph().executeTransactionally("MATCH (n) RETURN count(n) AS c",
                    java.util.Map.of(), r -> r.next().get("c"));
            assertEquals(0L, count);
        }
    }
}
