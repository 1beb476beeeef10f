package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeping the body of invented news pages in the style of German and English sites, and nothing else. */
class BodyCleanerTest {

    private static final BodyCleaner CLEANER = new BodyCleaner(Boilerplate.load());
    private static final MetadataExtractor META = MetadataExtractor.load();

    private static BodyCleaner.CleanPage clean(String page) {
        return CLEANER.clean(List.of(page.split("\n", -1)), true, null, META.collector());
    }

    private static void assertAbsent(String text, String... furniture) {
        for (String f : furniture) {
            assertFalse(text.contains(f), "'" + f + "' should have been removed from:\n" + text);
        }
    }

    @Test
    void germanPageLosesNewsletterCookieShareAndReadAlsoLines() {
        BodyCleaner.CleanPage page = clean("""
                Zur Startseite
                Politik › Inland › Verkehr
                Wir verwenden Cookies. Mit „Alle akzeptieren“ stimmen Sie der Nutzung zu.
                Alle akzeptieren

                Bahn streicht Hunderte Verbindungen im Fernverkehr

                Artikel teilen
                Lesezeit: 3 Min.

                Die Deutsche Bahn streicht wegen Bauarbeiten im Sommer Hunderte Verbindungen im Fernverkehr. Betroffen sind vor allem die Strecken zwischen Köln und Frankfurt sowie zwischen Hannover und Berlin.

                Lesen Sie auch: Warum die Bahn so oft zu spät kommt

                Anzeige

                Ein Sprecher des Fahrgastverbands Pro Bahn kritisierte die Planung als zu kurzfristig. Reisende sollten sich vor jeder Fahrt über Änderungen informieren, empfahl er.

                Jetzt den Newsletter abonnieren
                Teilen
                """);
        assertEquals("Bahn streicht Hunderte Verbindungen im Fernverkehr", page.title());
        assertEquals(2, page.paragraphs().size(), page.text());
        assertTrue(page.text().startsWith("Die Deutsche Bahn streicht wegen Bauarbeiten"));
        assertTrue(page.text().endsWith("informieren, empfahl er."));
        assertAbsent(page.text(), "Startseite", "Inland", "Cookies", "akzeptieren", "teilen", "Lesezeit",
                "Lesen Sie auch", "zu spät", "Anzeige", "Newsletter", "Teilen");
    }

    @Test
    void teaserBlockIsDroppedUntilProseResumes() {
        BodyCleaner.CleanPage page = clean("""
                Hochwasser: Pegel am Rhein steigt weiter

                In Köln ist der Pegel des Rheins über Nacht auf mehr als acht Meter gestiegen. Die Stadt hat die ersten mobilen Schutzwände am Altstadtufer aufgebaut.

                Mehr zum Thema

                Dürre in Spanien: Stauseen fast leer

                Die Regierung in Madrid hat wegen der anhaltenden Trockenheit in Katalonien den Notstand

                Mehr

                Die Feuerwehr rechnet damit, dass der Höchststand am Wochenende erreicht wird. Bis dahin bleiben die Uferpromenade und mehrere Tiefgaragen in der Innenstadt gesperrt, teilte die Stadt mit.
                """);
        assertEquals(2, page.paragraphs().size(), page.text());
        assertAbsent(page.text(), "Spanien", "Madrid", "Katalonien", "Mehr zum Thema", "Mehr\n");
        assertTrue(page.text().endsWith("gesperrt, teilte die Stadt mit."));
    }

    @Test
    void teaserClosedByMoreLinkIsDroppedEvenWithoutAHeading() {
        BodyCleaner.CleanPage page = clean("""
                Landtag streitet über Schulgesetz

                Im Landtag von Hannover haben Regierung und Opposition am Mittwoch heftig über das neue Schulgesetz gestritten. Die Abstimmung wurde auf März vertagt.

                Kita-Gebühren in Bremen sollen sinken

                Der Senat will die Eltern ab dem kommenden Jahr entlasten und plant dafür

                Weiterlesen
                """);
        assertEquals(List.of("Im Landtag von Hannover haben Regierung und Opposition am Mittwoch heftig über das neue"
                + " Schulgesetz gestritten. Die Abstimmung wurde auf März vertagt."), page.paragraphs());
    }

