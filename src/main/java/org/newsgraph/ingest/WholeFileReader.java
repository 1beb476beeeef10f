package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsgraph.BadInputException;

/**
 * A reader for formats where one file is one article: checks the size limit, reads and decodes the bytes strictly,
 * and lets the subclass turn the text into an {@link Article}.
 */
abstract class WholeFileReader implements ArticleReader {

    @Override
    public final void read(InputFile input, ArticleIds ids, ArticleSink sink) {
        Path file = input.path();
        String shown = input.shown();
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            sink.failed(ArticleSource.unreadable(shown, e), 0);
            return;
        }
        if (size > TextDecoder.MAX_ARTICLE_BYTES) {
            sink.failed(new BadInputException(shown, 0, TextDecoder.sizeProblem(size, "an article file")), size);
            return;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            sink.failed(ArticleSource.unreadable(shown, e), size);
            return;
        }
        try {
            String text = TextDecoder.decode(bytes, bytes.length, shown, 0);
            String sha = TextDecoder.sha256(bytes, bytes.length);
            Article article = parse(text, ids.fromPath(input.idBase(), sha), shown, sha);
            ids.taken(article.id(), shown, 0, sha);
            sink.article(article, bytes.length);
        } catch (BadInputException e) {
            sink.failed(e, bytes.length);
        }
    }

    /** Turns the decoded text of a file into an article, or throws {@link BadInputException}. */
    abstract Article parse(String text, String id, String shown, String sha256);
}
