package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.junit.jupiter.api.Test;

class RdfLiteralsTest {

    @Test
    void partialDatesKeepTheirPrecision() {
        assertTyped("2022-02-24", XSDDatatype.XSDdate, RdfLiterals.date("2022-02-24"));
        assertTyped("2022-02", XSDDatatype.XSDgYearMonth, RdfLiterals.date("2022-02"));
        assertTyped("2014", XSDDatatype.XSDgYear, RdfLiterals.date("2014"));
    }

    @Test
    void aRangeIsAStringWithTypedEnds() {
        assertTyped("2023-05-19/2023-05-21", XSDDatatype.XSDstring, RdfLiterals.date("2023-05-19/2023-05-21"));
        Literal[] ends = RdfLiterals.range("2023-05-19/2023-05-21");
        assertTyped("2023-05-19", XSDDatatype.XSDdate, ends[0]);
        assertTyped("2023-05-21", XSDDatatype.XSDdate, ends[1]);
        assertNull(RdfLiterals.range("2023-05-19"));
    }

    @Test
    void impossibleDatesAreNotTyped() {
        assertNull(RdfLiterals.partialDate("2023-02-30"));
        assertTyped("2023-02-30", XSDDatatype.XSDstring, RdfLiterals.date("2023-02-30"));
    }

    @Test
    void clockTimesGetSecondsAndKeepNumericZones() {
        assertTyped("09:30:00+02:00", XSDDatatype.XSDtime, RdfLiterals.time("09:30+02:00"));
        assertTyped("09:30:00", XSDDatatype.XSDtime, RdfLiterals.time("09:30"));
        assertTyped("09:30:15Z", XSDDatatype.XSDtime, RdfLiterals.time("09:30:15Z"));
        assertTyped("9.30 Uhr MESZ", XSDDatatype.XSDstring, RdfLiterals.time("9.30 Uhr MESZ"));
    }

    @Test
    void durationsAndPublicationTimes() {
        assertTyped("PT1H30M", XSDDatatype.XSDduration, RdfLiterals.duration("PT1H30M"));
        assertTyped("rund zwei Stunden", XSDDatatype.XSDstring, RdfLiterals.duration("rund zwei Stunden"));
        assertTyped("2022-03-01T08:15:00+01:00", XSDDatatype.XSDdateTime,
                RdfLiterals.published("2022-03-01T08:15:00+01:00"));
        assertTyped("2022-03-01T08:15", XSDDatatype.XSDstring, RdfLiterals.published("2022-03-01T08:15"));
    }

    private static void assertTyped(String lexical, XSDDatatype type, Literal literal) {
        assertEquals(lexical, literal.getLexicalForm());
        assertEquals(type.getURI(), literal.getDatatypeURI());
    }
}
