package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsgraph.BadInputException;
import org.newsgraph.NewsgraphException;
import org.newsgraph.graph.GraphStore;
import org.newsgraph.graph.Ingestion;
import org.newsgraph.graph.Pipeline;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleSink;
import org.newsgraph.ingest.ArticleSource;
import org.newsgraph.nlp.BareOpenNlpPipeline;
import org.newsgraph.nlp.StageClock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph benchmark}: ingests a corpus of N articles made from the seed articles into a fresh store and
 * compares its speed with bare OpenNLP sentence detection, tokenization and POS tagging of the same text, measured in
 * the same run on the same machine.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Measures ingest speed: builds a corpus of N articles by copying the seed articles, ingests it "
                + "into a new temporary store, and prints articles/s and tokens/s overall and per stage, next to bare "
                + "OpenNLP (sentences + tokens + POS, one thread) on the same text, and the ratio of the two.",
        footer = {"", "Examples:", "  java -jar target/newsgraph.jar benchmark --articles 1000 --seeds corpus/",
                "  java -jar target/newsgraph.jar benchmark --warmup 0      (a cold start: JIT compilation is timed too)"})
public final class BenchmarkCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--articles", defaultValue = "1000", paramLabel = "N",
            description = "Articles in the generated corpus (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--seeds", defaultValue = "corpus", paramLabel = "DIR",
            description = "Folder of seed articles to copy (default: ${DEFAULT-VALUE}).")
    Path seeds;

    @Option(names = "--warmup", defaultValue = "200", paramLabel = "N",
            description = "Articles put through each side before it is timed, so that both are measured with the "
                    + "JIT compiler done (default: ${DEFAULT-VALUE}); the ingest's warm-up goes into a scratch store. "
                    + "0 measures a cold start.")
    int warmup;

    @Option(names = "--threads", paramLabel = "N",
            description = "Extraction threads for the ingest (default: the number of cores, at most 4).")
    Integer threads;

    @Override
    public Integer call() throws IOException {
        if (articles < 1) {
            throw new IllegalArgumentException("expected --articles >= 1, found " + articles);
        }
        if (warmup < 0) {
            throw new IllegalArgumentException("expected --warmup >= 0, found " + warmup);
        }
        PrintWriter out = spec.commandLine().getOut();
        Path work = Files.createTempDirectory("newsgraph-bench");
        try {
            Path corpus = makeCorpus(work.resolve("corpus"), articles);
            long t0 = System.nanoTime();
            Pipeline pipeline = Pipeline.german();
            double startup = (System.nanoTime() - t0) / 1e9;

            long r0 = System.nanoTime();
            List<String> texts = readAll(corpus);
            double readSecs = (System.nanoTime() - r0) / 1e9;

            BareOpenNlpPipeline bare = new BareOpenNlpPipeline(pipeline.models());
            for (int i = 0; i < warmup; i++) {
                bare.run(texts.get(i % texts.size()));
            }
            long b0 = System.nanoTime();
            long bareTokens = 0;
            for (String text : texts) {
                bareTokens += bare.run(text);
            }
            double bareSecs = (System.nanoTime() - b0) / 1e9;

            int n = threads != null ? threads : Pipeline.defaultThreads();
            if (warmup > 0) {
                Path scratch = makeCorpus(work.resolve("warmup"), warmup);
                try (GraphStore store = GraphStore.embedded(work.resolve("warmup.db"))) {
                    new Ingestion(store, pipeline.extractors(), n).run(ArticleSource.of(List.of(scratch)),
                            new SkippedInputReporter(spec.commandLine().getErr(), null));
                }
            }
            Ingestion.Summary s;
            try (GraphStore store = GraphStore.embedded(work.resolve("graph.db"))) {
                Ingestion ingestion = new Ingestion(store, pipeline.extractors(), n);
                s = ingestion.run(ArticleSource.of(List.of(corpus)),
                        new SkippedInputReporter(spec.commandLine().getErr(), null));
            }
            report(out, texts.size(), startup, readSecs, bareTokens, bareSecs, s, n, warmup);
        } finally {
            deleteTree(work);
        }
        return ExitCodes.OK;
    }

    private Path makeCorpus(Path dir, int count) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(seeds)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new NewsgraphException("expected a folder of seed .txt articles at " + seeds + " (--seeds), "
                    + "found: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new NewsgraphException("expected seed .txt articles in " + seeds + " (--seeds), found none");
        }
        Files.createDirectories(dir);
        for (int i = 0; i < count; i++) {
            Path seed = files.get(i % files.size());
            // Each copy is its own article: another id, and a changed last line so its hash differs too.
            String text = Files.readString(seed) + "\n";
            Files.writeString(dir.resolve(String.format(Locale.ROOT, "copy%05d-%s", i, seed.getFileName())),
                    text + " ".repeat(i % 7));
        }
        return dir;
    }

    private static List<String> readAll(Path corpus) {
        List<String> texts = new ArrayList<>();
        ArticleSource.of(List.of(corpus)).forEach(new ArticleSink() {
            @Override
            public void article(Article a, long bytesDone) {
                texts.add(a.title() == null ? a.text() : a.title() + "\n\n" + a.text());
            }

            @Override
            public void failed(BadInputException e, long bytesDone) {
            }
        });
        return texts;
    }

    private static void report(PrintWriter out, int count, double startup, double readSecs, long bareTokens,
                               double bareSecs, Ingestion.Summary s, int threads, int warmup) {
        double ingestSecs = s.elapsed().toNanos() / 1e9;
        double bareRate = bareTokens / bareSecs;
        double ingestRate = s.tokens() / ingestSecs;
        out.printf(Locale.ROOT, "corpus: %d articles made from the seeds, %d tokens (%d cores, %d extraction threads)%n",
                count, s.tokens(), Runtime.getRuntime().availableProcessors(), threads);
        out.printf(Locale.ROOT, "startup (knowledge base, linker, models): %.2f s%n", startup);
        out.printf(Locale.ROOT, warmup > 0
                ? "warm-up before timing: %d articles through each side (--warmup 0 measures a cold start)%n"
                : "no warm-up (--warmup 0): both sides measured from a cold start, JIT compilation included%n",
                warmup);
        out.printf(Locale.ROOT, "%n%-34s %10s %12s %14s%n", "", "seconds", "articles/s", "tokens/s");
        out.printf(Locale.ROOT, "%-34s %10.2f %12.1f %14s%n", "reading + cleaning (1 thread)", readSecs,
                count / readSecs, "");
        out.printf(Locale.ROOT, "%-34s %10.2f %12.1f %14.0f%n", "bare OpenNLP sent+tok+POS (1 thr.)", bareSecs,
                count / bareSecs, bareRate);
        out.printf(Locale.ROOT, "%-34s %10.2f %12.1f %14.0f%n", "whole ingest (read..write)", ingestSecs,
                s.read() / ingestSecs, ingestRate);
        out.printf(Locale.ROOT, "%nper stage (CPU time summed over threads):%n");
        StageClock c = s.stages();
        for (String stage : c.stages()) {
            double secs = c.nanos(stage) / 1e9;
            out.printf(Locale.ROOT, "  %-12s %8.2f s %14.0f tokens/s%n", stage, secs, s.tokens() / Math.max(secs, 1e-9));
        }
        out.printf(Locale.ROOT, "%nratio whole ingest / bare OpenNLP: %.2f (target >= 0.50)%n", ingestRate / bareRate);
        out.printf(Locale.ROOT, "articles: %d read, %d failed; %d nodes and %d relationships created%n",
                s.read(), s.failed(), s.nodesCreated(), s.relationshipsCreated());
        out.flush();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
