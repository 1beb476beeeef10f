package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.newsgraph.NewsgraphException;
import org.newsgraph.extract.EntityLinker;
import org.newsgraph.graph.GraphStore;
import org.newsgraph.graph.Ingestion;
import org.newsgraph.graph.PipelineExtractor;
import org.newsgraph.ingest.ArticleSource;
import org.newsgraph.kb.KnowledgeBase;
import org.newsgraph.nlp.Language;
import org.newsgraph.nlp.NlpModels;
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
                "  java -jar target/newsgraph.jar ingest --db /data/news.db crawl-2021-12.jsonl article.html"})
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

    @Option(names = "--no-progress", description = "Do not show a progress bar even on a terminal.")
    boolean noProgress;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ArticleSource source = ArticleSource.of(paths);
        KnowledgeBase kb = KnowledgeBase.loadDefault();
        EntityLinker linker = new EntityLinker(kb);
        NlpModels models = NlpModels.load(Language.GERMAN);
        int n = threads != null ? threads : Math.min(4, Runtime.getRuntime().availableProcessors());
        Ingestion.Summary s;
        try (GraphStore store = GraphStore.embedded(db.db());
             ProgressBar bar = progressBar(source.totalBytes())) {
            Ingestion ingestion = new Ingestion(store, () -> new PipelineExtractor(kb, linker, models), n);
            s = ingestion.run(source, new Ingestion.Listener() {
                @Override
                public void progress(long bytesDone, long totalBytes, String current) {
                    if (bar != null) {
                        bar.stepTo(bytesDone);
                    }
                }

                @Override
                public void failed(NewsgraphException problem) {
                    err.println("newsgraph: skipped " + problem.getMessage());
                    err.flush();
                }
            });
            printSummary(out, s, store);
        }
        return s.failed() > 0 ? ExitCodes.SOME_INPUT_FAILED : ExitCodes.OK;
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
