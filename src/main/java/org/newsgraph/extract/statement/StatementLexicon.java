package org.newsgraph.extract.statement;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Resource;
import org.newsgraph.ConfigurationException;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.StatementType;
import org.newsgraph.extract.event.CuePattern;
import org.newsgraph.extract.event.LexiconFile;
import org.newsgraph.extract.frame.Role;
import org.newsgraph.nlp.Token;

/**
 * The statement lexicon of {@code ontology/statements.ttl}: verbs with separable particles, nouns, CAMEO codes and the
 * cue classes the extractor needs. Immutable; load once and share.
 */
public final class StatementLexicon {

    /**
     * A statement verb; {@code particle} is null for a verb that is not separable.
     *
     * @param requires words one of which must depend on the verb ("verantwortlich" for "machen", "Aussicht" for
     *                 "stellen"); empty for none
     * @param needsRoles roles one of which must be filled for the verb to count ("stehen hinter X"); empty for none
     * @param conditional true when the verb counts only in a conditional sentence ("mit Maßnahmen reagieren")
     * @param greeting true when the verb with a person as object greets rather than states ("begrüßte Biden",
     *                 "welcomed Blinken", but "begrüßte die Entscheidung")
     */
    public record Verb(String lemma, String particle, Set<String> forms, StatementType type, List<String> contentPrepositions,
                       boolean reflexive, Frame frame, List<String> requires, List<Role> needsRoles, boolean conditional,
                       boolean greeting) { }

    /**
     * A statement noun.
     *
     * @param headLemmas verbs whose subject is the noun's actor when the noun depends on them; empty for the
     *                   lexicon's light verbs and verbs of saying
     */
    public record Noun(List<String> forms, StatementType type, List<String> contentPrepositions, boolean needsContent,
                       Frame frame, List<String> headLemmas) { }

    /**
     * The argument frame of a trigger: the roles that give its actor, its target (addressee) and its content, each
     * list in order of preference. A role {@code head:R} reads role R of the predicate the noun depends on.
     * {@code descriptive}: a participle of the frame's verbs that modifies a noun describes a standing relation
     * ("die von Russland unterstützten Separatisten"), not a statement.
     */
    public record Frame(List<Role> actor, List<Role> target, List<Role> content, boolean descriptive) {
        public Frame {
            actor = List.copyOf(actor);
            target = List.copyOf(target);
            content = List.copyOf(content);
        }
    }

    private record TypeDef(String cameo, String eventCameo, List<EntityType> targetTypes, Frame verbFrame,
                           Frame nounFrame) { }

    private final Map<StatementType, TypeDef> types = new EnumMap<>(StatementType.class);
    private final Map<StatementType, StatementType> negatedTypes = new EnumMap<>(StatementType.class);
    private final List<Verb> verbs = new ArrayList<>();
    /** Lemma, joined particle + lemma and every listed form -> indexes into {@link #verbs}. */
    private final Map<String, List<Integer>> verbIndex = new HashMap<>();
    private final List<NounForm> nounForms = new ArrayList<>();
    private final Map<String, List<String>> cues = new HashMap<>();

