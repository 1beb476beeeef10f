package org.newsgraph.ingest;

/**
 * Reads the articles of one file of one format. Never throws for bad input: each problem goes to
 * {@link ArticleSink#failed} and reading goes on where it can (the next line of a JSON Lines file).
 */
public interface ArticleReader {

    /**
     * @param file the file to read, with the path to show and the base of its articles' ids
     * @param ids the ids of this run's articles so far; a reader takes its articles' ids from it
     * @param sink receives articles and problems; {@code bytesDone} counts bytes of this file only
     */
    void read(InputFile file, ArticleIds ids, ArticleSink sink);
}