    @Test
    void playerControlsCaptionsAndOtherScriptsAreDropped() {
        BodyCleaner.CleanPage page = clean("""
                Gasspeicher zu 90 Prozent gefüllt
                Ein Gasspeicher in Niedersachsen (Symbolbild)
                Foto: Julian Stratenschulte/dpa
                © picture alliance / Kay Nietfeld
                Loading...
                00:00 / 00:00
                play_arrow
                1.5x Geschwindigkeit
                Die deutschen Gasspeicher sind nach Angaben der Bundesnetzagentur inzwischen zu mehr als 90 Prozent gefüllt. Das Ziel für den Herbst sei damit früher als geplant erreicht worden.
                Смотрите также: новости дня
                Ein Sprecher der Behörde warnte dennoch davor, im Winter zu viel Gas zu verbrauchen, weil Nachschub aus dem Ausland knapp bleiben könnte.
                """);
        assertEquals("Gasspeicher zu 90 Prozent gefüllt", page.title());
        assertEquals(2, page.paragraphs().size(), page.text());
        assertAbsent(page.text(), "Symbolbild", "Foto", "picture alliance", "Loading", "00:00", "play_arrow",
                "Geschwindigkeit", "Смотрите");
    }

    @Test
    void englishPageLosesRelatedSignUpAndAdvertisement() {
        BodyCleaner.CleanPage page = clean("""
                Home > World > Europe

                Portugal's president dissolves parliament and calls snap election

                By Ana Ferreira

                Portugal's president dissolved parliament on Thursday and called a snap election for March, after the prime minister resigned amid a corruption investigation.

                Advertisement

                The vote will take place on March 10, the president said in a televised address, adding that the country needed stability.

                Read more: Who could lead Portugal's Socialists next?

                Sign up for our Europe newsletter

                Related

                Spain's parliament approves amnesty law

                Lawmakers voted narrowly in favour of the bill on

                Share this article
                """);
        assertEquals("Portugal's president dissolves parliament and calls snap election", page.title());
        assertEquals(2, page.paragraphs().size(), page.text());
        assertAbsent(page.text(), "Home", "Ana Ferreira", "Advertisement", "Read more", "Socialists next",
                "Sign up", "Spain", "Share");
    }

    @Test
    void hardWrappedParagraphsAreJoined() {
        BodyCleaner.CleanPage page = clean("""
                Windpark vor Rügen geht ans Netz

                Der neue Windpark in der Ostsee vor der Insel Rügen hat am Montag
                erstmals Strom in das deutsche Netz eingespeist. Nach Angaben des
                Betreibers sollen die Anlagen rechnerisch eine halbe Million
                Haushalte versorgen.

                Umweltschützer hatten gegen den Bau geklagt, waren aber vor dem
                Oberverwaltungsgericht in Greifswald gescheitert.
                """);
        assertEquals(List.of("Der neue Windpark in der Ostsee vor der Insel Rügen hat am Montag erstmals Strom in das"
                        + " deutsche Netz eingespeist. Nach Angaben des Betreibers sollen die Anlagen rechnerisch eine"
                        + " halbe Million Haushalte versorgen.",
                "Umweltschützer hatten gegen den Bau geklagt, waren aber vor dem Oberverwaltungsgericht in Greifswald"
                        + " gescheitert."), page.paragraphs());
    }

    @Test
    void textWithoutHeadlineStartsAtItsFirstSentence() {
        BodyCleaner.CleanPage page = clean("Der Zoll hat im Hamburger Hafen drei Tonnen Kokain beschlagnahmt.\n\n"
                + "Die Drogen waren in einem Container mit Bananen versteckt.");
        assertNull(page.title());
        assertEquals(2, page.paragraphs().size(), page.text());
    }

    @Test
    void knownTitleIsNotRepeatedInTheText() {
        BodyCleaner.CleanPage page = CLEANER.clean(List.of("Zoll findet Kokain im Hafen", "",
                "Der Zoll hat im Hamburger Hafen drei Tonnen Kokain in einem Container mit Bananen beschlagnahmt."),
                true, "Zoll findet Kokain im Hafen", META.collector());
        assertEquals("Zoll findet Kokain im Hafen", page.title());
        assertEquals(1, page.paragraphs().size());
    }

    @Test
    void opinionPieceLabelDoesNotSwallowTheHeadlineAndReaderCommentsNeverCount() {
        BodyCleaner.CleanPage page = clean("""
                Kommentar

                Die Schuldenbremse braucht eine Reform

                Wer in Brücken, Schulen und Netze investieren will, kommt mit den heutigen Regeln nicht weit. Die Koalition sollte den Mut haben, das offen zu sagen und die Verfassung zu ändern.

                Kommentare (48)

                Leser123: Immer dieselbe Leier, erst sparen und dann jammern, das kennen wir doch schon seit Jahren aus Berlin. Wer soll das alles bezahlen, wenn nicht wieder wir Steuerzahler?
                """);
        assertEquals("Die Schuldenbremse braucht eine Reform", page.title());
        assertEquals(1, page.paragraphs().size(), page.text());
        assertAbsent(page.text(), "Leser123", "Kommentar");
    }
}
