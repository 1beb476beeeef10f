package org.newsgraph.nlp;

import java.util.Objects;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;

/**
 * The speed baseline of the ingest benchmark: plain OpenNLP sentence detection, tokenization and POS tagging,
 * nothing else (no line handling, no repairs, no lemmas, no result objects).
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

    public BareOpenNlpPipeline(NlpModels models) {
        this(models, null);
    }

    /** A baseline that adds the time of each stage to {@code clock} (stage names in {@link StageClock}). */
    public BareOpenNlpPipeline(NlpModels models, StageClock clock) {
        Objects.requireNonNull(models, "models");
        this.clock = clock;
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
            tagger.tag(words);
            tokens += words.length;
        }
        return tokens;
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
