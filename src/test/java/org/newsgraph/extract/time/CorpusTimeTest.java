package org.newsgraph.extract.time;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.ingest.PartialDate;
import org.newsgraph.nlp.Language;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.nlp.OpenNlpAnalyzer;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.TextAnalyzer;

/**
 * Runs the normaliser over the seed articles in {@code corpus/}, analysed by the real OpenNLP German pipeline, and checks that the dates, clock times and durations
 * of the hand-annotated events (../shared/seed-gold.json) are among its readings; {@code corpus-times.tsv} lists
 * them per article, as "TYPE value" with "~" before values that are the future reading.
 */
class CorpusTimeTest {

    private static TimeNormalizer normalizer;
    private static TextAnalyzer analyzer;

    @BeforeAll
    static void load() {
        normalizer = new LexiconTimeNormalizer();
        analyzer = new OpenNlpAnalyzer(NlpModels.shared(Language.GERMAN));
    }

    static Stream<Arguments> articles() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        try (InputStream in = CorpusTimeTest.class.getResourceAsStream("corpus-times.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\t");
                    rows.add(Arguments.of(f[0], f[1], List.of(f).subList(2, f.length)));
                }
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void goldTimesOfTheArticleAreFound(String file, String date, List<String> expected) throws IOException {
        String text = Files.readString(Path.of("corpus", file));
        Set<String> readings = new LinkedHashSet<>();
        for (Sentence s : analyzer.analyze(text)) {
            for (TimeExpression e : normalizer.find(s, PartialDate.parse(date))) {
                readings.add(e.type() + " " + e.value());
                readings.add(e.type() + " ~" + e.futureValue());
                if (e.timezone() != null) {
                    readings.add("TZ " + e.value() + e.timezone());
                }
            }
        }
        for (String want : expected) {
            assertTrue(readings.contains(want), file + ": expected " + want + " among " + readings);
        }
    }
}
