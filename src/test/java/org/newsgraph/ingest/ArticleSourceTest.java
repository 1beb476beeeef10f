package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.BadInputException;

/** Finding inputs, progress in bytes, and each kind of bad input reported once while the others go on. */
class ArticleSourceTest {

    private static final String ARTICLE = "Wasserwerk meldet Rohrbruch in der Innenstadt\n\n"
            + "In der Göttinger Innenstadt ist am Mittwochmorgen eine Hauptwasserleitung geplatzt. Mehrere Straßen"
            + " standen kurzzeitig unter Wasser, verletzt wurde nach Angaben der Feuerwehr niemand.\n\n"
            + "Die Stadtwerke rechnen damit, dass die Reparatur bis zum Abend dauert. Anwohner sollen bis dahin"
            + " Leitungswasser vor dem Trinken abkochen.\n";

    @TempDir
    Path dir;

    @Test
    void foldersAreSearchedRecursivelyInSortedOrderAndOtherFilesIgnored() throws IOException {
        write("b.txt", ARTICLE);
        write("a/z.md", "# " + ARTICLE);
        write("a/y.pdf", "%PDF-1.4 not an article");
        write("a/.hidden.txt", ARTICLE);
        write("c/notes.docx", "ignored");
        CollectingSink sink = CollectingSink.read(dir);
        assertEquals(List.of("a/z", "b"), sink.ids());
        assertTrue(sink.failures.isEmpty(), sink.failures.toString());
    }

    @Test
    void progressEndsAtTotalBytes() throws IOException {
        Path one = write("one.txt", ARTICLE);
        Path two = write("two.txt", ARTICLE.replace("Göttinger", "Kasseler"));
        write("broken.txt", "");
        ArticleSource source = ArticleSource.of(List.of(dir));
        assertEquals(Files.size(one) + Files.size(two), source.totalBytes());
        CollectingSink sink = new CollectingSink();
        source.forEach(sink);
        assertEquals(source.totalBytes(), sink.progress.get(sink.progress.size() - 1));
        assertEquals(3, sink.progress.size());
    }

    @Test
    void missingPathIsOneBadInputAndTheOthersGoOn() throws IOException {
        Path good = write("good.txt", ARTICLE);
        CollectingSink sink = CollectingSink.read(dir.resolve("nirgends.txt"), good);
        assertEquals(List.of("good"), sink.ids());
        assertEquals(1, sink.failures.size());
        assertTrue(sink.failure("nirgends.txt").getMessage().contains("does not exist"));
    }

    @Test
    void fileNamedExplicitlyWithUnknownExtensionIsBadInput() throws IOException {
        Path pdf = write("bericht.pdf", ARTICLE);
        CollectingSink sink = CollectingSink.read(pdf);
        assertEquals(pdf + ": has an unknown extension '.pdf'; expected .txt, .md, .html, .htm or .jsonl",
                sink.failure("bericht.pdf").getMessage());
    }

    @Test
    void emptyFileIsBadInput() throws IOException {
        write("leer.txt", "");
        write("blank.html", "  \n\n \t\n");
        CollectingSink sink = CollectingSink.read(dir);
        assertTrue(sink.failure("leer.txt").getMessage().endsWith("leer.txt: is empty; expected the text of a news article"));
        assertTrue(sink.failure("blank.html").getMessage().contains("is empty"));
    }

    @Test
    void binaryFileIsBadInput() throws IOException {
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(dir.resolve("bild.txt"), bytes);
        write("ok.txt", ARTICLE);
        CollectingSink sink = CollectingSink.read(dir);
        assertTrue(sink.failure("bild.txt").getMessage().contains("looks binary, not text"));
        assertEquals(List.of("ok"), sink.ids());
    }

    @Test
    void invalidUtf8IsReportedWithItsByteOffset() throws IOException {
        byte[] latin1 = "Gr\u00fc\u00dfe aus K\u00f6ln".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("latin1.txt"), latin1);
        CollectingSink sink = CollectingSink.read(dir);
        BadInputException e = sink.failure("latin1.txt");
        assertTrue(e.getMessage().contains("is not valid UTF-8 at byte 2"), e.getMessage());
        assertEquals(0, e.line());
    }

    @Test
    void fiftyMegabyteArticleFileIsBadInputWithoutBeingRead() throws IOException {
        Path big = dir.resolve("riesig.txt");
        byte[] line = (ARTICLE.replace('\n', ' ') + "\n").getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(big)) {
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        write("klein.txt", ARTICLE);
        CollectingSink sink = CollectingSink.read(dir);
        String message = sink.failure("riesig.txt").getMessage();
        assertTrue(message.endsWith("riesig.txt: is 52.4 MB; an article file may be at most 10 MB; split it or use"
                + " .jsonl"), message);
        assertEquals(List.of("klein"), sink.ids());
    }

    @Test
    void brokenLinkInAFolderIsBadInput() throws IOException {
        Files.createSymbolicLink(dir.resolve("weg.txt"), dir.resolve("geloescht.txt"));
        write("da.txt", ARTICLE);
        CollectingSink sink = CollectingSink.read(dir);
        assertTrue(sink.failure("weg.txt").getMessage().contains("does not exist (or is a broken link)"));
        assertEquals(List.of("da"), sink.ids());
    }

    @Test
    void directoryThatCannotBeReadAsAFileIsBadInput() throws IOException {
        Files.createDirectories(dir.resolve("ordner.txt"));
        write("ordner.txt/innen.txt", ARTICLE);
        CollectingSink sink = CollectingSink.read(dir);
        assertEquals(List.of("ordner.txt/innen"), sink.ids(), "a folder named like a file is searched, not read");
    }

    /** Tests usually run as root here, where permissions do not stop reading; then this case is skipped. */
    @Test
    void unreadableFileIsBadInput() throws IOException {
        Path secret = write("geheim.txt", ARTICLE);
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(secret), "running as root: permission denied cannot be provoked");
        CollectingSink sink = CollectingSink.read(secret);
        assertTrue(sink.failure("geheim.txt").getMessage().contains("permission denied"));
    }

    @Test
    void pageWithNothingButFurnitureIsBadInput() throws IOException {
        write("nur-menue.txt", "Startseite\nPolitik › Ausland\n\nLoading...\n00:00 / 00:00\nplay_arrow\n"
                + "Artikel teilen\nKommentare\nUm an der Diskussion teilzunehmen, loggen Sie sich ein.\n");
        CollectingSink sink = CollectingSink.read(dir);
        assertTrue(sink.failure("nur-menue.txt").getMessage().contains(
                "no article text left after removing page furniture"));
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }
}
