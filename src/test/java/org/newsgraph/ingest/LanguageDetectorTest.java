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
    void textWithoutFunctionWordsFallsBackToGerman() {
        assertEquals("de", LANGUAGES.detect("NATO OSZE G7"));
    }
}
