package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.ConfigurationException;

class BoundaryLexiconTest {

    private final BoundaryLexicon lexicon = BoundaryLexicon.load();

    @Test
    void monthNamesInGermanAndEnglishAreKnown() {
        for (String month : new String[] {"Januar", "März", "Mai", "Dezember", "Jan", "Sept", "October"}) {
            assertTrue(lexicon.isMonth(month), month);
        }
        assertFalse(lexicon.isMonth("Montag"));
    }

    @Test
    void abbreviationsKeepTheirFullStop() {
        for (String abbreviation : new String[] {"Dr.", "Nr.", "bzw.", "z.B.", "u.a.", "St.", "Jan."}) {
            assertTrue(lexicon.isAbbreviation(abbreviation), abbreviation);
        }
        assertFalse(lexicon.isAbbreviation("usw."), "usw. often ends a sentence");
        assertFalse(lexicon.isAbbreviation("Dr"));
    }

    @Test
    void monthWordsAreReadFromTurtleAndDottedOnesAreAbbreviationsToo() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("time-months.ttl")) {
            Set<String> words = BoundaryLexicon.monthWords(in, "time-months.ttl");
            assertEquals(Set.of("November", "Nov.", "Dezember", "Dez.", "December", "Dec."), words);
            BoundaryLexicon fromTurtle = BoundaryLexicon.of(words, Set.of("Dr."));
            assertTrue(fromTurtle.isMonth("Dez"));
            assertTrue(fromTurtle.isAbbreviation("Dez."));
            assertTrue(fromTurtle.isAbbreviation("Dr."));
            assertFalse(fromTurtle.isMonth("Montag"));
        }
    }

    @Test
    void brokenTurtleIsAConfigurationError() {
        InputStream broken = new ByteArrayInputStream("ng:month-1 a ng:Month".getBytes(StandardCharsets.UTF_8));
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> BoundaryLexicon.monthWords(broken, "time.ttl"));
        assertTrue(e.getMessage().contains("time.ttl"), e.getMessage());
    }

    @Test
    void anAbbreviationWithoutFullStopIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new BoundaryLexicon(Set.of("Mai"), Set.of("Dr")));
    }
}
