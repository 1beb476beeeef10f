package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reading and cleaning the five seed articles in {@code corpus/}: body kept, furniture gone, metadata found. */
class SeedCorpusCleaningTest {

    private static final Path CORPUS = Path.of("corpus");
    private static CollectingSink seeds;

    @BeforeAll
    static void readCorpus() {
        seeds = CollectingSink.read(CORPUS);
    }

    @Test
    void everySeedIsReadWithItsFileStemAsId() {
        assertEquals(java.util.List.of("000_3e27ebda7fca339e", "001_8ef01b68299bdf70", "002_5867e33a7680cb7d",
                "003_52fd73e0951e52b8", "004_215e739bc4e3ec41"), seeds.ids());
        assertTrue(seeds.failures.isEmpty(), seeds.failures.toString());
        Article first = seeds.article("000_3e27ebda7fca339e");
        assertEquals(CORPUS.resolve("000_3e27ebda7fca339e.txt").toString(), first.path());
        assertEquals(64, first.sha256().length());
    }

    @Test
    void namesFromTeasersNeverReachTheText() throws IOException {
        JsonNode gold = new ObjectMapper().readTree(Path.of("src/test/resources/gold/seed-gold.json").toFile());
        for (JsonNode name : gold.get("boilerplate_only")) {
            for (Article a : seeds.articles) {
                assertFalse(a.text().contains(name.asText()), name.asText() + " leaked into the text of " + a.id());
                assertFalse(a.title() != null && a.title().contains(name.asText()), name.asText() + " in title");
            }
        }
    }

    @Test
    void articleDatesMatchTheGold() throws IOException {
        JsonNode dates = new ObjectMapper().readTree(Path.of("src/test/resources/gold/seed-gold.json").toFile())
                .get("article_dates");
        for (Article a : seeds.articles) {
            JsonNode expected = dates.get(a.id().substring(0, 3));
            if (expected.isNull()) {
                assertNull(a.published(), a.id());
            } else {
                assertEquals(expected.asText(), a.publishedDate().toString(), a.id());
            }
        }
    }

    @Test
    void afpArticleKeepsBodyAndDropsCaptionsAndTeasers() {
        Article a = seeds.article("000_3e27ebda7fca339e");
        assertEquals("Videogipfel zwischen Biden und Putin nach rund zwei Stunden beendet", a.title());
        assertEquals("AFP", a.source());
        assertEquals("2021-12-07T18:42", a.published());
        assertEquals("de", a.language());
        assertTrue(a.text().startsWith("Der Videogipfel zwischen US-Präsident Biden und Kreml-Chef Putin ist beendet."));
        assertTrue(a.text().contains("dem britischen Premierminister Boris Johnson abhalten, teilte das Weiße Haus mit."));
        assertTrue(a.text().endsWith("an der Grenze zur Ukraine zu vereinbaren."));
        for (String furniture : new String[] {"Brennpunkte", "Bild vergrößern", "Bild: AFP", "Weitere Meldungen",
                "Top Meldungen", "Mehr", "dts Nachrichtenagentur", "Putin beim Videogipfel mit Biden"}) {
            assertFalse(a.text().contains(furniture), furniture);
        }
        assertEquals(6, a.text().split("\n\n").length, "paragraphs kept apart by blank lines");
    }

    @Test
    void svobodaArticleHasSourceButNoDateFromItsBody() {
        Article a = seeds.article("001_8ef01b68299bdf70");
        assertEquals("Online-Treffen zwischen Joe Biden und Wladimir Putin", a.title());
        assertEquals("svoboda.org", a.source());
        assertNull(a.published(), "'am 7. Dezember 2021' in the body is the event's date, not the article's");
        assertTrue(a.text().contains("Laut Michail Podoljak, Berater des Chefs der Präsidialverwaltung"));
        assertFalse(a.text().contains("Quelle"));
        assertFalse(a.text().contains("RFE/RL"));
    }

    @Test
    void snaArticleDropsRegistrationTickerCommentsAndCyrillic() {
        Article a = seeds.article("002_5867e33a7680cb7d");
        assertEquals("Putin telefoniert mit Biden zu Verhandlungen über Sicherheitsgarantien und Ukraine-Konflikt",
                a.title());
        assertEquals("SNA", a.source());
        assertEquals("2021-12-30", a.published());
        assertTrue(a.text().startsWith("Der russische Präsident, Wladimir Putin, und sein US-Amtskollege Joe Biden"));
        assertTrue(a.text().contains("\n\nMoskau fordert Sicherheitsgarantien\n\n"), "subheading kept as paragraph");
        assertTrue(a.text().endsWith("im Rahmen der OSZE geplant."));
        for (String furniture : new String[] {"Registrierung", "Klicken Sie", "Symbolbild", "Abonnieren",
                "Bilddatenbank", "Newsticker", "loader", "Live", "Chats", "Заголовок", "Diskussion", "loggen",
                "Neujahrsschreiben", "SNA, 1920"}) {
            assertFalse(a.text().contains(furniture), furniture);
        }
    }

    @Test
    void headlineGluedToDateLineIsSplit() {
        Article a = seeds.article("003_52fd73e0951e52b8");
        assertEquals("Biden und Putin messen ihre Kräfte per Videokonferenz", a.title());
        assertEquals("2021-12", a.published());
        assertFalse(a.publishedDate().isFullDate());
        assertTrue(a.text().startsWith("Russlands Präsident Wladimir Putin und sein US-Kollege Joe Biden"));
        assertFalse(a.text().contains("date 2021"));
    }

    @Test
    void kroneArticleDropsPlayerAndCommentNotices() {
        Article a = seeds.article("004_215e739bc4e3ec41");
        assertEquals("So will Biden jetzt Beziehung zu Putin retten", a.title());
        assertEquals("krone.at", a.source());
        assertEquals("2021-04-13T20:25", a.published());
        assertTrue(a.text().contains("am 22. und 23. April, hieß es in Moskau."));
        for (String furniture : new String[] {"Killer“-Sager", "Ausland", "Loading", "00:00", "play_arrow",
                "replay_10", "Geschwindigkeit", "Stories", "Kommentare", "18 Monate", "forum@krone.at",
                "Kostenlose Spiele", "krone.at"}) {
            assertFalse(a.text().contains(furniture), furniture);
        }
    }

    @Test
    void corpusFilesAreStillThere() {
        assertTrue(Files.isDirectory(CORPUS), "tests run from the project root, where corpus/ is");
    }
}
