package org.newsgraph.extract.time;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.newsgraph.ingest.PartialDate;
import org.newsgraph.nlp.Language;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.nlp.OpenNlpAnalyzer;
import org.newsgraph.nlp.Sentence;

/**
 * Prints how long loading the vocabulary takes and how many sentences per second the normaliser reads, on the
 * seed corpus analysed once by OpenNLP. Run: {@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 * org.newsgraph.extract.time.TimeNormalizerBenchmark}.
 */
public final class TimeNormalizerBenchmark {

    private TimeNormalizerBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        long t0 = System.nanoTime();
        TimeNormalizer normalizer = new LexiconTimeNormalizer();
        long loaded = System.nanoTime() - t0;
        OpenNlpAnalyzer analyzer = new OpenNlpAnalyzer(NlpModels.shared(Language.GERMAN));
        List<Sentence> sentences = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            for (Path f : files.sorted().toList()) {
                sentences.addAll(analyzer.analyze(Files.readString(f)));
            }
        }
        PartialDate date = PartialDate.parse("2021-12-08");
        int found = 0;
        for (int warm = 0; warm < 200; warm++) {
            for (Sentence s : sentences) {
                found += normalizer.find(s, date).size();
            }
        }
        int rounds = 1000;
        long tokens = 0;
        long t1 = System.nanoTime();
        for (int k = 0; k < rounds; k++) {
            for (Sentence s : sentences) {
                found += normalizer.find(s, date).size();
                tokens += s.tokens().size();
            }
        }
        double seconds = (System.nanoTime() - t1) / 1e9;
        System.out.printf("vocabulary load: %.0f ms%n", loaded / 1e6);
        System.out.printf("%d sentences x %d rounds: %.0f sentences/s, %.0f tokens/s (%d expressions)%n",
                sentences.size(), rounds, sentences.size() * rounds / seconds, tokens / seconds, found);
    }
}
