package org.newsgraph.graph;

import java.util.List;
import java.util.Objects;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Office;
import org.newsgraph.extract.Statement;
import org.newsgraph.ingest.Article;

/**
 * Everything extracted from one article, written to the graph in one transaction.
 *
 * @param article the article and its metadata
 * @param sentences the article's sentence texts, by index (mentions and evidence point into them)
 * @param mentions every linked mention
 * @param offices offices the article's people hold (from the knowledge base at the article's date, and the text)
 * @param events events the article reports
 * @param statements statements the article reports
 */
public record ArticleFacts(Article article, List<String> sentences, List<Mention> mentions, List<Office> offices,
                           List<Event> events, List<Statement> statements) {

    public ArticleFacts {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        offices = List.copyOf(offices);
        events = List.copyOf(events);
        statements = List.copyOf(statements);
    }
}
