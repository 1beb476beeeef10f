package org.newsgraph.ingest;

import org.newsgraph.BadInputException;

/**
 * Receives what an {@link ArticleSource} reads, in input order: each result is an article or one bad input.
 * {@code bytesDone} counts input bytes read so far over all inputs (up to {@link ArticleSource#totalBytes()}),
 * for a progress bar.
 */
public interface ArticleSink {

    void article(Article article, long bytesDone);

    void failed(BadInputException problem, long bytesDone);
}
