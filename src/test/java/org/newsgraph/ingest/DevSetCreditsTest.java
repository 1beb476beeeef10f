package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bylines, agency datelines, photo credits and embedded posts of the development set's tune articles are read as
 * metadata and never reach the text that entities are found in.
 */
class DevSetCreditsTest {

    private static CollectingSink tune;

    @BeforeAll
    static void read() {
        tune = CollectingSink.read(Path.of("src/test/resources/dev/tune"));
        assertTrue(tune.failures.isEmpty(), tune.failures.toString());
    }

    private static Article article(String prefix) {
        return tune.articles.stream().filter(a -> a.id().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no tune article " + prefix));
    }

    @Test
    void creditsNeverReachTheText() {
        List<String> credits = List.of("(dpa)", "(dpa-AFX)", "(APA/dpa)", "(APA, 28.1.2024)", "Foto: Michael Fischer",
                "IMAGO/ITAR-TASS", "Bernd von Jutrczenka", "EFE/EPA/JUSTIN LANE", "/ REUTERS",
                "Associated Press/Associated Press", "pic.twitter.com");
        for (Article a : tune.articles) {
            for (String credit : credits) {
                assertFalse(a.text().contains(credit), "'" + credit + "' in the text of " + a.id());
            }
        }
    }

    @Test
    void agencyOfADatelineIsTheSource() {
        assertEquals("dpa", article("da01").source());
        assertEquals("dpa-AFX", article("da07").source());
        assertEquals("APA/dpa", article("dd07").source());
    }

    @Test
    void theDatelinePlaceAndTheLeadStay() {
        assertTrue(article("da01").text().contains("Genf - Der Genfer Krisengipfel"), article("da01").text());
    }
}
