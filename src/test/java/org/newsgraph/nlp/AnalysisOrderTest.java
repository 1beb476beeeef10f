package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * An article's tokens, tags and lemmas do not depend on which articles the same analyzer read before it: an ingest
 * hands articles to its threads in an order that depends on timing, and the graph must not.
 */
class AnalysisOrderTest {

    @Test
    void theSameArticlesReadInOppositeOrdersGiveTheSameLemmas() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/dev/tune"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("d")).sorted().toList()) {
                texts.add(Files.readString(f));
            }
        }
        Map<Integer, String> forward = lemmas(texts, false);
        Map<Integer, String> backward = lemmas(texts, true);
        for (int i = 0; i < texts.size(); i++) {
            String[] a = forward.get(i).split(" ");
            String[] b = backward.get(i).split(" ");
            for (int k = 0; k < Math.min(a.length, b.length); k++) {
                assertEquals(a[k], b[k], "article " + i + ", token " + k + " reads differently after other articles");
            }
            assertEquals(a.length, b.length, "article " + i + ": token count");
        }
    }

    private static Map<Integer, String> lemmas(List<String> texts, boolean reversed) {
        OpenNlpAnalyzer analyzer = new OpenNlpAnalyzer(NlpModels.shared(Language.GERMAN));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            order.add(i);
        }
        if (reversed) {
            Collections.reverse(order);
        }
        Map<Integer, String> out = new HashMap<>();
        for (int i : order) {
            StringBuilder b = new StringBuilder();
            for (Sentence s : analyzer.analyze(texts.get(i))) {
                s.tokens().forEach(t -> b.append(t.text()).append('/').append(t.tag()).append('/').append(t.lemma())
                        .append(' '));
            }
            out.put(i, b.toString());
        }
        return out;
    }
}
