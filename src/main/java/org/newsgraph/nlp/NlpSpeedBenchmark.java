package org.newsgraph.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Prints tokens/s of {@link OpenNlpAnalyzer} against {@link BareOpenNlpPipeline} on the same texts, one thread.
 *
 * <pre>
 * java -cp target/classes:$(cat cp.txt) org.newsgraph.nlp.NlpSpeedBenchmark corpus 200
 * </pre>
 *
 * Design decision: a plain main, not a test; timings depend on the machine and are reported, never asserted.
 */
public final class NlpSpeedBenchmark {

    private NlpSpeedBenchmark() {
    }

    public static void main(String[] args) {
        Path corpus = Path.of(args.length > 0 ? args[0] : "corpus");
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        List<String> texts = readTexts(corpus);
        long t0 = System.nanoTime();
        NlpModels models = NlpModels.load(Language.GERMAN);
        System.out.printf(Locale.ROOT, "models loaded in %.2f s; %d texts x %d repeats%n",
                (System.nanoTime() - t0) / 1e9, texts.size(), repeats);

        StageClock bareClock = new StageClock();
        BareOpenNlpPipeline bare = new BareOpenNlpPipeline(models, bareClock);
        StageClock clock = new StageClock();
        OpenNlpAnalyzer coldAnalyzer = new OpenNlpAnalyzer(models, clock);
        long coldStart = System.nanoTime();
        long coldTokens = 0;
        for (String text : texts) {
            coldTokens += countTokens(coldAnalyzer.analyze(text));
        }
        System.out.printf(Locale.ROOT, "analyzer, first pass (cold JIT, empty lemma cache): %.0f tokens/s%n",
                coldTokens * 1e9 / (System.nanoTime() - coldStart));

        OpenNlpAnalyzer analyzer = new OpenNlpAnalyzer(models, clock);
        int warmUp = Math.max(1, repeats / 10);
        runBare(bare, texts, warmUp);
        runAnalyzer(analyzer, texts, warmUp);
        clock.reset();
        bareClock.reset();

        long bareNanos = 0;
        long analyzerNanos = 0;
        long bareTokens = 0;
        long analyzerTokens = 0;
        for (int round = 0; round < 4; round++) {   // interleaved, so both see the same machine load
            long start = System.nanoTime();
            bareTokens += runBare(bare, texts, repeats / 4);
            bareNanos += System.nanoTime() - start;
            start = System.nanoTime();
            analyzerTokens += runAnalyzer(analyzer, texts, repeats / 4);
            analyzerNanos += System.nanoTime() - start;
        }
        StageClock emptyClock = new StageClock();
        OpenNlpAnalyzer emptyCache = new OpenNlpAnalyzer(models, emptyClock);
        long emptyStart = System.nanoTime();
        long emptyTokens = 0;
        for (String text : texts) {
            emptyTokens += countTokens(emptyCache.analyze(text));
        }
        System.out.printf(Locale.ROOT, "analyzer, one pass with warm JIT but empty lemma cache: %.0f tokens/s "
                + "(%d lemmatizer calls for %d tokens)%n", emptyTokens * 1e9 / (System.nanoTime() - emptyStart),
                emptyCache.lemmaCacheMisses(), emptyTokens);
        System.out.print(emptyClock.report());
        double bareSpeed = bareTokens * 1e9 / bareNanos;
        double analyzerSpeed = analyzerTokens * 1e9 / analyzerNanos;
        System.out.printf(Locale.ROOT, "bare OpenNLP sentences+tokens+POS: %10d tokens in %6.2f s = %8.0f tokens/s%n",
                bareTokens, bareNanos / 1e9, bareSpeed);
        System.out.printf(Locale.ROOT, "OpenNlpAnalyzer (all stages):      %10d tokens in %6.2f s = %8.0f tokens/s%n",
                analyzerTokens, analyzerNanos / 1e9, analyzerSpeed);
        System.out.printf(Locale.ROOT, "ratio analyzer/bare: %.2f%n", analyzerSpeed / bareSpeed);
        System.out.printf(Locale.ROOT, "lemma cache: %d hits, %d misses%n", analyzer.lemmaCacheHits(),
                analyzer.lemmaCacheMisses());
        System.out.println("per stage, analyzer:");
        System.out.print(clock.report());
        System.out.println("per stage, bare:");
        System.out.print(bareClock.report());
    }

    private static long runBare(BareOpenNlpPipeline bare, List<String> texts, int repeats) {
        long tokens = 0;
        for (int r = 0; r < repeats; r++) {
            for (String text : texts) {
                tokens += bare.run(text);
            }
        }
        return tokens;
    }

    private static long runAnalyzer(OpenNlpAnalyzer analyzer, List<String> texts, int repeats) {
        long tokens = 0;
        for (int r = 0; r < repeats; r++) {
            for (String text : texts) {
                tokens += countTokens(analyzer.analyze(text));
            }
        }
        return tokens;
    }

    private static long countTokens(List<Sentence> sentences) {
        long tokens = 0;
        for (Sentence sentence : sentences) {
            tokens += sentence.tokens().size();
        }
        return tokens;
    }

    private static List<String> readTexts(Path corpus) {
        try (Stream<Path> files = Files.walk(corpus)) {
            List<Path> paths = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            if (paths.isEmpty()) {
                throw new IllegalArgumentException("expected .txt files under " + corpus + ", found none");
            }
            return paths.stream().map(NlpSpeedBenchmark::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + corpus, e);
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
