package org.newsgraph.nlp;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import org.newsgraph.ConfigurationException;
import org.newsgraph.nlp.Language.ModelKind;

/**
 * The OpenNLP models of one language, loaded from the classpath, plus the {@link BoundaryLexicon}.
 * Models are immutable and thread-safe: load them once and give every thread its own {@link OpenNlpAnalyzer}.
 *
 * <pre>{@code
 * NlpModels models = NlpModels.shared(Language.GERMAN);
 * TextAnalyzer analyzer = new OpenNlpAnalyzer(models);   // one per thread
 * }</pre>
 *
 * Design decision: {@link #shared} memoises one instance per language for the life of the JVM (loading takes about
 * a second); {@link #load} always reads the files again.
 */
public final class NlpModels {

    private static final Map<Language, NlpModels> SHARED = new ConcurrentHashMap<>();

    private final Language language;
    private final SentenceModel sentenceModel;
    private final TokenizerModel tokenizerModel;
    private final POSModel posModel;
    private final LemmatizerModel lemmatizerModel;
    private final BoundaryLexicon lexicon;

    private NlpModels(Language language, Map<ModelKind, Object> models, BoundaryLexicon lexicon) {
        this.language = language;
        this.sentenceModel = (SentenceModel) models.get(ModelKind.SENTENCES);
        this.tokenizerModel = (TokenizerModel) models.get(ModelKind.TOKENS);
        this.posModel = (POSModel) models.get(ModelKind.POS);
        this.lemmatizerModel = (LemmatizerModel) models.get(ModelKind.LEMMAS);
        this.lexicon = lexicon;
    }

    /** The models of {@code language}, loaded on first use and shared by all callers afterwards. */
    public static NlpModels shared(Language language) {
        Objects.requireNonNull(language, "language");
        return SHARED.computeIfAbsent(language, NlpModels::load);
    }

    /**
     * Loads the four models of {@code language} from the classpath.
     *
     * @throws ConfigurationException when a model file is missing or unreadable
     */
    public static NlpModels load(Language language) {
        Objects.requireNonNull(language, "language");
        Map<ModelKind, Object> models = new EnumMap<>(ModelKind.class);
        for (ModelKind kind : ModelKind.values()) {
            models.put(kind, read(language, kind));
        }
        return new NlpModels(language, models, BoundaryLexicon.load(language));
    }

    private static Object read(Language language, ModelKind kind) {
        String resource = language.modelResource(kind);
        InputStream raw = NlpModels.class.getResourceAsStream(resource);
        if (raw == null) {
            throw new ConfigurationException("expected the OpenNLP " + kind.name().toLowerCase() + " model for "
                    + language + " at " + resource + " on the classpath, but it is missing; add the Maven dependency "
                    + kind.artifact(language) + " (version 1.3.0) to pom.xml");
        }
        try (InputStream in = new BufferedInputStream(raw)) {
            return switch (kind) {
                case SENTENCES -> new SentenceModel(in);
                case TOKENS -> new TokenizerModel(in);
                case POS -> new POSModel(in);
                case LEMMAS -> new LemmatizerModel(in);
            };
        } catch (IOException | RuntimeException e) {
            throw new ConfigurationException("cannot read the OpenNLP model " + resource + " (" + e.getMessage()
                    + "); the jar of " + kind.artifact(language) + " may be damaged, delete it from ~/.m2 and rebuild",
                    e);
        }
    }

    public Language language() {
        return language;
    }

    public SentenceModel sentenceModel() {
        return sentenceModel;
    }

    public TokenizerModel tokenizerModel() {
        return tokenizerModel;
    }

    public POSModel posModel() {
        return posModel;
    }

    public LemmatizerModel lemmatizerModel() {
        return lemmatizerModel;
    }

    public BoundaryLexicon lexicon() {
        return lexicon;
    }
}
