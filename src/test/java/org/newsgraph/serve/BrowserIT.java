package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.query.NamedQueries;
import org.newsgraph.query.NamedQuery;
import org.newsgraph.rdf.IriScheme;

/**
 * Neo4j Browser in Debian's headless Chromium, driven by {@code src/test/browser/e2e.mjs} (puppeteer-core): it opens
 * the Browser URL that {@code serve} prints, which logs in with the password serve made up for the run, connects,
 * gets our style and guide, runs the who-met-whom question and
 * finds Biden and Putin in the result, on a store made by ingesting {@code corpus/}. Keeps
 * {@code target/browser-screenshot.png} and {@code target/browser-graph.png}.
 */
class BrowserIT {

    /** Who took part in which event, as a graph: the picture for the README. */
    static final String GRAPH = "MATCH (x)-[r:PARTICIPATED_IN]->(e:Event) RETURN x, r, e";

    @TempDir
    Path dir;

    @Test
    void browserConnectsByItselfAndShowsWhoMetWhom() throws Exception {
        Path root = Path.of(System.getProperty("newsgraph.root", System.getProperty("user.dir")));
        Path script = root.resolve("src/test/browser/e2e.mjs");
        Path chromium = onPath("chromium");
        Path node = onPath("node");
        skipUnless(chromium != null, "no 'chromium' on PATH (apt-get install -y chromium; .ci/run does)");
        skipUnless(node != null, "no 'node' on PATH");
        skipUnless(Files.isDirectory(root.resolve("src/test/browser/node_modules/puppeteer-core")),
                "src/test/browser/node_modules is missing (cd src/test/browser && npm ci; .ci/run does)");

        Path screenshot = root.resolve("target/browser-screenshot.png");
        Path graphPicture = root.resolve("target/browser-graph.png");
        Files.createDirectories(screenshot.getParent());
        Files.deleteIfExists(screenshot);
        Path store = dir.resolve("graph.db");
        assertEquals(0, org.newsgraph.cli.Main.run("ingest", "--no-progress", "--db", store.toString(),
                root.resolve("corpus").toString()), "ingest of corpus/");
        // as serve runs by default: with a password made up for the run, which the Browser URL carries
        try (NewsgraphServer server = NewsgraphServer.start(FreePorts.find().config(store, ServeConfig.newPassword()),
                SparqlDatasetSource.newsgraph(IriScheme.defaults()))) {
            String url = server.browserUrl(whoMetWhom());
            String graphUrl = server.browserUrl(GRAPH);
            Process e2e = new ProcessBuilder(node.toString(), script.toString(), url, screenshot.toString(),
                    "Biden", "Putin", "--graph", graphUrl, graphPicture.toString())
                    .directory(script.getParent().toFile())
                    .redirectErrorStream(true)
                    .start();
            String output = new String(e2e.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(e2e.waitFor(3, TimeUnit.MINUTES), "e2e.mjs did not finish");
            System.out.println(output);
            assertEquals(0, e2e.exitValue(), "e2e.mjs failed:\n" + output);
            assertTrue(output.contains("found in the result: Biden, Putin"), output);
        }
        assertTrue(Files.size(screenshot) > 10_000, "a screenshot at " + screenshot);
        assertTrue(Files.size(graphPicture) > 10_000, "a picture of the graph at " + graphPicture);
    }

    /** The who-met-whom question from /queries/, its parameters (if it gets any) set before it. */
    static String whoMetWhom() {
        NamedQuery q = NamedQueries.load().get("who-met-whom");
        String params = BrowserGuide.paramsCommand(q);
        return params == null ? BrowserGuide.body(q.cypher()) : params + ";\n" + BrowserGuide.body(q.cypher());
    }

    static void skipUnless(boolean condition, String reason) {
        org.newsgraph.ExternalTools.skipUnless("BrowserIT", condition, reason);
    }

    static Path onPath(String program) {
        return org.newsgraph.ExternalTools.onPath(program);
    }

}
