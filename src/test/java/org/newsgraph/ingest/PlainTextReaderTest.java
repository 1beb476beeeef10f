package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Plain text and Markdown files: one article each, markup reduced to text. */
class PlainTextReaderTest {

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(PlainTextReaderTest.class.getResource(name).toURI());
    }

    @Test
    void markdownHeadingIsTheTitleAndMarkupIsRemoved() throws URISyntaxException {
        Article a = CollectingSink.read(fixture("wahl.md")).article("wahl");
        assertEquals("Bürgermeisterwahl in Freiburg: Amtsinhaberin siegt deutlich", a.title());
        assertEquals("2023-03-12T18:05", a.published());
        assertEquals(2, a.text().split("\n\n").length, a.text());
        assertTrue(a.text().contains("teilte das Wahlamt am Sonntagabend mit."), a.text());
        assertTrue(a.text().contains("Die Wahlbeteiligung lag bei 48 Prozent"));
        for (String markup : new String[] {"**", "](", "![", "#", "Lesen Sie auch", "Radwege"}) {
            assertFalse(a.text().contains(markup), markup);
        }
    }

    @Test
    void englishTextWithAgencyDatelineAndTeasers() throws URISyntaxException {
        Article a = CollectingSink.read(fixture("storm-en.txt")).article("storm-en");
        assertEquals("Storm leaves thousands without power in Scotland", a.title());
        assertEquals("Reuters", a.source());
        assertEquals("2021-12-07T10:42", a.published());
        assertEquals("en", a.language());
        assertEquals(3, a.text().split("\n\n").length, a.text());
        for (String furniture : new String[] {"World", "Ian Clarke", "Advertisement", "Related", "Wales",
                "Read more", "Share"}) {
            assertFalse(a.text().contains(furniture), furniture);
        }
    }

    @Test
    void frontMatterHeaderGivesTheMetadataAndIsNotText() throws URISyntaxException {
        Article a = CollectingSink.read(fixture("front-matter.md")).article("front-matter");
        assertEquals("https://www.example.de/politik/gipfel-123.html", a.url());
        assertEquals("2022-01-21", a.published());
        assertEquals("de", a.language());
        assertEquals("dpa", a.source());
        assertTrue(a.text().contains("in Genf zu Gesprächen zusammengekommen"), a.text());
        for (String header : new String[] {"url:", "published:", "example.de", "---"}) {
            assertFalse(a.text().contains(header), header);
        }
    }

    @Test
    void aRuleWithoutFieldsIsNoFrontMatter() {
        assertEquals(-1, PlainTextReader.frontMatterEnd(java.util.List.of("---", "Ein Satz ohne Doppelpunkt.", "---")));
        assertEquals(-1, PlainTextReader.frontMatterEnd(java.util.List.of("Titel", "---", "url: x", "---")));
        assertEquals(2, PlainTextReader.frontMatterEnd(java.util.List.of("---", "url: x", "---", "Text")));
    }
}
