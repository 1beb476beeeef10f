package org.newsgraph.extract.statement;

import java.util.List;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Statement;
import org.newsgraph.extract.event.ArticleAnalysis;

/** Finds the statements an article reports; the same statement reported twice in the article is one. */
public interface StatementExtractor {

    /** @param events the article's events (from the event extractor), to tie a statement to the event it was made at */
    List<Statement> extract(ArticleAnalysis analysis, List<Event> events);
}
