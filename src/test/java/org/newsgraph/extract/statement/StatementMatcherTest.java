package org.newsgraph.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Statement;
import org.newsgraph.extract.StatementType;

/** Cross-article deduplication of statements. */
class StatementMatcherTest {

    private static final Entity CHINA = new Entity("CN", EntityType.Country, "China", null);
    private static final Entity INDIA = new Entity("IN", EntityType.Country, "Indien", null);

    private static Statement accusation(String what, String date, String evidence) {
        return new Statement(StatementType.ACCUSED, CHINA, INDIA, what, "112", date, null, List.of(evidence));
    }

    @Test
    void sameAccusationInTwoArticlesOfOneMonthIsOne() {
        Statement a = accusation("Grenzverletzungen", "2023-03-08", "China wirft Indien Grenzverletzungen vor.");
        Statement b = accusation("Truppen an die Grenze verlegt zu haben", "2023-03",
                "Peking wirft Indien vor, Truppen an die Grenze verlegt zu haben.");
        assertTrue(StatementMatcher.same(a, b));
        Statement merged = StatementMatcher.merge(a, b);
        assertEquals("Grenzverletzungen; Truppen an die Grenze verlegt zu haben", merged.what());
        assertEquals("2023-03-08", merged.date());
        assertEquals(2, merged.evidence().size());
        Statement reversed = StatementMatcher.merge(b, a);
        assertEquals(merged.what(), reversed.what(), "the content does not depend on order");
        assertEquals(merged.date(), reversed.date());
        assertEquals(java.util.Set.copyOf(merged.evidence()), java.util.Set.copyOf(reversed.evidence()));
    }

    @Test
    void differentMonthsTypesOrDirectionsAreDifferentStatements() {
        Statement a = accusation("Grenzverletzungen", "2023-03-08", "x");
        assertFalse(StatementMatcher.same(a, accusation("Grenzverletzungen", "2023-06-20", "y")));
        assertFalse(StatementMatcher.same(a, new Statement(StatementType.ACCUSED, INDIA, CHINA, "Grenzverletzungen",
                "112", "2023-03-08", null, List.of("z"))));
        assertFalse(StatementMatcher.same(a, new Statement(StatementType.THREATENED, CHINA, INDIA, "Sanktionen",
                "130", "2023-03-08", null, List.of("z"))));
    }

    @Test
    void undatedReportJoinsTheStatement() {
        assertTrue(StatementMatcher.same(accusation("Provokationen", null, "x"),
                accusation("Weigerung, das Abkommen zu erfüllen", "2023-03-08", "y")));
    }

    @Test
    void mergeKeepsOnePhraseThatContainsAnother() {
        Statement merged = StatementMatcher.merge(accusation("Provokationen", "2023-03-08", "x"),
                accusation("Provokationen an der Grenze", "2023-03-08", "y"));
        assertEquals("Provokationen an der Grenze", merged.what());
    }
}
