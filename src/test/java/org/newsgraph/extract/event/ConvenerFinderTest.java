package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Event;

/** Who convened a multi-party event, on sentences written for this test. */
class ConvenerFinderTest {

    private static Event onlyEvent(String date, String text) {
        ExtractionFixture.Found f = ExtractionFixture.get().run(date, text);
        assertEquals(1, f.events().size(), f.eventLines().toString());
        return f.events().get(0);
    }

    @Test
    void theSubjectOfAConferenceCallWithSeveralOthersConvenedIt() {
        Event e = onlyEvent("2022-06-01", "Bundeskanzler Olaf Scholz hat am Dienstag eine Videokonferenz mit "
                + "Emmanuel Macron, Giorgia Meloni und Pedro Sánchez abgehalten.");
        assertTrue(e.participants().size() >= 3, e.participants().toString());
        assertEquals("olaf-scholz", e.convener() == null ? null : e.convener().id(), e.toString());
    }

    @Test
    void oneNamedLeaderWithTheGroupNamedBeforeConvenedTheCall() {
        ExtractionFixture.Found f = ExtractionFixture.get().run("2022-06-01", "Joe Biden will am Abend mit Olaf "
                + "Scholz, Emmanuel Macron und Mario Draghi telefonieren. Biden und die drei Regierungschefs hatten "
                + "bereits am Montag per Telefonkonferenz beraten.");
        Event monday = f.events().stream().filter(e -> "2022-05-30".equals(e.date())).findFirst()
                .orElseThrow(() -> new AssertionError(f.eventLines().toString()));
        assertTrue(monday.participants().size() >= 3, monday.participants().toString());
        assertEquals("joe-biden", monday.convener() == null ? null : monday.convener().id(), monday.toString());
    }

    @Test
    void leadersWhoMeetAsEqualsHaveNoConvener() {
        Event e = onlyEvent("2022-06-01", "Olaf Scholz, Emmanuel Macron und Mario Draghi trafen sich am Donnerstag "
                + "in Kiew.");
        assertEquals(3, e.participants().size(), e.participants().toString());
        assertNull(e.convener(), e.toString());
    }

    @Test
    void aTwoPartyCallNeedsNoConvener() {
        Event e = onlyEvent("2022-06-01", "Emmanuel Macron telefonierte am Freitag mit Wladimir Putin.");
        assertNull(e.convener(), e.toString());
    }
}
