package org.newsgraph.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
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
 * The table in {@code cases.tsv}: article date, sentence, and the expression expected in it (surface, type, past and
 * future value, extras such as the weekday, part of day and time zone). A surface "-" means: no expression at all.
 * Every row runs twice: on the real OpenNLP German tokens and on a plain split (see {@link SentenceFixture}); rows
 * marked {@code lang=en} only on the plain split until the English models are in, and rows marked
 * {@code split=plain} only there because the German sentence detector cuts them apart.
 */
class TimeNormalizerCasesTest {

    private static TimeNormalizer normalizer;
    private static TextAnalyzer analyzer;

    @BeforeAll
    static void load() {
        normalizer = new LexiconTimeNormalizer();
        analyzer = new OpenNlpAnalyzer(NlpModels.shared(Language.GERMAN));
    }

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        try (InputStream in = TimeNormalizerCasesTest.class.getResourceAsStream("cases.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int n = 0; n < lines.length; n++) {
                String line = lines[n];
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 7) {
                    throw new IllegalStateException("cases.tsv line " + (n + 1) + ": expected 7 tab-separated fields, "
                            + "found " + f.length + ": " + line);
                }
                rows.add(Arguments.of(n + 1, f[0], f[1], f[2], f[3], f[4], f[5], f[6]));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "line {0}: {2}")
    @MethodSource("cases")
    void sentenceTokenizedByOpenNlpYieldsExpectedExpression(int line, String date, String sentence, String surface,
                                                            String type, String value, String future, String extras) {
        assumeFalse(extras.contains("lang=en"), "the German sentence detector splits English 'a.m.' and 'Dec.'");
        assumeFalse(extras.contains("split=plain"), "OpenNLP ends the sentence after '22./23.' (nlp branch)");
        PartialDate articleDate = date.equals("-") ? null : PartialDate.parse(date);
        List<TimeExpression> found = new ArrayList<>();
        for (Sentence s : analyzer.analyze(sentence)) {
            found.addAll(normalizer.find(s, articleDate));
        }
        check(line, found, surface, type, value, future, extras);
    }

    @ParameterizedTest(name = "line {0}: {2}")
    @MethodSource("cases")
    void sentenceSplitPlainlyYieldsExpectedExpression(int line, String date, String sentence, String surface,
                                                      String type, String value, String future, String extras) {
        PartialDate articleDate = date.equals("-") ? null : PartialDate.parse(date);
        check(line, normalizer.find(SentenceFixture.sentence(sentence), articleDate), surface, type, value, future,
                extras);
    }

    private static void check(int line, List<TimeExpression> found, String surface, String type, String value,
                              String future, String extras) {
        String all = found.stream().map(TimeExpression::toString).collect(Collectors.joining("\n  "));
        if (surface.equals("-")) {
            assertTrue(found.isEmpty(), "line " + line + ": expected no time expression, found\n  " + all);
            return;
        }
        TimeExpression e = found.stream().filter(t -> t.surface().equals(surface)).findFirst().orElse(null);
        assertTrue(e != null, "line " + line + ": expected '" + surface + "', found\n  " + all);
        assertEquals(TimeType.valueOf(type), e.type(), "line " + line + " type");
        assertEquals(nullable(value), e.value(), "line " + line + " value");
        assertEquals(nullable(future.isEmpty() ? value : future), e.futureValue(), "line " + line + " futureValue");
        for (String extra : extras.isBlank() ? new String[0] : extras.split(";")) {
            String[] kv = extra.split("=", 2);
            Object actual = switch (kv[0].strip()) {
                case "weekday" -> e.weekday() == null ? null : e.weekday().toString();
                case "part" -> e.partOfDay();
                case "tz" -> e.timezone();
                case "count" -> String.valueOf(found.size());
                case "lang", "split" -> kv[1].strip();
                default -> throw new IllegalStateException("cases.tsv line " + line + ": unknown extra " + kv[0]);
            };
            assertEquals(nullable(kv[1].strip()), actual, "line " + line + " " + kv[0]);
        }
    }

    private static String nullable(String s) {
        return s.equals("-") ? null : s;
    }
}
