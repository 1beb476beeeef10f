package org.newsgraph.ingest;

import java.nio.file.Path;

/**
 * Reads the articles of one file of one format. Never throws for bad input: each problem goes to
 * {@link ArticleSink#failed} and reading goes on where it can (the next line of a JSON Lines file).
 */
public interface ArticleReader {

    /**
     * @param file the file to read
     * @param shown the path as the user gave it, for ids, messages and {@link Article#path()}
     * @param sink receives articles and problems; {@code bytesDone} counts bytes of this file only
     */
    void read(Path file, String shown, ArticleSink sink);
}
