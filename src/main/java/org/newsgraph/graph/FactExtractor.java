package org.newsgraph.graph;

import org.newsgraph.ingest.Article;

/** Turns one article into the facts the graph stores. Not thread-safe: one per worker thread. */
public interface FactExtractor {

    ArticleFacts extract(Article article);
}
