package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Publication dates in the forms news uses, normalised to ISO with their precision. */
class NewsDateParserTest {

    private static final NewsDateParser DATES = NewsDateParser.load();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "7. Dezember 2021, 18:42 Uhr | 2021-12-07T18:42",
            "13.04.2021 20:25 | 2021-04-13T20:25",
            "30.12.2021 | 2021-12-30",
            "Stand: 3.2.2022, 7.05 Uhr | 2022-02-03T07:05",
            "1. März 2020 | 2020-03-01",
            "1. Jänner 2019 | 2019-01-01",
            "Dec 7, 2021 | 2021-12-07",
            "December 7th, 2021 at 9:15 pm | 2021-12-07T21:15",
            "Tue, 07 Dec 2021 18:42:00 GMT | 2021-12-07T18:42",
            "7 December 2021 | 2021-12-07",
            "2021-12-07 | 2021-12-07",
            "2021-12-07T18:42:00+01:00 | 2021-12-07T18:42",
            "2021-12 | 2021-12",
            "2021 | 2021",
            "Juni 2022 | 2022-06",
    })
    void normalizesNewsDateForms(String value, String iso) {
        assertEquals(iso, DATES.normalize(value));
    }

    @Test
    void impossibleDatesAreNotDates() {
        assertNull(DATES.normalize("31.02.2021"));
        assertNull(DATES.normalize("heute Abend"));
        assertNull(DATES.normalize("2021-13"));
    }

    @Test
    void findReportsWhereTheDateIs() {
        NewsDateParser.DateMatch m = DATES.find("• AFP - 7. Dezember 2021, 18:42 Uhr");
        assertEquals("2021-12-07T18:42", m.iso());
        assertEquals(8, m.start());
        assertEquals("• AFP - 7. Dezember 2021, 18:42 Uhr".length(), m.end());
    }

    @Test
    void numbersThatAreNoDatesAreIgnored() {
        assertNull(DATES.find("mehr als 120.000 Soldaten und 10.000 Panzer"));
        assertNull(DATES.find("gegen 21.35 Uhr MEZ"));
    }
}
