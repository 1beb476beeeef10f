package org.newsgraph.graph;

import java.util.function.Supplier;
import org.newsgraph.extract.EntityLinker;
import org.newsgraph.extract.event.EventLexicon;
import org.newsgraph.extract.names.CoreNlpNameFinder;
import org.newsgraph.extract.names.NameFinder;
import org.newsgraph.extract.statement.StatementLexicon;
import org.newsgraph.extract.time.LexiconTimeNormalizer;
import org.newsgraph.extract.time.TimeNormalizer;
import org.newsgraph.kb.KnowledgeBase;
import org.newsgraph.nlp.CoreNlpDependencyParser;
import org.newsgraph.nlp.Language;
import org.newsgraph.nlp.NlpModels;

/**
 * The shared, thread-safe parts of the extraction pipeline (knowledge base, linker, models), loaded once, and a
 * supplier of per-thread extractors over them.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.german();
 * new Ingestion(store, p.extractors(), threads).run(source, listener);
 * }</pre>
 */
public final class Pipeline {

    private final KnowledgeBase kb;
    private final EntityLinker linker;
    private final NlpModels models;
    private final EventLexicon events;
    private final StatementLexicon statements;
    private final TimeNormalizer time;

    private Pipeline(KnowledgeBase kb, NlpModels models) {
        this.kb = kb;
        this.linker = new EntityLinker(kb);
        this.models = models;
        this.events = EventLexicon.load();
        this.statements = StatementLexicon.load();
        this.time = new LexiconTimeNormalizer();
    }

    /** The German pipeline with the packaged knowledge base and models. */
    public static Pipeline german() {
        return new Pipeline(KnowledgeBase.loadDefault(), NlpModels.load(Language.GERMAN));
    }

    public NlpModels models() {
        return models;
    }

    public KnowledgeBase knowledgeBase() {
        return kb;
    }

    /**
     * Loads the dependency parser of {@link #german()} now (it otherwise loads on the first sentence that needs a
     * parse): an ingest calls this on a thread of its own while the models and the store load.
     */
    public static void preloadGermanParser() {
        CoreNlpDependencyParser.shared(Language.GERMAN);
    }

    /** Loads the statistical name finder of {@link #german()} now (2-3 s), as {@link #preloadGermanParser()}. */
    public static void preloadGermanNameFinder() {
        CoreNlpNameFinder.shared(Language.GERMAN);
    }

    /** A new extractor for one worker thread. */
    public PipelineExtractor extractor() {
        return new PipelineExtractor(kb, linker, models, events, statements, time,
                () -> CoreNlpDependencyParser.shared(models.language()),
                this::nameFinder);
    }

    /**
     * The name finder for an article in language {@code code}: the model of that language where newsgraph has one
     * (English: {@link NameFinder#NONE} until CoreNLP's English models jar is on the classpath), else the
     * pipeline's.
     */
    private NameFinder nameFinder(String code) {
        Language language;
        try {
            language = code == null ? models.language() : Language.ofCode(code);
        } catch (IllegalArgumentException e) {
            language = models.language();
        }
        return CoreNlpNameFinder.shared(language);
    }

    public Supplier<PipelineExtractor> extractors() {
        return this::extractor;
    }

    /** Extraction threads by default: the cores, at most 4. */
    public static int defaultThreads() {
        return Math.min(4, Runtime.getRuntime().availableProcessors());
    }
}
