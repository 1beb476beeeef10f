package org.newsgraph.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.rdf.model.StmtIterator;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.ConfigurationException;

/**
 * The words that decide whether a full stop ends a sentence: month names ("am 7. | Dezember" is one sentence)
 * and abbreviations that never end one ("Dr.", "Nr.", "bzw.").
 *
 * <p>Month names come from {@code /ontology/time.ttl} (every one-word literal of a resource typed {@code ng:Month})
 * when that file is on the classpath and names any month, otherwise from {@code /org/newsgraph/nlp/months.txt}; a
 * month word with a full stop ("Dez.") is also an abbreviation. Abbreviations come from
 * {@code /org/newsgraph/nlp/abbreviations.txt}. Both text files hold one entry a line; {@code #} starts a comment.
 *
 * @param months month names and their abbreviations without the full stop ("Dezember", "Dez", "December")
 * @param abbreviations abbreviations with their full stop ("Dr.", "z.B.")
 */
public record BoundaryLexicon(Set<String> months, Set<String> abbreviations) {

    static final String TIME_TTL = "/ontology/time.ttl";
    static final String MONTHS_TXT = "/org/newsgraph/nlp/months.txt";
    static final String ABBREVIATIONS_TXT = "/org/newsgraph/nlp/abbreviations.txt";
    private static final String MONTH_CLASS = "https://newsgraph.org/ontology#Month";

    public BoundaryLexicon {
        months = Set.copyOf(Objects.requireNonNull(months, "months"));
        abbreviations = Set.copyOf(Objects.requireNonNull(abbreviations, "abbreviations"));
        for (String abbreviation : abbreviations) {
            if (!abbreviation.endsWith(".")) {
                throw new IllegalArgumentException("abbreviation must end with '.', was '" + abbreviation + "'");
            }
        }
    }

    /**
     * The lexicon of {@code language}: German's is {@link #load()}; another language adds its own abbreviations
     * ({@code /org/newsgraph/nlp/abbreviations-en.txt}: "Jr.", initials such as "R.").
     */
    public static BoundaryLexicon load(Language language) {
        BoundaryLexicon base = load();
        if (language == Language.GERMAN) {
            return base;
        }
        Set<String> abbreviations = new HashSet<>(base.abbreviations());
        abbreviations.addAll(readList("/org/newsgraph/nlp/abbreviations-" + language.code() + ".txt"));
        return new BoundaryLexicon(base.months(), abbreviations);
    }

    /** Loads the lexicon from the classpath; throws {@link ConfigurationException} when a file is missing. */
    public static BoundaryLexicon load() {
        Set<String> abbreviations = readList(ABBREVIATIONS_TXT);
        Set<String> monthWords = Set.of();
        try (InputStream in = BoundaryLexicon.class.getResourceAsStream(TIME_TTL)) {
            if (in != null) {
                monthWords = monthWords(in, TIME_TTL);
            }
        } catch (IOException e) {
            throw new ConfigurationException("cannot read " + TIME_TTL + ": " + e.getMessage(), e);
        }
        if (monthWords.isEmpty()) {
            monthWords = readList(MONTHS_TXT);
        }
        return of(monthWords, abbreviations);
    }

    /**
     * A lexicon from month words as written ("Dezember", "Dez.") and abbreviations; a month word with a full stop
     * counts as both.
     */
    static BoundaryLexicon of(Set<String> monthWords, Set<String> abbreviations) {
        Set<String> months = new HashSet<>();
        Set<String> allAbbreviations = new HashSet<>(abbreviations);
        for (String word : monthWords) {
            if (word.endsWith(".")) {
                allAbbreviations.add(word);
                months.add(word.substring(0, word.length() - 1));
            } else {
                months.add(word);
            }
        }
        return new BoundaryLexicon(months, allAbbreviations);
    }

    /** Every one-word literal of the resources typed {@code ng:Month} in the Turtle document {@code in}. */
    static Set<String> monthWords(InputStream in, String source) {
        Set<String> words = new HashSet<>();
        try {
            Model model = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).parse(model);
            Resource monthClass = model.createResource(MONTH_CLASS);
            model.listSubjectsWithProperty(RDF.type, monthClass).forEachRemaining(month -> {
                StmtIterator statements = month.listProperties();
                while (statements.hasNext()) {
                    Statement statement = statements.next();
                    RDFNode object = statement.getObject();
                    if (object.isLiteral()) {
                        String word = ((Literal) object).getLexicalForm().strip();
                        if (!word.isEmpty() && Character.isLetter(word.charAt(0)) && word.indexOf(' ') < 0) {
                            words.add(word);
                        }
                    }
                }
            });
        } catch (RuntimeException e) {
            throw new ConfigurationException("expected a valid Turtle file " + source + ", but parsing failed: "
                    + e.getMessage() + "; fix ontology/time.ttl and rebuild", e);
        }
        return words;
    }

    /** Whether {@code word} (without a full stop) names a month. */
    public boolean isMonth(String word) {
        return months.contains(word);
    }

    /** Whether {@code word} (with its full stop) is an abbreviation that does not end a sentence. */
    public boolean isAbbreviation(String word) {
        return abbreviations.contains(word);
    }

    private static Set<String> readList(String resource) {
        InputStream in = BoundaryLexicon.class.getResourceAsStream(resource);
        if (in == null) {
            throw new ConfigurationException("expected the word list " + resource
                    + " on the classpath, but it is missing; restore src/main/resources" + resource + " and rebuild");
        }
        Set<String> words = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int hash = line.indexOf('#');
                String word = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new ConfigurationException("cannot read the word list " + resource + ": " + e.getMessage(), e);
        }
        return words;
    }
}
