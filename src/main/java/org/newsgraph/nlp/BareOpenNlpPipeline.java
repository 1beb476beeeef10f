package org.newsgraph.nlp;

import java.util.Objects;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;

/**
 * The speed baseline of the ingest benchmark: plain OpenNLP sentence detection, tokenization and POS tagging, and,
 * when a parser is given, the dependency parse of every sentence; nothing else (no line handling, no repairs, no
 * lemmas).
 *
 * <pre>{@code
 * BareOpenNlpPipeline bare = new BareOpenNlpPipeline(NlpModels.shared(Language.GERMAN));
 * long tokens = bare.run(text);
 * }</pre>
 *
 * Not thread-safe: one per thread.
 */
public final class BareOpenNlpPipeline {

    private final SentenceDetectorME sentenceDetector;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;
    private final StageClock clock;
    private final DependencyParser parser;

    public BareOpenNlpPipeline(NlpModels models) {
        this(models, null, null);
    }

    /** A baseline that also parses every sentence with the shared parser of the models' language. */
    public static BareOpenNlpPipeline parsing(NlpModels models) {
        return new BareOpenNlpPipeline(models, CoreNlpDependencyParser.shared(models.language()));
    }

    /** A baseline that also parses every sentence with {@code parser} (null for none). */
    public BareOpenNlpPipeline(NlpModels models, DependencyParser parser) {
        this(models, null, parser);
    }

    /** A baseline that adds the time of each stage to {@code clock} (stage names in {@link StageClock}). */
    public BareOpenNlpPipeline(NlpModels models, StageClock clock) {
        this(models, clock, null);
    }

    private BareOpenNlpPipeline(NlpModels models, StageClock clock, DependencyParser parser) {
        Objects.requireNonNull(models, "models");
        this.clock = clock;
        this.parser = parser;
        this.sentenceDetector = new SentenceDetectorME(models.sentenceModel());
        this.tokenizer = new TokenizerME(models.tokenizerModel());
        this.tagger = new POSTaggerME(models.posModel());
    }

    /** Detects sentences, tokenizes and tags {@code text}; returns the number of tokens tagged. */
    public int run(String text) {
        if (clock != null) {
            return runTimed(text);
        }
        int tokens = 0;
        for (String sentence : sentenceDetector.sentDetect(text)) {
            String[] words = tokenizer.tokenize(sentence);
            String[] tags = tagger.tag(words);
            if (parser != null) {
                parse(words, tags);
            }
            tokens += words.length;
        }
        return tokens;
    }

    private void parse(String[] words, String[] tags) {
        java.util.List<Token> tokens = new java.util.ArrayList<>(words.length);
        int at = 0;
        for (int i = 0; i < words.length; i++) {
            tokens.add(new Token(words[i], at, at + words[i].length(), tags[i], words[i]));
            at += words[i].length() + 1;
        }
        parser.parse(new Sentence(0, String.join(" ", words), 0, tokens));
    }

    private int runTimed(String text) {
        long t0 = System.nanoTime();
        String[] sentences = sentenceDetector.sentDetect(text);
        long sentenceNanos = System.nanoTime() - t0;
        long tokenNanos = 0;
        long posNanos = 0;
        int tokens = 0;
        for (String sentence : sentences) {
            long t1 = System.nanoTime();
            String[] words = tokenizer.tokenize(sentence);
            long t2 = System.nanoTime();
            tagger.tag(words);
            posNanos += System.nanoTime() - t2;
            tokenNanos += t2 - t1;
            tokens += words.length;
        }
        clock.add(StageClock.SENTENCES, sentenceNanos, tokens);
        clock.add(StageClock.TOKENS, tokenNanos, tokens);
        clock.add(StageClock.POS, posNanos, tokens);
        return tokens;
    }
}