    private StatementLexicon(LexiconFile file) {
        Map<String, Frame> frames = new HashMap<>();
        for (Resource r : file.instances("StatementFrame")) {
            frames.put(r.getURI(), new Frame(roles(file, r, "actor"), roles(file, r, "target"),
                    roles(file, r, "content"), file.flag(r, "attributiveDescribes")));
        }
        Map<String, StatementType> byIri = new HashMap<>();
        for (Resource r : file.instances("StatementTypeDef")) {
            StatementType type = type(file, r);
            byIri.put(r.getURI(), type);
            List<EntityType> targets = new ArrayList<>();
            for (String t : file.strings(r, "targetType")) {
                targets.add(EntityType.valueOf(t));
            }
            if (targets.isEmpty()) {
                targets = List.of(EntityType.Person, EntityType.Country, EntityType.Organization);
            } else {
                targets.sort((a, b) -> a == EntityType.Place ? -1 : b == EntityType.Place ? 1 : 0);
            }
            types.put(type, new TypeDef(file.required(r, "cameo"), file.string(r, "eventCameo"), targets,
                    frame(file, r, "verbFrame", frames, null), frame(file, r, "nounFrame", frames, null)));
        }
        for (Resource r : file.instances("StatementTypeDef")) {
            List<Resource> negated = file.resources(r, "negatedType");
            if (!negated.isEmpty()) {
                StatementType to = byIri.get(negated.get(0).getURI());
                if (to == null) {
                    throw new ConfigurationException("expected ng:negatedType of " + r.getURI() + " in "
                            + file.name() + " to name an ng:StatementTypeDef, found " + negated + "; fix the entry");
                }
                negatedTypes.put(byIri.get(r.getURI()), to);
            }
        }
        for (StatementType t : StatementType.values()) {
            if (!types.containsKey(t)) {
                throw new ConfigurationException("expected an ng:StatementTypeDef with ng:typeId \"" + t + "\" in "
                        + file.name() + ", found none; add it with its CAMEO code");
            }
        }
        for (Resource r : file.instances("StatementVerb")) {
            StatementType type = ref(file, r, byIri);
            List<Role> needs = roles(file, r, "needsRole");
            verbs.add(new Verb(file.required(r, "lemma"), file.string(r, "particle"), lower(file.strings(r, "form")),
                    type, file.strings(r, "contentPreposition"), file.flag(r, "reflexive"),
                    frame(file, r, "frame", frames, types.get(type).verbFrame()),
                    List.copyOf(lower(file.strings(r, "requires"))), List.copyOf(needs),
                    file.flag(r, "conditional"), file.flag(r, "greeting")));
        }
        for (int i = 0; i < verbs.size(); i++) {
            Verb v = verbs.get(i);
            Set<String> keys = new HashSet<>(v.forms());
            keys.add(v.lemma());
            if (v.particle() != null) {
                keys.add(v.particle() + v.lemma());
            }
            for (String key : keys) {
                verbIndex.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        for (Resource r : file.instances("StatementNoun")) {
            StatementType type = ref(file, r, byIri);
            Noun n = new Noun(file.strings(r, "noun").stream().map(s -> s.toLowerCase(Locale.ROOT)).toList(),
                    type, file.strings(r, "contentPreposition"), file.flag(r, "needsContent"),
                    frame(file, r, "frame", frames, types.get(type).nounFrame()),
                    List.copyOf(lower(file.strings(r, "headLemma"))));
            n.forms().forEach(form -> nounForms.add(NounForm.of(n, form)));
        }
        for (Resource r : file.instances("StatementCues")) {
            file.wordLists(r).forEach((name, words) -> cues.computeIfAbsent(name, k -> new ArrayList<>()).addAll(words));
        }
    }

    private static List<Role> roles(LexiconFile file, Resource r, String property) {
        List<Role> out = new ArrayList<>();
        for (String spec : file.strings(r, property)) {
            try {
                out.add(Role.parse(spec));
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException(e.getMessage() + " at " + r.getURI() + " ng:" + property + " in "
                        + file.name());
            }
        }
        return out;
    }

    /** The frame ng:<property> names, else {@code fallback}; a frame is required in the end. */
    private static Frame frame(LexiconFile file, Resource r, String property, Map<String, Frame> frames,
                               Frame fallback) {
        List<Resource> named = file.resources(r, property);
        if (named.isEmpty()) {
            if (fallback == null && !property.endsWith("Frame")) {
                throw new ConfigurationException("expected " + r.getURI() + " in " + file.name() + " to name an "
                        + "ng:frame, or its statement type to declare ng:verbFrame and ng:nounFrame; found neither");
            }
            return fallback;
        }
        Frame f = frames.get(named.get(0).getURI());
        if (f == null) {
            throw new ConfigurationException("expected ng:" + property + " of " + r.getURI() + " in " + file.name()
                    + " to name an ng:StatementFrame, found " + named.get(0).getURI());
        }
        return f;
    }

    /** Loads {@code /ontology/statements.ttl} from the classpath. */
    public static StatementLexicon load() {
        return new StatementLexicon(LexiconFile.load("statements.ttl"));
    }

    /** The lexicon of {@code language}: {@code statements.ttl} plus the language's own file, if it has one. */
    public static StatementLexicon load(org.newsgraph.nlp.Language language) {
        return new StatementLexicon(LexiconFile.load(language.lexiconFiles("statements")));
    }

    private static Set<String> lower(List<String> forms) {
        Set<String> out = new HashSet<>();
        forms.forEach(f -> out.add(f.toLowerCase(Locale.ROOT)));
        return out;
    }

    private static StatementType type(LexiconFile file, Resource r) {
        String id = file.required(r, "typeId");
        try {
            return StatementType.valueOf(id);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("expected ng:typeId to be one of " + List.of(StatementType.values())
                    + ", found '" + id + "' at " + r.getURI() + " in " + file.name());
        }
    }

    private static StatementType ref(LexiconFile file, Resource r, Map<String, StatementType> byIri) {
        List<Resource> t = file.resources(r, "type");
        if (t.isEmpty() || !byIri.containsKey(t.get(0).getURI())) {
            throw new ConfigurationException("expected ng:type of " + r.getURI() + " in " + file.name()
                    + " to name an ng:StatementTypeDef, found " + t + "; fix the entry");
        }
        return byIri.get(t.get(0).getURI());
    }

    public String cameo(StatementType type) {
        return types.get(type).cameo();
    }

    /** What a negated trigger of this type says ("erkennt ... nicht an": REJECTED), or null: then it says nothing. */
    public StatementType negatedType(StatementType type) {
        return negatedTypes.get(type);
    }

    /** The code when the content is an event ("schlug ein Treffen vor"), or the plain code. */
    public String eventCameo(StatementType type) {
        String c = types.get(type).eventCameo();
        return c == null ? cameo(type) : c;
    }

    /** Entity types a target of this statement type may have, preferred first. */
    public List<EntityType> targetTypes(StatementType type) {
        return types.get(type).targetTypes();
    }

    /**
     * The verbs, in lexicon order, that a token with this lemma and surface (both lower case) can be: by lemma, by a
     * listed form, or by lemma with the particle joined on ("ankündigen"). A token no verb can be gets an empty list
     * after two lookups (this runs for every token).
     */
    public List<Verb> verbsFor(String lemma, String surface) {
        List<Integer> a = verbIndex.getOrDefault(lemma, List.of());
        List<Integer> b = verbIndex.getOrDefault(surface, List.of());
        if (a.isEmpty() && b.isEmpty()) {
            return List.of();
        }
        java.util.TreeSet<Integer> at = new java.util.TreeSet<>(a);
        at.addAll(b);
        return at.stream().map(verbs::get).toList();
    }

    /** The verbs with this lemma (without particle), in lexicon order. */
    public List<Verb> verbsWithLemma(String lemma) {
        return verbIndex.getOrDefault(lemma, List.of()).stream().map(verbs::get)
                .filter(v -> v.lemma().equals(lemma)).toList();
    }

    /** The statement noun at this token (the last part of a compound, inflections stripped), or null. */
    public Noun noun(Token t) {
        if (!(t.tag().equals("NOUN") || t.tag().equals("PROPN"))) {
            return null;
        }
        String word = t.text().toLowerCase(Locale.ROOT);
        Noun best = null;
        int bestLength = 0;
        for (NounForm f : nounForms) {
            if (f.form().length() > bestLength && f.endsAsCompound(word)) {
                best = f.noun();
                bestLength = f.form().length();
            }
        }
        return best;
    }

    /**
     * One form of a noun with its inflected spellings built once (this runs for every noun of every sentence).
     * The word ends as a compound of the form when the first spelling it ends with leaves a prefix that is empty,
     * ends in a hyphen or is at least four letters long.
     */
    private record NounForm(Noun noun, String form, String[] spellings) {

        static NounForm of(Noun noun, String form) {
            return new NounForm(noun, form, ENDINGS.stream().map(e -> form + e).toArray(String[]::new));
        }

        boolean endsAsCompound(String word) {
            for (String spelling : spellings) {
                if (word.endsWith(spelling)) {
                    int prefix = word.length() - spelling.length();
                    return prefix == 0 || word.charAt(prefix - 1) == '-' || prefix >= 4;
                }
            }
            return false;
        }
    }

    /** German noun endings tried after a form, in this order. */
    private static final List<String> ENDINGS = List.of("", "en", "n", "es", "s", "e");

    public List<String> cue(String name) {
        return cues.getOrDefault(name, List.of());
    }

    /** The phrases of a cue list as patterns, parsed once. */
    public List<org.newsgraph.extract.event.CuePattern> patterns(String name) {
        return patterns.computeIfAbsent(name,
                n -> cue(n).stream().map(org.newsgraph.extract.event.CuePattern::parse).toList());
    }

    private final java.util.concurrent.ConcurrentHashMap<String, List<org.newsgraph.extract.event.CuePattern>>
            patterns = new java.util.concurrent.ConcurrentHashMap<>();

    /** True when the token as written (not its lemma) is one of the words of the list. */
    public boolean isWord(String name, Token t) {
        return cue(name).contains(t.text().toLowerCase(Locale.ROOT));
    }

    public boolean isCue(String name, Token t) {
        for (String w : cue(name)) {
            if (CuePattern.tokenIs(t, w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
