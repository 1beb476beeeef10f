package org.newsgraph.graph;

import java.util.List;
import java.util.Objects;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Part;
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
 * @param parts institutions and the state or organisation they belong to (PART_OF)
 * @param agreementStatus the status the text gives an agreement (draft, signed, in force), by agreement
 * @param eventWeekdays for an event whose date is partial ("2021-12") but whose text named a weekday ("am
 *                      Dienstag"): event id to weekday (1 = Monday), so a report with the full date can be matched
 */
public record ArticleFacts(Article article, List<String> sentences, List<Mention> mentions, List<Office> offices,
                           List<Event> events, List<Statement> statements, java.util.Map<String, Integer> eventWeekdays,
                           List<Part> parts, java.util.Map<Entity, String> agreementStatus) {

    public ArticleFacts {
        parts = List.copyOf(parts);
        agreementStatus = java.util.Map.copyOf(agreementStatus);
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        offices = List.copyOf(offices);
        events = List.copyOf(events);
        statements = List.copyOf(statements);
        eventWeekdays = java.util.Map.copyOf(eventWeekdays);
    }

    public ArticleFacts(Article article, List<String> sentences, List<Mention> mentions, List<Office> offices,
                        List<Event> events, List<Statement> statements) {
        this(article, sentences, mentions, offices, events, statements, java.util.Map.of());
    }

    public ArticleFacts(Article article, List<String> sentences, List<Mention> mentions, List<Office> offices,
                        List<Event> events, List<Statement> statements, java.util.Map<String, Integer> eventWeekdays) {
        this(article, sentences, mentions, offices, events, statements, eventWeekdays, List.of(), java.util.Map.of());
    }
}
