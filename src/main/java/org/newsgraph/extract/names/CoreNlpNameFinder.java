package org.newsgraph.extract.names;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFCliqueTree;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.newsgraph.ConfigurationException;
import org.newsgraph.nlp.Language;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Stanford CoreNLP's CRF name finder over the pipeline's own tokens: German uses {@code german.distsim.crf.ser.gz}
 * (classifier {@code models-german}, already on the classpath for the parser), English the CoNLL four-class model
 * {@code english.conll.4class.distsim.crf.ser.gz} (classifier {@code models}).
 *
 * <pre>{@code
 * NameFinder finder = CoreNlpNameFinder.shared(Language.GERMAN);
 * finder.find(sentence);   // [PERSON 3..4 (0.98), LOCATION 7..7 (0.91)]
 * }</pre>
 *
 * <p>Design decision: the labels are the CRF's Viterbi path; a span's confidence is the lowest marginal probability
 * of its label over its tokens (from the clique tree of the same, feature-annotated, tokens), which the linker uses
 * as a threshold. The classifier is read-only once loaded and
 * shared by all threads. English hook: the English model sits in the 474 MB {@code models} jar; while that jar is not
 * on the classpath, {@link #forLanguage} gives {@link NameFinder#NONE} for English (no statistical names), and German
 * keeps working.
 */
public final class CoreNlpNameFinder implements NameFinder {

    static final String GERMAN_MODEL = "edu/stanford/nlp/models/ner/german.distsim.crf.ser.gz";
    static final String ENGLISH_MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
    private static final Map<Language, NameFinder> SHARED = new ConcurrentHashMap<>();

    private final CRFClassifier<CoreLabel> classifier;

    private CoreNlpNameFinder(CRFClassifier<CoreLabel> classifier) {
        this.classifier = classifier;
    }

    /** The finder of {@code language}, loaded on first use (2-3 s) and shared afterwards. */
    public static NameFinder shared(Language language) {
        return SHARED.computeIfAbsent(Objects.requireNonNull(language, "language"), CoreNlpNameFinder::forLanguage);
    }

    /**
     * A new finder for {@code language}: German always (its model is a dependency of the build), English only when
     * the CoreNLP English models jar is on the classpath, else {@link NameFinder#NONE}.
     *
     * @throws ConfigurationException when the German model is missing or unreadable
     */
    public static NameFinder forLanguage(Language language) {
        String resource = language == Language.GERMAN ? GERMAN_MODEL : ENGLISH_MODEL;
        if (CoreNlpNameFinder.class.getClassLoader().getResource(resource) == null) {
            if (language != Language.GERMAN) {
                return NameFinder.NONE;
            }
            throw new ConfigurationException("expected CoreNLP's German name-finder model at " + resource
                    + " on the classpath, but it is missing; add the Maven dependency "
                    + "edu.stanford.nlp:stanford-corenlp:4.5.10 (classifier models-german) to pom.xml");
        }
        RedwoodConfiguration.current().clear().apply();   // CoreNLP logs every model load to stderr
        try {
            // CoreNLP otherwise adds every lower-case word it classifies to the model's known words, which change
            // the word shapes of later sentences: the names found in one article would depend on the articles read
            // before it in the same run (measured: "Hamas" as the town Hama in one order and not in another)
            java.util.Properties props = new java.util.Properties();
            props.setProperty("maxAdditionalKnownLCWords", "0");
            CRFClassifier<CoreLabel> classifier = CRFClassifier.getClassifier(resource, props);
            return new CoreNlpNameFinder(classifier);
        } catch (Exception e) {
            throw new ConfigurationException("cannot read CoreNLP's name-finder model " + resource + " ("
                    + e.getMessage() + "); the CoreNLP models jar may be damaged, delete it from ~/.m2 and rebuild",
                    e);
        }
    }

    @Override
    public List<NameSpan> find(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        if (tokens.isEmpty()) {
            return List.of();
        }
        List<CoreLabel> doc = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            CoreLabel l = new CoreLabel();
            l.setWord(t.text());
            l.setValue(t.text());
            doc.add(l);
        }
        List<CoreLabel> labelled = classifier.classifySentence(doc);
        CRFCliqueTree<String> tree = classifier.getCliqueTree(labelled);
        List<NameSpan> spans = new ArrayList<>();
        NameClass open = null;
        int first = -1;
        double confidence = 1;
        for (int i = 0; i <= labelled.size(); i++) {
            NameClass c = null;
            double p = 0;
            if (i < labelled.size()) {
                String label = labelled.get(i).get(CoreAnnotations.AnswerAnnotation.class);
                c = NameClass.ofLabel(label);
                int index = classifier.classIndex.indexOf(label);
                p = index < 0 ? 0 : tree.prob(i, index);
            }
            if (c != open) {
                if (open != null) {
                    spans.add(new NameSpan(open, first, i - 1, Math.min(1, Math.max(0, confidence))));
                }
                open = c;
                first = i;
                confidence = 1;
            }
            confidence = Math.min(confidence, p);
        }
        return spans;
    }
}
