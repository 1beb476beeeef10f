package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Datelines, credit lines and source lines are metadata; sentences of the body are not. */
class MetadataExtractorTest {

    private static final MetadataExtractor EXTRACTOR = MetadataExtractor.load();

    @Test
    void agencyDatelineGivesSourceAndDate() {
        MetadataExtractor.Collector meta = EXTRACTOR.collector();
        assertNull(meta.offer("• dpa - 3. Februar 2022, 07:05 Uhr"));
        assertEquals("dpa", meta.source());
        assertEquals("2022-02-03T07:05", meta.published());
    }

    @Test
    void englishDatelineWithAgency() {
        MetadataExtractor.Collector meta = EXTRACTOR.collector();
        assertNull(meta.offer("Reuters | Updated Jun 2, 2022 8:10 am"));
        assertEquals("Reuters", meta.source());
        assertEquals("2022-06-02T08:10", meta.published());
    }

    @Test
    void sentenceWithADateIsNotADateline() {
        MetadataExtractor.Collector meta = EXTRACTOR.collector();
        String sentence = "Die Minister trafen sich am 4. Mai 2022 in Brüssel, um über neue Sanktionen zu beraten.";
        assertEquals(sentence, meta.offer(sentence));
        assertNull(meta.published());
    }

    @Test
    void captionWithCreditAndDateIsMetadata() {
        MetadataExtractor.Collector meta = EXTRACTOR.collector();
        assertNull(meta.offer("Die Außenminister beim Treffen in Wien - APA, 1280, 14.05.2022"));
        assertEquals("APA", meta.source());
        assertEquals("2022-05-14", meta.published());
    }

    @Test
    void explicitSourceLineWinsOverADomainLine() {
        MetadataExtractor.Collector meta = EXTRACTOR.collector();
        assertNull(meta.offer("tagblatt.example.ch"));
        assertNull(meta.offer("Quelle: Bayerischer Rundfunk"));
        assertEquals("Bayerischer Rundfunk", meta.source());
    }

    @Test
    void agencyInParenthesesAtTheStartOfTheText() {
        MetadataExtractor.Collector meta = EXTRACTOR.collector();
        String lead = "Berlin (dpa) - Die Bundesregierung will das Heizungsgesetz noch vor der Sommerpause"
                + " beschließen, wie ein Regierungssprecher am Montag sagte.";
        assertEquals("Berlin - Die Bundesregierung will das Heizungsgesetz noch vor der Sommerpause"
                + " beschließen, wie ein Regierungssprecher am Montag sagte.", meta.offer(lead));
        assertEquals("dpa", meta.source());
    }

    @Test
    void agencyAfterADatePrefixIsTakenOutOfTheText() {
        MetadataExtractor.Collector meta = EXTRACTOR.collector();
        assertEquals("Wien - Die Gespräche sind gescheitert.",
                meta.offer("date 2019-05 Wien (APA/dpa) - Die Gespräche sind gescheitert."));
        assertEquals("APA/dpa", meta.source());
    }

    @Test
    void photoCaptionsWithACreditAreMetadata() {
        MetadataExtractor.Collector meta = EXTRACTOR.collector();
        assertNull(meta.offer("Die beiden Minister vor dem Treffen in Rom. Foto: Anna Beispiel/dpa"));
        assertNull(meta.offer("Der Präsident hat die Ministerin empfangen. (Karl Muster / dpa / Karl Muster)"));
        assertNull(meta.offer("The delegations at the table / REUTERS"));
        assertNull(meta.offer("The minister speaks in Geneva, 3 May 2023. EFE/EPA/JOHN SAMPLE"));
    }

    @Test
    void agencyCreditClosingTheTextIsTakenOut() {
        MetadataExtractor.Collector meta = EXTRACTOR.collector();
        assertEquals("Seit Oktober liegt der Dialog auf Eis.",
                meta.offer("Seit Oktober liegt der Dialog auf Eis. (APA, 28.1.2024)"));
        assertEquals("APA", meta.source());
        String aside = "Die Opposition protestierte. (Die Regierung schwieg.)";
        assertEquals(aside, meta.offer(aside));
    }

    @Test
    void partyNamesWithASlashAreNoCredit() {
        MetadataExtractor.Collector meta = EXTRACTOR.collector();
        String p = "Das sagte der Fraktionsvorsitzende Friedrich Merz (CDU/CSU)";
        assertEquals(p, meta.offer(p));
    }

    @Test
    void datePrefixIsSplitOffAHeadline() {
        MetadataExtractor.Collector meta = EXTRACTOR.collector();
        assertEquals("Scholz reist nach Paris", meta.offer("date 2022-06 Scholz reist nach Paris"));
        assertEquals("2022-06", meta.published());
    }

    @Test
    void firstDateWins() {
        MetadataExtractor.Collector meta = EXTRACTOR.collector();
        meta.offer("12.03.2023 18:05");
        meta.offer("Aktualisiert: 13.03.2023 09:00");
        assertEquals("2023-03-12T18:05", meta.published());
    }
}
