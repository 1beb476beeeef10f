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
import org.newsgraph.nlp.Token;

/**
 * The statement lexicon of {@code ontology/statements.ttl}: verbs with separable particles, nouns, CAMEO codes and the
 * cue classes the extractor needs. Immutable; load once and share.
 */
public final class StatementLexicon {

    /** A statement verb; {@code particle} is null for a verb that is not separable. */
    public record Verb(String lemma, String particle, Set<String> forms, StatementType type, List<String> contentPrepositions,
                       boolean reflexive) { }

    /** A statement noun. */
    public record Noun(List<String> forms, StatementType type, List<String> contentPrepositions, boolean needsContent) { }

    private record TypeDef(String cameo, String eventCameo, List<EntityType> targetTypes) { }

    private final Map<StatementType, TypeDef> types = new EnumMap<>(StatementType.class);
    private final List<Verb> verbs = new ArrayList<>();
    private final List<Noun> nouns = new ArrayList<>();
    private final Map<String, List<String>> cues = new HashMap<>();

    private StatementLexicon(LexiconFile file) {
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
            types.put(type, new TypeDef(file.required(r, "cameo"), file.string(r, "eventCameo"), targets));
        }
        for (StatementType t : StatementType.values()) {
            if (!types.containsKey(t)) {
                throw new ConfigurationException("expected an ng:StatementTypeDef with ng:typeId \"" + t + "\" in "
                        + file.name() + ", found none; add it with its CAMEO code");
            }
        }
        for (Resource r : file.instances("StatementVerb")) {
            verbs.add(new Verb(file.required(r, "lemma"), file.string(r, "particle"), lower(file.strings(r, "form")),
                    ref(file, r, byIri), file.strings(r, "contentPreposition"), file.flag(r, "reflexive")));
        }
        for (Resource r : file.instances("StatementNoun")) {
            nouns.add(new Noun(file.strings(r, "noun").stream().map(s -> s.toLowerCase(Locale.ROOT)).toList(),
                    ref(file, r, byIri), file.strings(r, "contentPreposition"), file.flag(r, "needsContent")));
        }
        for (Resource r : file.instances("StatementCues")) {
            file.wordLists(r).forEach((name, words) -> cues.computeIfAbsent(name, k -> new ArrayList<>()).addAll(words));
        }
    }

    /** Loads {@code /ontology/statements.ttl} from the classpath. */
    public static StatementLexicon load() {
        return new StatementLexicon(LexiconFile.load("statements.ttl"));
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

    /** The code when the content is an event ("schlug ein Treffen vor"), or the plain code. */
    public String eventCameo(StatementType type) {
        String c = types.get(type).eventCameo();
        return c == null ? cameo(type) : c;
    }

    /** Entity types a target of this statement type may have, preferred first. */
    public List<EntityType> targetTypes(StatementType type) {
        return types.get(type).targetTypes();
    }

    public List<Verb> verbs() {
        return verbs;
    }

    /** The statement noun at this token (the last part of a compound, inflections stripped), or null. */
    public Noun noun(Token t) {
        if (!(t.tag().equals("NOUN") || t.tag().equals("PROPN"))) {
            return null;
        }
        String word = t.text().toLowerCase(Locale.ROOT);
        Noun best = null;
        int bestLength = 0;
        for (Noun n : nouns) {
            for (String form : n.forms()) {
                if (endsAsCompound(word, form) && form.length() > bestLength) {
                    best = n;
                    bestLength = form.length();
                }
            }
        }
        return best;
    }

    private static boolean endsAsCompound(String word, String form) {
        for (String ending : List.of("", "en", "n", "es", "s", "e")) {
            if (word.endsWith(form + ending)) {
                String prefix = word.substring(0, word.length() - form.length() - ending.length());
                return prefix.isEmpty() || prefix.endsWith("-") || prefix.length() >= 4;
            }
        }
        return false;
    }

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
