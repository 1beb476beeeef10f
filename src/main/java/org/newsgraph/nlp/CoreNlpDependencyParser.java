package org.newsgraph.nlp;

import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.newsgraph.ConfigurationException;

/**
 * Stanford CoreNLP's neural dependency parser ({@code nndep}) over OpenNLP's tokens and UPOS tags: OpenNLP stays the
 * tokenizer, tagger and lemmatizer, the parser only adds heads and relations.
 *
 * <pre>{@code
 * DependencyParser parser = CoreNlpDependencyParser.shared(Language.GERMAN);
 * DependencyTree tree = parser.parse(sentence);
 * }</pre>
 *
 * <p>Design decision: OpenNLP tags a contraction ("im", "zum", "vom") {@code ADP+DET}, a tag the UD models do not
 * know. The parser is given the two words CoreNLP's own multi-word table names ("zu" {@code ADP}, "dem" {@code DET}),
 * and the token takes the head and relation of its first word, so tokens stay one to one with the tree. A
 * contraction the table lacks goes in as {@code ADP}. Quotes are already split off the tokens by
 * {@link TokenSplitter}. Where the language's dependency model was trained on another tag set (English: Penn
 * Treebank tags, see {@link Language#parserTagger()}), CoreNLP's own tagger tags the words for the parser only;
 * the tokens keep OpenNLP's UPOS tags.
 */
public final class CoreNlpDependencyParser implements DependencyParser {

    private static final Map<Language, CoreNlpDependencyParser> SHARED = new ConcurrentHashMap<>();
    /**
     * How many of the model's most frequent features get their hidden-layer products computed at load time
     * (CoreNLP's default is 100,000). Measured on this machine: 5,000 load in 1.7 s instead of 2.5 s and parse as
     * fast, the rest being rare. Fixed, so that a parse never depends on how much text an ingest holds.
     */
    static final int PRECOMPUTED_FEATURES = 5_000;

    private final edu.stanford.nlp.parser.nndep.DependencyParser parser;
    private final Map<String, String[]> contractions;
    private final MaxentTagger tagger;

    private CoreNlpDependencyParser(edu.stanford.nlp.parser.nndep.DependencyParser parser,
                                    Map<String, String[]> contractions, MaxentTagger tagger) {
        this.parser = parser;
        this.contractions = contractions;
        this.tagger = tagger;
    }

    /** The parser of {@code language}, loaded on first use (a few seconds) and shared afterwards. */
    public static CoreNlpDependencyParser shared(Language language) {
        return SHARED.computeIfAbsent(Objects.requireNonNull(language, "language"), CoreNlpDependencyParser::load);
    }

    /**
     * Loads the UD dependency model of {@code language} from the classpath.
     *
     * @throws ConfigurationException when the model is missing or unreadable
     */
    public static CoreNlpDependencyParser load(Language language) {
        String resource = language.parserModel();
        if (CoreNlpDependencyParser.class.getClassLoader().getResource(resource) == null) {
            throw new ConfigurationException("expected the CoreNLP dependency model for " + language + " at "
                    + resource + " on the classpath, but it is missing; add the Maven dependency "
                    + language.parserArtifact() + " to pom.xml");
        }
        RedwoodConfiguration.current().clear().apply();   // CoreNLP logs every model load to stderr
        try {
            Properties settings = new Properties();
            settings.setProperty("numPreComputed", String.valueOf(PRECOMPUTED_FEATURES));
            return new CoreNlpDependencyParser(
                    edu.stanford.nlp.parser.nndep.DependencyParser.loadFromModelFile(resource, settings),
                    contractions(language),
                    language.parserTagger() == null ? null : new MaxentTagger(language.parserTagger()));
        } catch (RuntimeException e) {
            throw new ConfigurationException("cannot read the CoreNLP dependency model " + resource + " ("
                    + e.getMessage() + "); the jar " + language.parserArtifact()
                    + " may be damaged, delete it from ~/.m2 and rebuild", e);
        }
    }

    /** The contraction table of CoreNLP's multi-word token splitter for {@code language} (empty if it has none). */
    private static Map<String, String[]> contractions(Language language) {
        Map<String, String[]> out = new HashMap<>();
        String resource = language.contractionTable();
        InputStream in = resource == null ? null
                : CoreNlpDependencyParser.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            return out;
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] cols = line.split("\t");
                if (cols.length == 2 && cols[1].contains(",")) {
                    out.put(cols[0], cols[1].split(","));
                }
            }
        } catch (IOException e) {
            throw new ConfigurationException("cannot read CoreNLP's contraction table " + resource + " ("
                    + e.getMessage() + ")", e);
        }
        return out;
    }

    @Override
    public DependencyTree parse(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        int n = tokens.size();
        int[] heads = new int[n];
        String[] relations = new String[n];
        Arrays.fill(heads, -1);
        Arrays.fill(relations, "dep");
        if (n == 0) {
            return new DependencyTree(heads, relations);
        }
        List<TaggedWord> words = new ArrayList<>(n + 4);
        List<Integer> tokenOf = new ArrayList<>(n + 4);     // parser word -> token
        int[] firstWord = new int[n];                        // token -> its first parser word
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            firstWord[i] = words.size();
            String[] parts = t.tag().indexOf('+') > 0 ? contractions.get(t.text()) : null;
            String[] tags = t.tag().split("\\+");
            if (parts != null && parts.length == tags.length) {
                for (int k = 0; k < parts.length; k++) {
                    words.add(new TaggedWord(parts[k], tags[k]));
                    tokenOf.add(i);
                }
            } else {
                words.add(new TaggedWord(t.text(), quote(t.text()) ? "PUNCT" : parserTag(t.tag())));
                tokenOf.add(i);
            }
        }
        int[] wordHead = new int[words.size()];
        String[] wordRelation = new String[words.size()];
        Arrays.fill(wordHead, -1);
        Arrays.fill(wordRelation, "dep");
        GrammaticalStructure gs = parser.predict(tagger == null ? words : tagger.tagSentence(words));
        for (TypedDependency d : gs.typedDependencies()) {
            int dep = d.dep().index() - 1;
            if (dep >= 0 && dep < words.size()) {
                wordHead[dep] = d.gov().index() - 1;
                wordRelation[dep] = d.gov().index() == 0 ? "root" : d.reln().toString();
            }
        }
        for (int i = 0; i < n; i++) {
            int w = firstWord[i];
            int head = wordHead[w] < 0 ? -1 : tokenOf.get(wordHead[w]);
            heads[i] = head == i ? -1 : head;
            relations[i] = head == i ? "root" : wordRelation[w];
        }
        return new DependencyTree(heads, relations);
    }

    /** The UPOS tag the parser is given: a contraction's {@code ADP+DET} becomes {@code ADP}. */
    /**
     * True for a token of quotation marks only: the tagger reads an opening "„" before an adjective as a noun ("ein
     * „destruktives“ Verhalten"), and the parser then builds the phrase around it; it goes in as punctuation.
     */
    static boolean quote(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> "\"'„“”‚‘’«»‹›".indexOf(c) >= 0);
    }

    static String parserTag(String tag) {
        int plus = tag.indexOf('+');
        return plus < 0 ? tag : tag.substring(0, plus);
    }
}
