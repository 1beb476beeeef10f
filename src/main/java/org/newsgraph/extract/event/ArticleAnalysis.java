package org.newsgraph.extract.event;

import java.util.List;
import java.util.Objects;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Office;
import org.newsgraph.ingest.Article;
import org.newsgraph.nlp.CoreNlpDependencyParser;
import org.newsgraph.nlp.DependencyTree;
import org.newsgraph.nlp.Language;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.SentenceParses;

/**
 * What the event and statement stages read: one article, its analysed sentences, its linked mentions, the
 * offices its people hold at its date (from the entity linker; used to name the state a leader speaks for) and the
 * dependency parses of its sentences, made when a stage first asks for one.
 */
public record ArticleAnalysis(Article article, List<Sentence> sentences, List<Mention> mentions,
                              List<Office> offices, SentenceParses parses) {

    public ArticleAnalysis {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(parses, "parses");
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

    /** An analysis whose sentences are parsed by the shared parser of the article's language. */
    public ArticleAnalysis(Article article, List<Sentence> sentences, List<Mention> mentions, List<Office> offices) {
        this(article, sentences, mentions, offices,
                new SentenceParses(sentences, () -> CoreNlpDependencyParser.shared(Language.of(article.language())),
                        null));
    }

    public ArticleAnalysis(Article article, List<Sentence> sentences, List<Mention> mentions) {
        this(article, sentences, mentions, List.of());
    }

    /** The parse of sentence {@code index}. */
    public DependencyTree tree(int index) {
        return parses.of(index);
    }
}
