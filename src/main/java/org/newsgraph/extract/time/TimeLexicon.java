package org.newsgraph.extract.time;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.ConfigurationException;

/**
 * The words of time expressions, read from {@code /ontology/time.ttl} (see the comment block at its top).
 *
 * <p>Design decision: one table per word class, each phrase mapped to what it means; German adjective stems are
 * expanded to their inflected forms when the file is read, so the rules only look words up.
 */
final class TimeLexicon {

    static final String RESOURCE = "/ontology/time.ttl";
    private static final String NG = "https://newsgraph.org/ontology#";
    private static final String[] ADJECTIVE_ENDINGS = {"", "e", "en", "em", "er", "es"};

    record PartOfDay(String code, int hourShift) { }

    record Unit(ChronoUnit chrono, String designator, boolean timeUnit, boolean plural, int vagueSpan) { }

    record Zone(String offset, String summerOffset, String dstRule) { }

    record Offset(int direction, boolean after) { }

    private final PhraseTable<Integer> months = new PhraseTable<>();
    private final PhraseTable<Integer> weekdays = new PhraseTable<>();
    private final List<Stem<Integer>> weekdayStems = new ArrayList<>();
    private final PhraseTable<PartOfDay> partsOfDay = new PhraseTable<>();
    private final List<Stem<PartOfDay>> partOfDaySuffixes = new ArrayList<>();
    private final PhraseTable<String> dayModifiers = new PhraseTable<>();
    private final PhraseTable<Integer> relativeDays = new PhraseTable<>();
    private final PhraseTable<Integer> directions = new PhraseTable<>();
    private final PhraseTable<Offset> offsets = new PhraseTable<>();
    private final PhraseTable<String> nights = new PhraseTable<>();
    private final PhraseTable<Unit> units = new PhraseTable<>();
    private final PhraseTable<String> monthParts = new PhraseTable<>();
    private final PhraseTable<BigDecimal> numbers = new PhraseTable<>();
    private final PhraseTable<Zone> zones = new PhraseTable<>();
    private final PhraseTable<Boolean> approximators = new PhraseTable<>();
    private final PhraseTable<Boolean> clockWords = new PhraseTable<>();
    private final PhraseTable<Integer> meridiems = new PhraseTable<>();
    private final PhraseTable<Boolean> yearCues = new PhraseTable<>();
    private final PhraseTable<String> connectors = new PhraseTable<>();
    private final PhraseTable<Boolean> dateArticles = new PhraseTable<>();
    private final PhraseTable<Boolean> clockCues = new PhraseTable<>();

    /** A word stem ("donnerstag") with what it means, for compounds ("Donnerstagabend"). */
    record Stem<V>(String stem, V value) { }

    private TimeLexicon() {
    }

