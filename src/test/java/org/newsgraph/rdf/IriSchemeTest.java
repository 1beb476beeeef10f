package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.EventKind;
import org.newsgraph.extract.StatementType;

class IriSchemeTest {

    private final IriScheme iris = new IriScheme("https://example.org/kg/");

    @Test
    void entitiesFollowTheKnowledgeBaseScheme() {
        assertEquals("https://example.org/kg/country/FR", iris.entity("Country", "FR"));
        assertEquals("https://example.org/kg/person/annalena-baerbock", iris.entity("Person", "annalena-baerbock"));
        assertEquals("https://example.org/kg/event/meeting-2023-01-05", iris.event("meeting-2023-01-05"));
        assertEquals("https://example.org/kg/article/b7%2F12", iris.article("b7/12"));
    }

    @Test
    void idsBecomeOneSafePathSegment() {
        assertEquals("M%C3%BCnchener%20Abkommen", IriScheme.segment("Münchener Abkommen"));
    }

    @Test
    void statementIrisAreStableAndDependOnTheirContent() {
        String a = iris.statement("DEMANDED", "x", "y", "Waffenruhe");
        assertEquals(a, iris.statement("DEMANDED", "x", "y", "Waffenruhe"));
        assertNotEquals(a, iris.statement("DEMANDED", "x", "y", "Verhandlungen"));
        assertTrue(a.startsWith("https://example.org/kg/statement/demanded/"));
    }

    @Test
    void aBaseMustBeAbsoluteAndEndInASeparator() {
        assertThrows(IllegalArgumentException.class, () -> new IriScheme("https://example.org/kg"));
        assertThrows(IllegalArgumentException.class, () -> new IriScheme("kg/"));
    }

    @Test
    void everyKindAndStatementTypeIsDeclaredInTheOntology() {
        var ontology = Ontology.model();
        for (EventKind kind : EventKind.values()) {
            assertTrue(ontology.containsResource(Vocab.eventClass(kind)), kind + " has no class in newsgraph.ttl");
            assertTrue(ontology.contains(Vocab.eventClass(kind), ontology.createProperty(Vocab.NG, "kindId"),
                    kind.id()), kind + " has no ng:kindId");
        }
        for (StatementType type : StatementType.values()) {
            assertTrue(ontology.contains(Vocab.statementProperty(type), ontology.createProperty(Vocab.NG,
                    "graphType"), type.name()), type + " has no property in newsgraph.ttl");
        }
    }
}
