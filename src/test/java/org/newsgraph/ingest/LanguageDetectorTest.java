package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    private static final LanguageDetector LANGUAGES = LanguageDetector.load();

    @Test
    void germanTextIsGerman() {
        assertEquals("de", LANGUAGES.detect("Die Gewerkschaft hat für Freitag zu einem Warnstreik im Nahverkehr"
                + " aufgerufen, nachdem die Verhandlungen mit den Arbeitgebern gescheitert sind."));
    }

    @Test
    void englishTextIsEnglish() {
        assertEquals("en", LANGUAGES.detect("The union has called a strike on public transport for Friday after"
                + " talks with the employers broke down."));
    }

    @Test
    void shortEnglishHeadlineIsEnglish() {
        assertEquals("en", LANGUAGES.detect("Biden meets Xi in Bali for the first time since 2020"));
    }

    @Test
    void shortEnglishReadoutIsEnglish() {
        assertEquals("en", LANGUAGES.detect("President Biden spoke with President Zelenskyy of Ukraine today."));
    }

    @Test
    void shortGermanHeadlineIsGerman() {
        assertEquals("de", LANGUAGES.detect("Scholz trifft Macron in Paris zu Gesprächen über die Ukraine"));
    }

    @Test
    void wordsOfBothListsDecideNothing() {
        assertEquals("de", LANGUAGES.detect("Putin in Moskau"));
    }

    @Test
    void textWithoutFunctionWordsFallsBackToGerman() {
        assertEquals("de", LANGUAGES.detect("NATO OSZE G7"));
    }
}