    /** Reads the lexicon from the classpath resource {@value #RESOURCE}. */
    static TimeLexicon load() {
        try (InputStream in = TimeLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new ConfigurationException("expected the time vocabulary " + RESOURCE
                        + " on the classpath, found none; run from the built jar or with ontology/ packaged by maven");
            }
            return parse(in, RESOURCE);
        } catch (IOException e) {
            throw new ConfigurationException("could not read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads the lexicon of {@code language}: {@code time.ttl} and, for languages other than German, the language's
     * own additions ({@code time-en.ttl}).
     */
    static TimeLexicon load(org.newsgraph.nlp.Language language) {
        if (language == org.newsgraph.nlp.Language.GERMAN) {
            return load();
        }
        Model model = ModelFactory.createDefaultModel();
        List<String> files = language.lexiconFiles("time");
        for (String file : files) {
            String resource = "/ontology/" + file;
            try (InputStream in = TimeLexicon.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new ConfigurationException("expected the time vocabulary " + resource
                            + " on the classpath, found none; run `mvn package` so that ontology/ is packaged");
                }
                parseInto(in, resource, model);
            } catch (IOException e) {
                throw new ConfigurationException("could not read " + resource + ": " + e.getMessage(), e);
            }
        }
        TimeLexicon lexicon = new TimeLexicon();
        lexicon.read(model, String.join(" + ", files));
        return lexicon;
    }

    private static void parseInto(InputStream turtle, String source, Model model) {
        try {
            RDFParser.source(turtle).lang(Lang.TURTLE).base("https://newsgraph.org/").parse(model);
        } catch (RiotException e) {
            throw new ConfigurationException("expected valid Turtle in " + source + ", found an error: "
                    + e.getMessage() + "; fix the file at the line given", e);
        }
    }

    /** Reads the lexicon from Turtle; {@code source} names it in error messages. */
    static TimeLexicon parse(InputStream turtle, String source) {
        Model model = ModelFactory.createDefaultModel();
        parseInto(turtle, source, model);
        TimeLexicon lexicon = new TimeLexicon();
        lexicon.read(model, source);
        return lexicon;
    }

    private void read(Model m, String source) {
        each(m, "Month", r -> words(r, "word").forEach(w -> months.put(w, integer(r, "number", source))));
        each(m, "Weekday", r -> {
            int n = integer(r, "number", source);
            words(r, "word").forEach(w -> weekdays.put(w, n));
            words(r, "compoundStem").forEach(s -> weekdayStems.add(new Stem<>(Words.normalize(s), n)));
        });
        each(m, "PartOfDay", r -> {
            PartOfDay p = new PartOfDay(string(r, "code", source), optionalInteger(r, "hourShift", 0));
            words(r, "word").forEach(w -> partsOfDay.put(w, p));
            words(r, "compoundSuffix").forEach(s -> partOfDaySuffixes.add(new Stem<>(Words.normalize(s), p)));
        });
        each(m, "DayModifier", r -> putWithStems(r, dayModifiers, string(r, "code", source)));
        each(m, "RelativeDay", r -> words(r, "word").forEach(w -> relativeDays.put(w, integer(r, "dayOffset", source))));
        each(m, "Direction", r -> putWithStems(r, directions, integer(r, "direction", source)));
        each(m, "RelativeOffset", r -> {
            Offset o = new Offset(integer(r, "direction", source), r.hasLiteral(property("after"), true));
            words(r, "word").forEach(w -> offsets.put(w, o));
        });
        each(m, "Night", r -> words(r, "word").forEach(w -> nights.put(w, string(r, "code", source))));
        each(m, "CalendarUnit", r -> {
            ChronoUnit chrono = ChronoUnit.valueOf(string(r, "chronoUnit", source));
            String designator = string(r, "isoDesignator", source);
            boolean time = r.hasLiteral(property("timeUnit"), true);
            int span = integer(r, "vagueSpan", source);
            words(r, "word").forEach(w -> units.put(w, new Unit(chrono, designator, time, false, span)));
            words(r, "pluralWord").forEach(w -> units.put(w, new Unit(chrono, designator, time, true, span)));
        });
        each(m, "MonthPart", r -> words(r, "word").forEach(w -> monthParts.put(w, string(r, "code", source))));
        each(m, "NumberWord", r -> words(r, "word").forEach(w -> numbers.put(w, decimal(r, source))));
        each(m, "TimeZone", r -> {
            Zone z = new Zone(optionalString(r, "offset"), optionalString(r, "summerOffset"),
                    optionalString(r, "dstRule"));
            words(r, "word").forEach(w -> zones.put(w, z));
        });
        each(m, "Approximator", r -> words(r, "word").forEach(w -> approximators.put(w, true)));
        each(m, "ClockWord", r -> words(r, "word").forEach(w -> clockWords.put(w, true)));
        each(m, "Meridiem", r -> words(r, "word").forEach(w -> meridiems.put(w, integer(r, "hourShift", source))));
        each(m, "YearCue", r -> words(r, "word").forEach(w -> yearCues.put(w, true)));
        each(m, "Connector", r -> words(r, "word").forEach(w -> connectors.put(w, string(r, "code", source))));
        each(m, "DateArticle", r -> words(r, "word").forEach(w -> dateArticles.put(w, true)));
        each(m, "ClockCue", r -> words(r, "word").forEach(w -> clockCues.put(w, true)));
        if (months.isEmpty() || weekdays.isEmpty() || units.isEmpty()) {
            throw new ConfigurationException("expected ng:Month, ng:Weekday and ng:CalendarUnit entries in " + source
                    + ", found none of at least one; see the comment block at the top of ontology/time.ttl");
        }
    }

    private static <V> void putWithStems(Resource r, PhraseTable<V> table, V value) {
        words(r, "word").forEach(w -> table.put(w, value));
        for (String stem : words(r, "stem")) {
            for (String ending : ADJECTIVE_ENDINGS) {
                table.put(stem + ending, value);
            }
        }
    }

    private static void each(Model m, String type, java.util.function.Consumer<Resource> action) {
        m.listResourcesWithProperty(RDF.type, m.createResource(NG + type)).forEachRemaining(action);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NG + local);
    }

