package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

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
    void anAbbreviationWithoutFullStopIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new BoundaryLexicon(Set.of("Mai"), Set.of("Dr")));
    }
}
