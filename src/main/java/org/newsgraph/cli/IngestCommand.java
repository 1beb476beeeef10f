package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
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

    @Option(names = "--no-progress", description = "Do not show a progress bar even on a terminal.")
    boolean noProgress;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ArticleSource source = ArticleSource.of(paths);
        Pipeline pipeline = Pipeline.german();
        int n = threads != null ? threads : Pipeline.defaultThreads();
        Ingestion.Summary s;
        try (GraphStore store = openStore();
             ProgressBar bar = progressBar(source.totalBytes())) {
            Ingestion ingestion = new Ingestion(store, pipeline.extractors(), n);
            s = ingestion.run(source, new SkippedInputReporter(err, bar));
            printSummary(out, s, store);
        }
        return s.failed() > 0 ? ExitCodes.SOME_INPUT_FAILED : ExitCodes.OK;
    }

    private GraphStore openStore() {
        if (neo4j == null) {
            return GraphStore.embedded(db.db());
        }
        String pw = password != null ? password : System.getenv("NEWSGRAPH_PASSWORD");
        return new GraphStore(BoltCypherRunner.connect(neo4j, pw == null ? null : user, pw));
    }

    private ProgressBar progressBar(long total) {
        if (noProgress || System.console() == null) {
            return null;
        }
        return new ProgressBarBuilder().setTaskName("ingest").setInitialMax(Math.max(1, total))
                .setStyle(ProgressBarStyle.ASCII).setUnit(" KB", 1024).showSpeed().build();
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
