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

    public BareOpenNlpPipeline(NlpModels models) {
        Objects.requireNonNull(models, "models");
        this.sentenceDetector = new SentenceDetectorME(models.sentenceModel());
        this.tokenizer = new TokenizerME(models.tokenizerModel());
        this.tagger = new POSTaggerME(models.posModel());
    }

    /** Detects sentences, tokenizes and tags {@code text}; returns the number of tokens tagged. */
    public int run(String text) {
        int tokens = 0;
        for (String sentence : sentenceDetector.sentDetect(text)) {
            String[] words = tokenizer.tokenize(sentence);
            tagger.tag(words);
            tokens += words.length;
        }
        return tokens;
    }
}
