package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON Lines: one article per line, given metadata wins, a bad line is reported and the others go on. */
class JsonLinesReaderTest {

    private static final String LINE = "{\"id\": \"%s\", \"text\": \"Der Landtag in Erfurt hat am Donnerstag den"
            + " Haushalt für das kommende Jahr verabschiedet. Die Opposition stimmte geschlossen dagegen.\"}\n";

    @TempDir
    Path dir;

    private static Path feed() throws URISyntaxException {
        return Path.of(JsonLinesReaderTest.class.getResource("feed.jsonl").toURI());
    }

    @Test
    void eachLineIsOneArticleWithGivenMetadata() throws URISyntaxException {
        CollectingSink sink = CollectingSink.read(feed());
        assertEquals(List.of("feed-001", "feed#2", "feed-006"), sink.ids());
        Article first = sink.article("feed-001");
        assertEquals("Stadtrat beschließt neuen Radweg", first.title());
        assertEquals("Lokalzeitung", first.source());
        assertEquals("https://example.org/a/1", first.url());
        assertEquals("2022-05-03T14:15", first.published());
        assertEquals(feed() + "#1", first.path());
        assertEquals(2, first.text().split("\n\n").length);
    }

    @Test
    void lineWithoutIdGetsStemAndLineAndItsLanguageIsDetected() throws URISyntaxException {
        Article ferry = CollectingSink.read(feed()).article("feed#2");
        assertEquals("en", ferry.language());
        assertEquals("2022-05-04", ferry.published());
        assertTrue(ferry.text().startsWith("The ferry service between the two islands resumed"));
    }

    @Test
    void htmlLineIsCleanedLikeAPage() throws URISyntaxException {
        Article bridge = CollectingSink.read(feed()).article("feed-006");
        assertEquals("Brücke wird gesperrt", bridge.title());
        assertTrue(bridge.text().startsWith("Die Kennedybrücke in Bonn wird ab Montag"));
        assertFalse(bridge.text().contains("Startseite"));
        assertFalse(bridge.text().contains("Siegburg"));
    }

    @Test
    void badLinesAreReportedWithTheirNumbers() throws URISyntaxException {
        CollectingSink sink = CollectingSink.read(feed());
        assertEquals(3, sink.failures.size(), sink.failures.toString());
        assertEquals(List.of(3, 4, 7), sink.failures.stream().map(f -> f.line()).toList());
        assertTrue(sink.failures.get(0).getMessage().startsWith(feed() + ":3: not valid JSON: Unexpected end-of-input"),
                sink.failures.get(0).getMessage());
        assertTrue(sink.failures.get(1).getMessage().contains(":4: has neither \"text\" nor \"html\""));
        assertTrue(sink.failures.get(2).getMessage().contains(":7: expected a JSON object"));
    }

    @Test
    void eachLineHasItsOwnDigest() throws URISyntaxException {
        CollectingSink sink = CollectingSink.read(feed());
        assertNotEquals(sink.articles.get(0).sha256(), sink.articles.get(1).sha256());
    }

    @Test
    void lineOverTheSizeLimitIsBadAndTheNextLineIsRead() throws IOException {
        Path big = dir.resolve("gross.jsonl");
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write(String.format(LINE, "a").getBytes(StandardCharsets.UTF_8));
            out.write("{\"id\": \"b\", \"text\": \"".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "Haushalt ".repeat(1000).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 11_000_000L; written += chunk.length) {
                out.write(chunk);
            }
            out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
            out.write(String.format(LINE, "c").getBytes(StandardCharsets.UTF_8));
        }
        CollectingSink sink = CollectingSink.read(big);
        assertEquals(List.of("a", "c"), sink.ids());
        String message = sink.failures.get(0).getMessage();
        assertTrue(message.startsWith(big + ":2: is 11.0 MB; a JSON Lines line may be at most 10 MB"), message);
        assertEquals(Files.size(big), sink.progress.get(sink.progress.size() - 1));
    }

    @Test
    void invalidUtf8InOneLineSpoilsOnlyThatLine() throws IOException {
        Path mixed = dir.resolve("gemischt.jsonl");
        try (OutputStream out = Files.newOutputStream(mixed)) {
            out.write(String.format(LINE, "a").getBytes(StandardCharsets.UTF_8));
            out.write("{\"id\": \"b\", \"text\": \"K\u00f6ln\"}\n".getBytes(StandardCharsets.ISO_8859_1));
            out.write(String.format(LINE, "c").getBytes(StandardCharsets.UTF_8));
        }
        CollectingSink sink = CollectingSink.read(mixed);
        assertEquals(List.of("a", "c"), sink.ids());
        assertEquals(mixed + ":2: is not valid UTF-8 at byte 22; save it as UTF-8 (for example `iconv -f latin1"
                + " -t utf-8`)", sink.failures.get(0).getMessage());
    }

    @Test
    void fileOfBlankLinesIsEmpty() throws IOException {
        Path blank = Files.writeString(dir.resolve("leer.jsonl"), "\n\n  \n");
        assertTrue(CollectingSink.read(blank).failure("leer.jsonl").getMessage().contains("is empty"));
    }

    @Test
    void fieldOfTheWrongTypeIsNamedWithItsTypeFileAndLine() throws IOException {
        Path typed = dir.resolve("typen.jsonl");
        Files.writeString(typed, String.format(LINE, "a") + "{\"id\": \"b\", \"text\": 12345}\n"
                + "{\"id\": \"c\", \"title\": [\"Haushalt\"], \"text\": \"Der Landtag tagte.\"}\n"
                + String.format(LINE, "d"));
        CollectingSink sink = CollectingSink.read(typed);
        assertEquals(List.of("a", "d"), sink.ids());
        assertEquals(typed + ":2: field \"text\" has the wrong type: expected a string, found a number (12345); "
                + "write it as \"text\": \"...\"", sink.failures.get(0).getMessage());
        assertEquals(typed + ":3: field \"title\" has the wrong type: expected a string, found an array; "
                + "write it as \"title\": \"...\"", sink.failures.get(1).getMessage());
    }
}
