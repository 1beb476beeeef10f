package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.newsgraph.graph.BoltCypherRunner;
import org.newsgraph.graph.GraphStore;
import org.newsgraph.graph.Ingestion;
import org.newsgraph.graph.Pipeline;
import org.newsgraph.ingest.ArticleSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsgraph ingest PATH...}: reads articles and writes their facts into the graph. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Reads articles (.txt, .md, .html/.htm, .jsonl; folders recursively) and writes their "
                + "entities, events and statements into the graph. Re-ingesting an unchanged article changes nothing; "
                + "a changed version replaces the old one's facts.",
        footer = {"", "Examples:", "  java -jar target/newsgraph.jar ingest corpus/",
                "  java -jar target/newsgraph.jar ingest --db /data/news.db \\",
                "      crawl-2021-12.jsonl article.html",
                "  java -jar target/newsgraph.jar ingest --neo4j bolt://127.0.0.1:7687 corpus/",
                "  NEWSGRAPH_PASSWORD=secret java -jar target/newsgraph.jar ingest \\",
                "      --neo4j bolt://db.example:7687 --user neo4j corpus/"})
public final class IngestCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOption db;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders.")
    List<Path> paths;

    @Option(names = "--threads", paramLabel = "N",
            description = "Extraction threads (default: the number of cores, at most 4).")
    Integer threads;

    @Option(names = "--neo4j", paramLabel = "URI",
            description = "Write into a running Neo4j 5 server over Bolt instead of the embedded store: a "
                    + "'newsgraph serve', a standalone server or a cluster, such as%nbolt://127.0.0.1:7687 or "
                    + "neo4j://host")
    String neo4j;

    @Option(names = "--user", paramLabel = "U", defaultValue = "neo4j",
            description = "User for --neo4j (default: ${DEFAULT-VALUE}).")
    String user;

    @Option(names = "--password", paramLabel = "P",
            description = "Password for --neo4j (default: the NEWSGRAPH_PASSWORD environment variable, else none).")
    String password;

    @Option(names = "--progress", negatable = true,
            description = "Show a progress bar on standard error (default: when run on a terminal); "
                    + "--no-progress hides it.")
    Boolean progress;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ArticleSource source = ArticleSource.of(paths);
        int n = threads != null ? threads : Pipeline.defaultThreads();
        Ingestion.Summary s;
        try (IngestProgress progress = showProgress() ? IngestProgress.withBar(err, source.totalBytes())
                : IngestProgress.withoutBar(err)) {
            progress.phase("loading models and knowledge base, opening the store");
            // The parser (the longest load, 2-4 s), the models with the knowledge base, and the store load at the
            // same time, each on a thread of its own (the common pool has one thread on two cores); an extraction
            // that needs the parser before it is loaded waits for it.
            CompletableFuture.runAsync(Pipeline::preloadGermanParser, IngestCommand::daemon)
                    .exceptionally(e -> null);   // the first extraction that needs the parser reports the error
            CompletableFuture.runAsync(Pipeline::preloadGermanNameFinder, IngestCommand::daemon)
                    .exceptionally(e -> null);   // likewise the first extraction reports a missing name finder
            CompletableFuture<Pipeline> pipeline = CompletableFuture.supplyAsync(Pipeline::standard,
                    IngestCommand::daemon);
            try (GraphStore store = openStore()) {
                Pipeline loaded = join(pipeline);
                progress.phase("reading");
                s = new Ingestion(store, loaded.extractors(), n).run(source, progress);
                progress.close();
                printSummary(out, s, store);
            }
        }
        return s.failed() > 0 ? ExitCodes.SOME_INPUT_FAILED : ExitCodes.OK;
    }

    /** Runs {@code task} on a new daemon thread: a load must not keep the JVM alive after an error. */
    private static void daemon(Runnable task) {
        Thread t = new Thread(task, "newsgraph-load");
        t.setDaemon(true);
        t.start();
    }

    private boolean showProgress() {
        return progress != null ? progress : System.console() != null;
    }

    private static Pipeline join(CompletableFuture<Pipeline> pipeline) {
        try {
            return pipeline.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private GraphStore openStore() {
        if (neo4j == null) {
            return GraphStore.embedded(db.db());
        }
        String pw = password != null ? password : System.getenv("NEWSGRAPH_PASSWORD");
        return new GraphStore(BoltCypherRunner.connect(neo4j, pw == null ? null : user, pw));
    }

    private static void printSummary(PrintWriter out, Ingestion.Summary s, GraphStore store) {
        double secs = s.elapsed().toMillis() / 1000.0;
        out.printf("articles: %d read (%d new, %d replaced, %d unchanged), %d failed%n",
                s.read(), s.created(), s.replaced(), s.unchanged(), s.failed());
        out.printf("written: %d nodes, %d relationships created%n", s.nodesCreated(), s.relationshipsCreated());
        Map<String, Long> totals = store.totals();
        out.printf("graph: %d nodes, %d relationships%n", totals.get("nodes"), totals.get("relationships"));
        out.printf("time: %.1f s (%.1f articles/s, %.0f tokens/s)%n", secs, s.read() / Math.max(secs, 1e-3),
                s.tokens() / Math.max(secs, 1e-3));
        out.flush();
    }
}
