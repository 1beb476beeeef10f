package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Article ids: readable and stable, and distinct for distinct inputs of one run. */
class ArticleIdsTest {

    private static final String ARTICLE = "Wasserwerk meldet Rohrbruch in der Innenstadt\n\n"
            + "In der Göttinger Innenstadt ist am Mittwochmorgen eine Hauptwasserleitung geplatzt. Mehrere Straßen"
            + " standen kurzzeitig unter Wasser, verletzt wurde nach Angaben der Feuerwehr niemand.\n";
    private static final String OTHER = ARTICLE.replace("Göttinger", "Kasseler");
    private static final String LINE = "{\"id\": \"%s\", \"text\": \"Der Landtag in Erfurt hat am Donnerstag den"
            + " Haushalt verabschiedet. Die Opposition stimmte geschlossen dagegen.\"}\n";

    @TempDir
    Path dir;

    @Test
    void filesOfOneNameInTwoSubfoldersAreTwoArticlesNamedByTheirPathInTheFolder() throws IOException {
        write("same/a/article.txt", ARTICLE);
        write("same/b/article.txt", OTHER);
        CollectingSink sink = CollectingSink.read(dir.resolve("same"));
        assertEquals(List.of("a/article", "b/article"), sink.ids());
        assertTrue(sink.failures.isEmpty(), sink.failures.toString());
    }

    @Test
    void aFileGivenDirectlyOrAtTheTopOfAFolderIsNamedByItsName() throws IOException {
        Path direct = write("000_3e27ebda7fca339e.txt", ARTICLE);
        write("corpus/001_8ef01b68299bdf70.txt", OTHER);
        assertEquals(List.of("000_3e27ebda7fca339e", "001_8ef01b68299bdf70"),
                CollectingSink.read(direct, dir.resolve("corpus")).ids());
    }

    @Test
    void aSecondInputOfATakenNameIsNamedByItsContentToo() throws IOException {
        Path a = write("a/article.txt", ARTICLE);
        Path b = write("b/article.txt", OTHER);
        CollectingSink sink = CollectingSink.read(a, b);
        String second = sink.articles.get(1).id();
        assertEquals("article", sink.ids().get(0));
        assertEquals("article~" + sink.articles.get(1).sha256().substring(0, 16), second);
        assertEquals(second, CollectingSink.read(a, b).ids().get(1), "the same inputs get the same ids again");
        assertEquals(List.of("article", "article~" + sink.articles.get(0).sha256().substring(0, 16)),
                CollectingSink.read(dir.resolve("b"), dir.resolve("a")).ids());
    }

    @Test
    void theSameFileTwiceIsTheSameArticleTwice() throws IOException {
        Path a = write("a/article.txt", ARTICLE);
        assertEquals(List.of("article", "article"), CollectingSink.read(a, dir.resolve("a")).ids());
    }

    @Test
    void aJsonLinesIdUsedTwiceInOneRunIsReportedWithFileAndLineAndTheSecondSkipped() throws IOException {
        Path one = write("one.jsonl", String.format(LINE, "x1") + String.format(LINE, "x2"));
        Path two = write("two.jsonl", String.format(LINE, "x3") + String.format(LINE, "x1").replace("Erfurt", "Jena"));
        CollectingSink sink = CollectingSink.read(one, two);
        assertEquals(List.of("x1", "x2", "x3"), sink.ids());
        assertEquals(1, sink.failures.size(), sink.failures.toString());
        assertEquals(two + ":2: repeats the id \"x1\" of " + one + ":1; an id names one article, so this line is "
                + "skipped; give it an \"id\" of its own", sink.failures.get(0).getMessage());
        assertEquals(2, sink.failures.get(0).line());
    }

    @Test
    void jsonLinesWithoutIdAreNamedByFilePathAndLine() throws IOException {
        write("feeds/2021/dezember.jsonl", "{\"text\": \"" + ARTICLE.replace("\n", "\\n") + "\"}\n");
        write("feeds/2022/dezember.jsonl", "{\"text\": \"" + OTHER.replace("\n", "\\n") + "\"}\n");
        CollectingSink sink = CollectingSink.read(dir.resolve("feeds"));
        assertEquals(List.of("2021/dezember#1", "2022/dezember#1"), sink.ids());
        assertNotEquals(sink.articles.get(0).sha256(), sink.articles.get(1).sha256());
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
