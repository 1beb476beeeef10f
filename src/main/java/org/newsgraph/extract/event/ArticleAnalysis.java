package org.newsgraph.extract.event;

import java.util.List;
import java.util.Objects;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Office;
import org.newsgraph.ingest.Article;
import org.newsgraph.nlp.Sentence;

/**
 * What the event and statement stages read: one article, its analysed sentences, its linked mentions and the
 * offices its people hold at its date (from the entity linker; used to name the state a leader speaks for).
 */
public record ArticleAnalysis(Article article, List<Sentence> sentences, List<Mention> mentions,
                              List<Office> offices) {

    public ArticleAnalysis {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        offices = List.copyOf(offices);
        for (Mention m : mentions) {
            if (m.sentence() < 0 || m.sentence() >= sentences.size()
                    || m.lastToken() >= sentences.get(m.sentence()).tokens().size()) {
                throw new IllegalArgumentException("mention '" + m.surface() + "' points at sentence " + m.sentence()
                        + " token " + m.lastToken() + ", outside the " + sentences.size() + " sentences of article "
                        + article.id());
            }
        }
    }

    public ArticleAnalysis(Article article, List<Sentence> sentences, List<Mention> mentions) {
        this(article, sentences, mentions, List.of());
    }
}
