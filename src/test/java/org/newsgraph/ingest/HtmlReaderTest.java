package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** HTML pages: metadata from meta tags, body from the article element or the densest block, furniture removed. */
class HtmlReaderTest {

    private static CollectingSink pages;

    @BeforeAll
    static void readPages() throws URISyntaxException {
        Path dir = Path.of(HtmlReaderTest.class.getResource("hafen-de.html").toURI()).getParent();
        pages = CollectingSink.read(dir.resolve("hafen-de.html"), dir.resolve("election-en.html"));
    }

    @Test
    void germanPageTakesMetadataFromMetaTags() {
        Article a = pages.article("hafen-de");
        assertEquals("Reederei kündigt Ausbau des Containerterminals in Hamburg an", a.title());
        assertEquals("Nordkurier Online", a.source());
        assertEquals("2023-03-14T09:30", a.published());
        assertEquals("https://www.nordkurier.example/wirtschaft/hafen-ausbau-123", a.url());
        assertEquals("de", a.language());
    }

    @Test
    void germanPageKeepsArticleParagraphsAndSubheading() {
        String text = pages.article("hafen-de").text();
        assertEquals(4, text.split("\n\n").length, text);
        assertTrue(text.startsWith("Die Hamburger Reederei Hanseatic Lines will in den kommenden fünf Jahren"));
        assertTrue(text.contains("\n\nKritik von Umweltverbänden\n\n"));
        assertTrue(text.endsWith("erklärte ein Sprecher des Naturschutzbundes in Hamburg."));
    }

    @Test
    void germanPageDropsNavigationAsidesTeasersCommentsAndCaptions() {
        String text = pages.article("hafen-de").text();
        for (String furniture : new String[] {"Startseite", "Politik", "Cookies", "Kran am Burchardkai", "Anzeige",
                "Bremerhaven", "Verdi", "Lübecker Werft", "Kommentare", "Diskussion", "Artikel teilen", "WhatsApp",
                "Impressum", "Ingrid Tracking", "Containerschifffahrt", "color: red"}) {
            assertFalse(text.contains(furniture), furniture);
        }
    }

    @Test
    void englishPageWithoutArticleElementUsesTheDensestBlock() {
        Article a = pages.article("election-en");
        assertEquals("Dutch coalition talks collapse after months of wrangling", a.title());
        assertEquals("The Harbour Post", a.source());
        assertEquals("2022-06-02", a.published());
        assertEquals("en", a.language());
        assertTrue(a.text().startsWith("Coalition talks in the Netherlands collapsed on Thursday"));
        assertTrue(a.text().endsWith("before the summer recess."));
        for (String furniture : new String[] {"Helen Marsh", "Advertisement", "Read more", "Brazilian", "Most read",
                "Sign up", "Home"}) {
            assertFalse(a.text().contains(furniture), furniture);
        }
    }
}
