package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hard-wrapped plain text and Markdown: the lines of a wrapped paragraph are joined back into it, whatever the
 * width, line ending or markup, while blocks of short unrelated lines stay furniture.
 */
class WrappedParagraphsTest {

    private static final BodyCleaner CLEANER = new BodyCleaner(Boilerplate.load());
    private static final MetadataExtractor META = MetadataExtractor.load();

    @TempDir
    Path dir;

    /** One invented article of {@code wrapped/articles.txt}: its headline and its paragraphs, unwrapped. */
    private record Story(String title, List<String> paragraphs) {
    }

    private static List<Story> stories() throws IOException, URISyntaxException {
        Path file = Path.of(WrappedParagraphsTest.class.getResource("wrapped/articles.txt").toURI());
        List<Story> stories = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            if (line.equals("----")) {
                stories.add(new Story(lines.get(0), List.copyOf(lines.subList(1, lines.size()))));
                lines.clear();
            } else {
                lines.add(line);
            }
        }
        stories.add(new Story(lines.get(0), List.copyOf(lines.subList(1, lines.size()))));
        return stories;
    }

    /** Breaks a paragraph greedily into lines of at most {@code width} characters, as fmt or an editor does. */
    private static List<String> wrap(String paragraph, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static String page(Story story, int width, boolean markdown, String newline) {
        List<String> lines = new ArrayList<>();
        lines.add(markdown ? "# " + story.title() : story.title());
        for (String paragraph : story.paragraphs()) {
            lines.add("");
            lines.addAll(wrap(paragraph, width));
        }
        return String.join(newline, lines) + newline;
    }

    private Article read(String fileName, String content) {
        try {
            Path file = dir.resolve(fileName);
            Files.writeString(file, content, StandardCharsets.UTF_8);
            CollectingSink sink = CollectingSink.read(file);
            assertTrue(sink.failures.isEmpty(), sink.failures.toString());
            return sink.article(InputFormat.stem(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BodyCleaner.CleanPage clean(String page) {
        return CLEANER.clean(List.of(page.split("\n", -1)), true, null, META.collector());
    }

    @Test
    void firstLineOfAWrappedParagraphIsKept() throws URISyntaxException {
        Path good = Path.of(WrappedParagraphsTest.class.getResource("wrapped/good.txt").toURI());
        CollectingSink sink = new CollectingSink();
        ArticleSource.of(List.of(good)).forEach(sink);
        Article a = sink.article("good");
        assertEquals("Lawrow trifft Wang Yi in Peking", a.title());
        assertEquals("Der russische Außenminister Sergej Lawrow ist am Dienstag in Peking mit seinem chinesischen"
                + " Kollegen Wang Yi zusammengekommen. Moskau und Peking wollen ihre Zusammenarbeit ausbauen.",
                a.text());
        assertEquals("de", a.language());
    }

    @Test
    void windowsLineEndingsAndMarkdownHeadingGiveTheSameArticle() throws IOException, URISyntaxException {
        Path good = Path.of(WrappedParagraphsTest.class.getResource("wrapped/good.txt").toURI());
        String lf = Files.readString(good, StandardCharsets.UTF_8);
        Article plain = read("good.txt", lf);
        Article crlf = read("good-crlf.txt", lf.replace("\n", "\r\n"));
        Article markdown = read("good.md", "# " + lf.replace("\n", "\r\n"));
        for (Article a : List.of(crlf, markdown)) {
            assertEquals(plain.title(), a.title(), a.path());
            assertEquals(plain.text(), a.text(), a.path());
        }
        assertTrue(plain.text().startsWith("Der russische Außenminister"), plain.text());
    }

    @ParameterizedTest(name = "wrapped at {0}, markdown {1}, CRLF {2}")
    @CsvSource({"70, false, false", "100, false, false", "72, true, false", "100, true, true", "68, false, true", "60, false, false", "80, true, false", "90, false, false", "110, false, true", "120, true, false", "45, false, false"})
    void everyWrappedArticleComesBackWithItsParagraphs(int width, boolean markdown, boolean crlf)
            throws IOException, URISyntaxException {
        int n = 0;
        for (Story story : stories()) {
            String text = page(story, width, markdown, crlf ? "\r\n" : "\n");
            Article a = read("story" + n++ + (markdown ? ".md" : ".txt"), text);
            assertEquals(story.title(), a.title(), text);
            assertEquals(story.paragraphs(), Arrays.asList(a.text().split("\n\n")), text);
        }
    }

    @Test
    void raggedHandWrappedTextIsJoined() {
        BodyCleaner.CleanPage page = clean("""
                Hafenarbeiter in Rotterdam legen die Arbeit nieder

                Im Hafen von Rotterdam haben am Donnerstag mehrere hundert Beschäftigte
                die Arbeit niedergelegt. Die Gewerkschaft fordert einen Inflationsausgleich
                und kürzere Schichten für die Containerterminals,
                auf denen rund um die Uhr gearbeitet wird.

                Die Hafenbetriebe warnten vor Verzögerungen bei der Abfertigung von
                Schiffen. Wie lange der Ausstand dauern soll, blieb zunächst offen.
                """);
        assertEquals("Hafenarbeiter in Rotterdam legen die Arbeit nieder", page.title());
        assertEquals(List.of("Im Hafen von Rotterdam haben am Donnerstag mehrere hundert Beschäftigte die Arbeit"
                        + " niedergelegt. Die Gewerkschaft fordert einen Inflationsausgleich und kürzere Schichten"
                        + " für die Containerterminals, auf denen rund um die Uhr gearbeitet wird.",
                "Die Hafenbetriebe warnten vor Verzögerungen bei der Abfertigung von Schiffen. Wie lange der"
                        + " Ausstand dauern soll, blieb zunächst offen."), page.paragraphs());
    }

    @Test
    void headlineDirectlyAboveAWrappedParagraphStaysTheTitle() {
        BodyCleaner.CleanPage page = clean("""
                Wildfire forces evacuation of mountain villages
                Firefighters in northern Portugal were battling a large wildfire on Sunday
                that forced the evacuation of several mountain villages. Strong winds
                pushed the flames towards a motorway, which police closed in both directions.
                """);
        assertEquals("Wildfire forces evacuation of mountain villages", page.title());
        assertEquals(List.of("Firefighters in northern Portugal were battling a large wildfire on Sunday that forced"
                + " the evacuation of several mountain villages. Strong winds pushed the flames towards a motorway,"
                + " which police closed in both directions."), page.paragraphs());
    }

    @Test
    void furnitureAroundWrappedParagraphsIsStillDropped() {
        BodyCleaner.CleanPage page = clean("""
                Brennpunkte

                Sturmflut an der Ostseeküste: Keller unter Wasser

                Bild vergrößern: Feuerwehrleute pumpen in Sassnitz einen Keller leer
                Feuerwehrleute in Sassnitz
                Bild: dpa
                Abonnieren

                Eine Sturmflut hat in der Nacht zum Samstag an der Ostseeküste zahlreiche
                Keller überflutet. In Sassnitz lag der Wasserstand am frühen Morgen mehr
                als einen Meter über dem Mittelwert, teilte das Bundesamt für Seeschifffahrt mit.

                Die Feuerwehr war nach eigenen Angaben mit mehr als zweihundert Kräften im
                Einsatz. Verletzt wurde niemand.

                Weitere Meldungen

                Fähren zwischen Puttgarden und Rødby fallen aus

                Wegen des Sturms hat die Reederei am Samstag alle Überfahrten zwischen den
                beiden Häfen gestrichen und

                Mehr
                """);
        assertEquals("Sturmflut an der Ostseeküste: Keller unter Wasser", page.title());
        assertEquals(2, page.paragraphs().size(), page.text());
        assertTrue(page.text().startsWith("Eine Sturmflut hat in der Nacht zum Samstag an der Ostseeküste"
                + " zahlreiche Keller überflutet."), page.text());
        assertTrue(page.text().endsWith("Einsatz. Verletzt wurde niemand."), page.text());
        for (String furniture : new String[] {"Brennpunkte", "Bild", "Feuerwehrleute in Sassnitz", "dpa",
                "Abonnieren", "Weitere Meldungen", "Fähren", "Reederei", "Mehr"}) {
            assertFalse(page.text().contains(furniture), furniture + " in:\n" + page.text());
        }
    }

    @Test
    void captionLinesOfOneBlockAreNotJoined() {
        List<String> caption = List.of("Bild vergrößern: Feuerwehrleute räumen nach dem Sturm umgestürzte Bäume weg",
                "Aufräumarbeiten in Sassnitz", "Foto: dpa");
        assertEquals(caption, Paragraphs.of(caption, true));
    }

    @Test
    void sentencePerLineProseStaysOneParagraphPerLine() {
        List<String> lines = List.of(
                "Die Polizei hat am Montag in Dortmund einen mutmaßlichen Schleuser festgenommen.",
                "Der Mann soll seit Monaten Menschen über die Balkanroute nach Deutschland gebracht haben.",
                "Ein Haftrichter ordnete Untersuchungshaft an.");
        assertEquals(lines, Paragraphs.of(lines, true));
    }

    @Test
    void htmlBlocksAreNeverJoined() {
        List<String> lines = List.of("Der russische Außenminister ist am Dienstag in Peking mit seinem Kollegen",
                "aus China zusammengekommen.");
        assertEquals(lines, Paragraphs.of(lines, false));
        assertEquals(List.of(String.join(" ", lines)), Paragraphs.of(lines, true));
    }
}
