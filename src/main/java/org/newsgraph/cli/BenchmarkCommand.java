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
import org.newsgraph.nlp.SentenceParses;
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
        description = "Measures ingest speed: builds a corpus of N articles by copying the seed articles, then in each "
                + "round runs bare OpenNLP (sentences + tokens + POS) and the dependency parser on every sentence "
                + "(one thread) over their text, and ingests them "
                + "into a new temporary store; prints articles/s and tokens/s per round, overall and per stage, and "
                + "the ratio of the two.",
        footer = {"", "Examples:", "  java -jar target/newsgraph.jar benchmark --articles 1000 --seeds corpus/",
                "  java -jar target/newsgraph.jar benchmark --warmup 0 --rounds 1",
                "(the second measures a cold start: JIT compilation is timed too)",
                "  java -jar target/newsgraph.jar benchmark --startup",
                "(wall time of whole commands in child JVMs: plain, with a CDS archive,",
                "and through the launcher target/newsgraph)"})
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
                    + "0 runs round 1 cold.")
    int warmup;

    @Option(names = "--rounds", defaultValue = "3", paramLabel = "R",
            description = "Rounds of bare OpenNLP then the whole ingest, interleaved so that both see the same machine "
                    + "(default: ${DEFAULT-VALUE}); the ratio is taken over all rounds.")
    int rounds;

    @Option(names = "--threads", paramLabel = "N",
            description = "Extraction threads for the ingest (default: the number of cores, at most 4).")
    Integer threads;

    @Option(names = "--startup", description = "Measure start-up instead: run this jar as a user does (--version, "
            + "ingest of --seeds into a new store, cypher \"RETURN 1\", stats) in child JVMs and print each "
            + "command's wall time: plain, with a class-data-sharing archive, and through the launcher "
            + "target/newsgraph beside the jar.")
    boolean startup;

    @Option(names = "--runs", defaultValue = "3", paramLabel = "N",
            description = "With --startup: runs of each command, the median is printed (default: ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public Integer call() throws IOException {
        if (startup) {
            if (runs < 1) {
                throw new IllegalArgumentException("expected --runs >= 1, found " + runs);
            }
            return new StartupBenchmark(spec.commandLine().getOut(), seeds, runs).run();
        }
        if (articles < 1) {
            throw new IllegalArgumentException("expected --articles >= 1, found " + articles);
        }
        if (rounds < 1) {
            throw new IllegalArgumentException("expected --rounds >= 1, found " + rounds);
        }
        if (warmup < 0) {
            throw new IllegalArgumentException("expected --warmup >= 0, found " + warmup);
        }
        PrintWriter out = spec.commandLine().getOut();
        Path work = Files.createTempDirectory("newsgraph-bench");
        try {
            Path corpus = makeCorpus(work.resolve("corpus"), articles);
            long t0 = System.nanoTime();
            Pipeline pipeline = Pipeline.standard();
            double startup = (System.nanoTime() - t0) / 1e9;

            long r0 = System.nanoTime();
            List<String> texts = readAll(corpus);
            double readSecs = (System.nanoTime() - r0) / 1e9;

            // (made in nlp, so that loading this command, as every command does, loads no parser class)
            BareOpenNlpPipeline bare = BareOpenNlpPipeline.parsing(pipeline.models());
            for (int i = 0; i < warmup; i++) {
                bare.run(texts.get(i % texts.size()));
            }
            int n = threads != null ? threads : Pipeline.defaultThreads();
            if (warmup > 0) {
                ingest(pipeline, makeCorpus(work.resolve("warmup"), warmup), work.resolve("warmup.db"), n);
            }
            List<Round> done = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                long b0 = System.nanoTime();
                long bareTokens = 0;
                for (String text : texts) {
                    bareTokens += bare.run(text);
                }
                double bareSecs = (System.nanoTime() - b0) / 1e9;
                Path db = work.resolve("round" + r + ".db");
                long i0 = System.nanoTime();
                Ingestion.Summary summary = ingest(pipeline, corpus, db, n);
                double storeSecs = (System.nanoTime() - i0) / 1e9 - summary.elapsed().toNanos() / 1e9;
                done.add(new Round(bareTokens, bareSecs, summary, storeSecs));
                deleteTree(db);
            }
            report(out, texts.size(), startup, readSecs, done, n);
        } finally {
            deleteTree(work);
        }
        return ExitCodes.OK;
    }

    /**
     * One round: bare OpenNLP over the texts, then the whole ingest of the same articles into a new store;
     * {@code storeSecs} is opening and closing that store, which the ingest's time leaves out.
     */
    private record Round(long bareTokens, double bareSecs, Ingestion.Summary ingest, double storeSecs) {
        double ingestSecs() {
            return ingest.elapsed().toNanos() / 1e9;
        }

        double ratio() {
            return (ingest.tokens() / ingestSecs()) / (bareTokens / bareSecs);
        }
    }

    private Ingestion.Summary ingest(Pipeline pipeline, Path corpus, Path db, int threads) {
        try (GraphStore store = GraphStore.embedded(db)) {
            return new Ingestion(store, pipeline.extractors(), threads).run(ArticleSource.of(List.of(corpus)),
                    IngestProgress.withoutBar(spec.commandLine().getErr()));
        }
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

    private void report(PrintWriter out, int count, double startup, double readSecs, List<Round> done,
                        int threads) {
        Ingestion.Summary last = done.get(done.size() - 1).ingest();
        out.printf(Locale.ROOT, "corpus: %d articles made from the seeds, %d tokens as newsgraph splits them (%d as bare "
                + "OpenNLP does); %d cores, %d extraction threads%n", count, last.tokens(),
                done.get(0).bareTokens(), Runtime.getRuntime().availableProcessors(), threads);
        out.printf(Locale.ROOT, "startup (knowledge base, linker, models): %.2f s%n", startup);
        out.printf(Locale.ROOT, warmup > 0
                ? "warm-up before timing: %d articles through each side (--warmup 0: round 1 runs cold)%n"
                : "no warm-up (--warmup 0): round 1 of each side runs cold, JIT compilation included%n",
                warmup);
        out.printf(Locale.ROOT, "%d rounds, each bare OpenNLP then the whole ingest into a new store (--rounds)%n",
                done.size());
        out.printf(Locale.ROOT, "%n%-40s %10s %12s %14s%n", "", "seconds", "articles/s", "tokens/s");
        out.printf(Locale.ROOT, "%-40s %10.2f %12.1f %14s%n", "reading + cleaning (1 thread)", readSecs,
                count / readSecs, "");
        double bareSecs = 0;
        double ingestSecs = 0;
        long bareTokens = 0;
        long ingestTokens = 0;
        StageClock stages = new StageClock();
        for (int r = 0; r < done.size(); r++) {
            Round round = done.get(r);
            out.printf(Locale.ROOT, "%-40s %10.2f %12.1f %14.0f%n", "round " + (r + 1) + ": bare OpenNLP + parse (1 thread)",
                    round.bareSecs(), count / round.bareSecs(), round.bareTokens() / round.bareSecs());
            out.printf(Locale.ROOT, "%-40s %10.2f %12.1f %14.0f   ratio %.2f%n", "round " + (r + 1) + ": whole ingest",
                    round.ingestSecs(), round.ingest().read() / round.ingestSecs(),
                    round.ingest().tokens() / round.ingestSecs(), round.ratio());
            bareSecs += round.bareSecs();
            ingestSecs += round.ingestSecs();
            bareTokens += round.bareTokens();
            ingestTokens += round.ingest().tokens();
            stages.addAll(round.ingest().stages());
        }
        double storeSecs = done.stream().mapToDouble(Round::storeSecs).sum();
        double bareRate = bareTokens / bareSecs;
        double ingestRate = ingestTokens / ingestSecs;
        out.printf(Locale.ROOT, "%-40s %10.2f %12.1f %14.0f%n", "all rounds: bare OpenNLP + parse", bareSecs,
                count * done.size() / bareSecs, bareRate);
        out.printf(Locale.ROOT, "%-40s %10.2f %12.1f %14.0f%n", "all rounds: whole ingest (read..write)", ingestSecs,
                count * done.size() / ingestSecs, ingestRate);
        out.printf(Locale.ROOT, "%-40s %10.2f   (not in the ingest's time, as models and knowledge base are "
                + "not)%n", "all rounds: opening + closing the stores", storeSecs);
        out.printf(Locale.ROOT, "%nper stage of the ingest, per round (time summed over threads, waits for a core "
                + "included):%n");
        for (String stage : stages.stages()) {
            if (stage.equals(SentenceParses.SENTENCES_PARSED) || stage.equals(SentenceParses.SENTENCES_SEEN)) {
                continue;
            }
            double secs = stages.nanos(stage) / 1e9 / done.size();
            out.printf(Locale.ROOT, "  %-12s %8.2f s %14.0f tokens/s%n", stage, secs,
                    last.tokens() / Math.max(secs, 1e-9));
        }
        long seen = stages.tokens(SentenceParses.SENTENCES_SEEN);
        out.printf(Locale.ROOT, "  sentences parsed: %d of %d (%.1f %%), %.1f %% of the tokens (the rest hold no "
                + "trigger word)%n", stages.tokens(SentenceParses.SENTENCES_PARSED), seen,
                100.0 * stages.tokens(SentenceParses.SENTENCES_PARSED) / Math.max(1, seen),
                100.0 * stages.tokens(SentenceParses.STAGE) / Math.max(1, stages.tokens(StageClock.POS)));
        out.printf(Locale.ROOT, "%nratio whole ingest (%d extraction threads, a reader and a writer) / bare OpenNLP "
                + "tagging + parsing every sentence (1 thread), tokens/s over all rounds: %.2f (target >= 0.50)%n",
                threads, ingestRate / bareRate);
        out.printf(Locale.ROOT, "articles per round: %d read, %d failed; %d nodes and %d relationships created%n",
                last.read(), last.failed(), last.nodesCreated(), last.relationshipsCreated());
        out.flush();
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
