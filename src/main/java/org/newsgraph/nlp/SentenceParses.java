package org.newsgraph.nlp;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The dependency parses of one article's sentences, made on first request: the extraction asks only for the
 * sentences that hold a trigger candidate, so the parser (about 13 times the cost of tagging) runs on those alone.
 *
 * <pre>{@code
 * SentenceParses parses = new SentenceParses(sentences, () -> CoreNlpDependencyParser.shared(Language.GERMAN), clock);
 * DependencyTree tree = parses.of(3);
 * }</pre>
 *
 * Not thread-safe: one per article, used by the thread that extracts it.
 */
public final class SentenceParses {

    /** The stage name parses are timed under in a {@link StageClock}. */
    public static final String STAGE = "parse";
    /** Counters (no time) of the sentences an extraction parsed and of all it analysed, for the benchmark. */
    public static final String SENTENCES_PARSED = "sentences parsed";
    public static final String SENTENCES_SEEN = "sentences seen";

    private final List<Sentence> sentences;
    private final Supplier<? extends DependencyParser> parser;
    private final StageClock clock;
    private final DependencyTree[] trees;
    private int parsed;

    /**
     * @param parser supplies the parser on the first parse (so an article that needs none never loads it)
     * @param clock where parse time is added, or null
     */
    public SentenceParses(List<Sentence> sentences, Supplier<? extends DependencyParser> parser, StageClock clock) {
        this.sentences = List.copyOf(sentences);
        this.parser = Objects.requireNonNull(parser, "parser");
        this.clock = clock;
        this.trees = new DependencyTree[this.sentences.size()];
    }

    /** The parse of sentence {@code index} (0-based, as {@link Sentence#index()}). */
    public DependencyTree of(int index) {
        DependencyTree t = trees[index];
        if (t == null) {
            long t0 = System.nanoTime();
            Sentence s = sentences.get(index);
            t = parser.get().parse(s);
            trees[index] = t;
            parsed++;
            if (clock != null) {
                clock.add(STAGE, System.nanoTime() - t0, s.tokens().size());
            }
        }
        return t;
    }

    /** How many sentences have been parsed so far. */
    public int parsedCount() {
        return parsed;
    }

    /** How many sentences the article has. */
    public int sentenceCount() {
        return sentences.size();
    }
}
