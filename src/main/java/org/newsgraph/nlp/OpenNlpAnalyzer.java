package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;

/**
 * The OpenNLP {@link TextAnalyzer}: sentences (line-aware, see {@link SentenceSplitter}) -> tokens (quotes split off,
 * hyphenated compounds kept whole, see {@link TokenSplitter}) -> UPOS tags -> lemmas (cached, see
 * {@link LemmaCache}), with offsets into the analysed text.
 *
 * <pre>{@code
 * OpenNlpAnalyzer analyzer = new OpenNlpAnalyzer(NlpModels.shared(Language.GERMAN));
 * for (Sentence s : analyzer.analyze(text)) { ... }
 * }</pre>
 *
 * Not thread-safe: it holds OpenNLP's ME objects and the lemma cache; create one per thread from shared
 * {@link NlpModels}. Tags are the model's own: a sentence-initial name may come out NOUN.
 */
public final class OpenNlpAnalyzer implements TextAnalyzer {

    private final SentenceSplitter sentenceSplitter;
    private final TokenSplitter tokenSplitter;
    private final POSTaggerME tagger;
    private final LemmaCache lemmaCache;
    private final StageClock clock;
    private final SpanBuffer sentenceSpans = new SpanBuffer();
    private final SpanBuffer tokenSpans = new SpanBuffer();

    /** An analyzer that records no timings. */
    public OpenNlpAnalyzer(NlpModels models) {
        this(models, null);
    }

    /** An analyzer that adds the time of each stage to {@code clock} (stage names in {@link StageClock}). */
    public OpenNlpAnalyzer(NlpModels models, StageClock clock) {
        this(models, clock, LemmaCache.DEFAULT_CAPACITY);
    }

    /** As above, with a lemma cache of at most {@code lemmaCacheCapacity} distinct token strings. */
    public OpenNlpAnalyzer(NlpModels models, StageClock clock, int lemmaCacheCapacity) {
        Objects.requireNonNull(models, "models");
        this.sentenceSplitter = new SentenceSplitter(new SentenceDetectorME(models.sentenceModel()), models.lexicon());
        this.tokenSplitter = new TokenSplitter(new TokenizerME(models.tokenizerModel()), models.lexicon(),
                models.language().clitics());
        this.tagger = new POSTaggerME(models.posModel());
        this.lemmaCache = new LemmaCache(new LemmaClassifier(models.lemmatizerModel()), tagger.getAllPosTags(),
                lemmaCacheCapacity);
        this.clock = clock;
    }

    @Override
    public List<Sentence> analyze(String text) {
        Objects.requireNonNull(text, "text");
        lemmaCache.clear();   // the same text gives the same lemmas whatever was read before
        long t0 = System.nanoTime();
        sentenceSplitter.split(text, sentenceSpans);
        long sentenceNanos = System.nanoTime() - t0;
        List<Sentence> sentences = new ArrayList<>(sentenceSpans.size());
        long tokenNanos = 0;
        long posNanos = 0;
        long lemmaNanos = 0;
        int tokenCount = 0;
        for (int s = 0; s < sentenceSpans.size(); s++) {
            int start = sentenceSpans.start(s);
            String sentence = text.substring(start, sentenceSpans.end(s));
            long t1 = System.nanoTime();
            tokenSplitter.tokenize(sentence, tokenSpans);
            if (tokenSpans.size() == 0) {
                continue;   // only characters the tokenizer drops, such as zero-width spaces
            }
            String[] words = new String[tokenSpans.size()];
            for (int i = 0; i < words.length; i++) {
                words[i] = sentence.substring(tokenSpans.start(i), tokenSpans.end(i));
            }
            long t2 = System.nanoTime();
            String[] tags = tagger.tag(words);
            long t3 = System.nanoTime();
            Token[] tokens = new Token[words.length];
            String previousLemma = null;
            for (int i = 0; i < words.length; i++) {
                String lemma = i == 0 ? lemmaCache.lemma(words[i], tags[i])
                        : lemmaCache.lemma(words[i], tags[i], words[i - 1], tags[i - 1], previousLemma);
                tokens[i] = new Token(words[i], start + tokenSpans.start(i), start + tokenSpans.end(i), tags[i], lemma);
                previousLemma = lemma;
            }
            long t4 = System.nanoTime();
            tokenNanos += t2 - t1;
            posNanos += t3 - t2;
            lemmaNanos += t4 - t3;
            tokenCount += words.length;
            sentences.add(new Sentence(sentences.size(), sentence, start, List.of(tokens)));
        }
        if (clock != null) {
            clock.add(StageClock.SENTENCES, sentenceNanos, tokenCount);
            clock.add(StageClock.TOKENS, tokenNanos, tokenCount);
            clock.add(StageClock.POS, posNanos, tokenCount);
            clock.add(StageClock.LEMMAS, lemmaNanos, tokenCount);
        }
        return sentences;
    }

    /** Lemma cache hits so far (for benchmarks). */
    public long lemmaCacheHits() {
        return lemmaCache.hits();
    }

    /** Lemma cache misses so far, each one a call of the lemmatizer (for benchmarks). */
    public long lemmaCacheMisses() {
        return lemmaCache.misses();
    }
}