    private static List<String> words(Resource r, String local) {
        List<String> out = new ArrayList<>();
        r.listProperties(property(local)).forEachRemaining((Statement s) -> out.add(s.getString()));
        return out;
    }

    private static Literal literal(Resource r, String local, String source) {
        Statement s = r.getProperty(property(local));
        RDFNode node = s == null ? null : s.getObject();
        if (node == null || !node.isLiteral()) {
            throw new ConfigurationException("expected ng:" + local + " with a literal on " + r.getURI() + " in "
                    + source + ", found " + (node == null ? "none" : node) + "; add it to ontology/time.ttl");
        }
        return node.asLiteral();
    }

    private static int integer(Resource r, String local, String source) {
        return literal(r, local, source).getInt();
    }

    private static int optionalInteger(Resource r, String local, int fallback) {
        Statement s = r.getProperty(property(local));
        return s != null && s.getObject().isLiteral() && s.getLiteral().getValue() instanceof Number n
                ? n.intValue() : fallback;
    }

    private static BigDecimal decimal(Resource r, String source) {
        return new BigDecimal(literal(r, "number", source).getLexicalForm());
    }

    private static String string(Resource r, String local, String source) {
        return literal(r, local, source).getString();
    }

    private static String optionalString(Resource r, String local) {
        Statement s = r.getProperty(property(local));
        return s == null ? null : s.getString();
    }

    PhraseTable<Integer> months() {
        return months;
    }

    PhraseTable<Integer> weekdays() {
        return weekdays;
    }

    /** Splits a compound like "donnerstagabend" into weekday and part of day, or null. */
    Compound weekdayCompound(String lowerToken) {
        for (Stem<Integer> day : weekdayStems) {
            if (lowerToken.startsWith(day.stem()) && lowerToken.length() > day.stem().length()) {
                String rest = lowerToken.substring(day.stem().length());
                for (Stem<PartOfDay> part : partOfDaySuffixes) {
                    if (rest.equals(part.stem()) || rest.equals(part.stem() + "s")) {
                        return new Compound(day.value(), part.value());
                    }
                }
            }
        }
        return null;
    }

    record Compound(int weekday, PartOfDay partOfDay) { }

    PhraseTable<PartOfDay> partsOfDay() {
        return partsOfDay;
    }

    PhraseTable<String> dayModifiers() {
        return dayModifiers;
    }

    PhraseTable<Integer> relativeDays() {
        return relativeDays;
    }

    PhraseTable<Integer> directions() {
        return directions;
    }

    PhraseTable<Offset> offsets() {
        return offsets;
    }

    PhraseTable<String> nights() {
        return nights;
    }

    PhraseTable<Unit> units() {
        return units;
    }

    PhraseTable<String> monthParts() {
        return monthParts;
    }

    PhraseTable<BigDecimal> numbers() {
        return numbers;
    }

    PhraseTable<Zone> zones() {
        return zones;
    }

    PhraseTable<Boolean> approximators() {
        return approximators;
    }

    PhraseTable<Boolean> clockWords() {
        return clockWords;
    }

    PhraseTable<Integer> meridiems() {
        return meridiems;
    }

    PhraseTable<Boolean> yearCues() {
        return yearCues;
    }

    PhraseTable<String> connectors() {
        return connectors;
    }

    PhraseTable<Boolean> dateArticles() {
        return dateArticles;
    }

    PhraseTable<Boolean> clockCues() {
        return clockCues;
    }
}
