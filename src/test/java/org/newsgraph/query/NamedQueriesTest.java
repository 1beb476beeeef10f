package org.newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.ConfigurationException;

class NamedQueriesTest {

    private final NamedQueries queries = NamedQueries.load();

    @Test
    void theIssuesQuestionsArePackagedWithTheirTwins() {
        Set<String> names = queries.all().stream().map(NamedQuery::name).collect(Collectors.toSet());
        assertTrue(names.containsAll(Set.of("who-met-whom", "timeline", "demands", "threats", "accusations",
                "agreements", "events-of", "sources-of-event", "offices")), names.toString());
        for (NamedQuery q : queries.all()) {
            assertFalse(q.question().isBlank());
            assertTrue(q.question().endsWith("?"), q.name() + ": " + q.question());
            assertTrue(q.sparql() != null && q.sparql().contains("# Question: " + q.question()),
                    q.name() + ": the SPARQL twin states another question");
        }
    }

    @Test
    void parametersAreReadFromTheHeader() {
        assertEquals(List.of("a", "b"), queries.get("timeline").parameters());
        assertEquals(List.of("name"), queries.get("events-of").parameters());
        assertEquals(List.of(), queries.get("who-met-whom").parameters());
    }

    @Test
    void aQueryWithoutHeaderIsRefusedWithItsFileName() {
        var e = assertThrows(ConfigurationException.class,
                () -> NamedQueries.parse("x", "queries/x.cypher", "MATCH (n) RETURN n", null));
        assertTrue(e.getMessage().startsWith("queries/x.cypher: expected a header"), e.getMessage());
    }

    @Test
    void anUnknownNameListsTheKnownOnes() {
        var e = assertThrows(IllegalArgumentException.class, () -> queries.get("who-met"));
        assertTrue(e.getMessage().contains("who-met-whom"), e.getMessage());
    }
}
