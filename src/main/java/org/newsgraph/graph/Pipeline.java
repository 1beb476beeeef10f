package org.newsgraph.graph;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.newsgraph.extract.EntityLinker;
import org.newsgraph.extract.LanguageLexicons;
import org.newsgraph.extract.names.CoreNlpNameFinder;
import org.newsgraph.kb.KnowledgeBase;
import org.newsgraph.nlp.CoreNlpDependencyParser;
import org.newsgraph.nlp.Language;
import org.newsgraph.nlp.NlpModels;

/**
 * The shared, thread-safe parts of the extraction pipeline (knowledge base, linker, models, lexicons), loaded once,
 * and a supplier of per-thread extractors over them. Every article is read with the models and lexicons of its
 * language.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.standard();
 * new Ingestion(store, p.extractors(), threads).run(source, listener);
 * }</pre>
 *
 * <p>Design decision: German, the language of most input, is loaded at once; every other language (English) loads
 * its models, parser and lexicons on its first article, so a German-only run does not pay for them.
 */
public final class Pipeline {

    private final KnowledgeBase kb;
    private final EntityLinker linker;
    private final NlpModels germanModels;
    private final Map<Language, LanguageLexicons> lexicons = new ConcurrentHashMap<>();

    private Pipeline(KnowledgeBase kb, NlpModels germanModels) {
        this.kb = kb;
        this.linker = new EntityLinker(kb);
        this.germanModels = germanModels;
        lexicons.put(Language.GERMAN, LanguageLexicons.load(Language.GERMAN));
    }

    /** The pipeline with the packaged knowledge base, German models loaded now, other languages on first use. */
    public static Pipeline standard() {
        return new Pipeline(KnowledgeBase.loadDefault(), NlpModels.load(Language.GERMAN));
    }

    /** The German models (the benchmark's baseline runs on them). */
    public NlpModels models() {
        return germanModels;
    }

    /** The OpenNLP models of {@code language}, loaded on first use. */
    NlpModels models(Language language) {
        return language == Language.GERMAN ? germanModels : NlpModels.shared(language);
    }

    /** The lexicons of {@code language}, loaded on first use. */
    LanguageLexicons lexicons(Language language) {
        return lexicons.computeIfAbsent(language, LanguageLexicons::load);
    }

    public KnowledgeBase knowledgeBase() {
        return kb;
    }

    /**
     * Loads the German dependency parser now (it otherwise loads on the first sentence that needs a parse): an
     * ingest calls this on a thread of its own while the models and the store load.
     */
    public static void preloadGermanParser() {
        CoreNlpDependencyParser.shared(Language.GERMAN);
    }

    /** Loads the German statistical name finder now (2-3 s), as {@link #preloadGermanParser()}. */
    public static void preloadGermanNameFinder() {
        CoreNlpNameFinder.shared(Language.GERMAN);
    }

    /** A new extractor for one worker thread. */
    public PipelineExtractor extractor() {
        return new PipelineExtractor(kb, linker, this);
    }

    public Supplier<PipelineExtractor> extractors() {
        return this::extractor;
    }

    /** Extraction threads by default: the cores, at most 4. */
    public static int defaultThreads() {
        return Math.min(4, Runtime.getRuntime().availableProcessors());
    }
}
