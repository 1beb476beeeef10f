package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Resource;
import org.newsgraph.ConfigurationException;
import org.newsgraph.extract.EventKind;
import org.newsgraph.extract.EventStatus;
import org.newsgraph.extract.frame.Role;
import org.newsgraph.nlp.Token;

/**
 * The event trigger lexicon of {@code ontology/events.ttl}: noun and verb triggers per kind with their argument
 * frames ({@link EventFrame}), modifiers that change the kind, status cues and the small word classes the extractor
 * needs. Immutable; load once and share.
 *
 * <p>Design decision: nouns match as the last part of a compound ("Klima-Gipfel" ends with "gipfel"), the longest
 * listed noun winning ("Videogipfel" before "Gipfel"), so new compounds need no new entry.
 */
public final class EventLexicon {

    /** A verb that announces an event, with the frame its participants are read from. */
    public record VerbTrigger(String lemma, Set<String> forms, EventKind kind, EventFrame frame,
                              boolean needsModifier, String stem, String particle) { }

    /** A phrase or compound prefix that changes an event's kind or CAMEO code. */
    public record Modifier(List<CuePattern> phrases, List<String> prefixes, EventKind toKind, Set<EventKind> appliesTo,
                           String cameo) { }

    /** A pattern that gives an event's status, with its priority (higher wins). */
    public record StatusCue(CuePattern pattern, EventStatus status, int priority, boolean hostOnly) { }

    /** A noun trigger found in a token, with the frame of its kind. */
    public record NounMatch(String noun, EventKind kind, boolean generic, EventFrame frame) { }

    /** A noun trigger; {@code words} are the words of a multi-word one ("Gespräch unter vier Augen"). */
    private record Noun(String form, EventKind kind, String[] words) {
        Noun(String form, EventKind kind) {
            this(form, kind, form.split(" "));
        }
    }

    private final Map<EventKind, String> cameo = new EnumMap<>(EventKind.class);
    private final Map<EventKind, String> family = new EnumMap<>(EventKind.class);
    private final Map<EventKind, EventFrame> nounFrames = new EnumMap<>(EventKind.class);
    private final List<Noun> nouns = new ArrayList<>();
    private final java.util.concurrent.ConcurrentHashMap<String, List<CuePattern>> patterns =
            new java.util.concurrent.ConcurrentHashMap<>();
    /** Verb lemma -> its stem without the infinitive ending ("telefonieren" -> "telefonier"). */
    private final Map<String, String> verbStems = new java.util.HashMap<>();
    /** The noun triggers of several words ("video call") and of one word, each in the order of {@link #nouns}. */
    private final List<Noun> multiWordNouns = new ArrayList<>();
    private final List<Noun> singleWordNouns = new ArrayList<>();
    private final Set<String> genericNouns = new HashSet<>();
    private final Set<EventKind> containers = java.util.EnumSet.noneOf(EventKind.class);
    private final Map<EventKind, EventKind> refines = new java.util.EnumMap<>(EventKind.class);
    private final List<VerbTrigger> verbs = new ArrayList<>();
    private final List<Modifier> modifiers = new ArrayList<>();
    private final List<StatusCue> statusCues = new ArrayList<>();
    private final Map<String, List<String>> cues;

    private EventLexicon(LexiconFile file) {
        Map<String, EventKind> byIri = new java.util.HashMap<>();
        Map<String, EventFrame> frames = frames(file);
        for (Resource r : file.instances("EventKindDef")) {
            EventKind kind = kind(file, r, file.required(r, "kindId"));
            byIri.put(r.getURI(), kind);
            cameo.put(kind, file.required(r, "cameo"));
            family.put(kind, file.required(r, "family"));
            if (file.flag(r, "container")) {
                containers.add(kind);
            }
            nounFrames.put(kind, frame(file, r, "nounFrame", frames));
            for (String n : file.strings(r, "noun")) {
                nouns.add(new Noun(normal(n), kind));
            }
            for (String n : file.strings(r, "genericNoun")) {
                genericNouns.add(normal(n));
                if (nouns.stream().noneMatch(x -> x.form().equals(normal(n)))) {
                    nouns.add(new Noun(normal(n), kind));
                }
            }
        }
        for (Resource r : file.instances("EventKindDef")) {
            for (Resource general : file.resources(r, "refines")) {
                refines.put(byIri.get(r.getURI()), byIri.get(general.getURI()));
            }
        }
        for (EventKind k : EventKind.values()) {
            if (!cameo.containsKey(k)) {
                throw new ConfigurationException("expected an ng:EventKindDef with ng:kindId \"" + k.id() + "\" in "
                        + file.name() + ", found none; add it with its CAMEO code");
            }
        }
        nouns.sort(Comparator.comparingInt((Noun n) -> -n.form().length()).thenComparing(Noun::form));
        nouns.forEach(n -> (n.words().length > 1 ? multiWordNouns : singleWordNouns).add(n));
        for (Resource r : file.instances("VerbTrigger")) {
            verbs.add(new VerbTrigger(file.required(r, "lemma"), new HashSet<>(file.strings(r, "form")),
                    ref(file, r, "kind", byIri), frame(file, r, "frame", frames), file.flag(r, "needsModifier"),
                    file.string(r, "stem"), file.string(r, "particle")));
        }
        verbs.forEach(v -> verbStems.put(v.lemma(), v.lemma().replaceAll("(e?n)$", "")));
        for (Resource r : file.instances("Modifier")) {
            Set<EventKind> applies = new HashSet<>();
            file.resources(r, "appliesTo").forEach(a -> applies.add(byIri.get(a.getURI())));
            List<Resource> to = file.resources(r, "toKind");
            modifiers.add(new Modifier(file.strings(r, "phrase").stream().map(CuePattern::parse).toList(),
                    file.strings(r, "prefix").stream().map(EventLexicon::normal).toList(),
                    to.isEmpty() ? null : byIri.get(to.get(0).getURI()), applies, file.string(r, "cameo")));
        }
        for (Resource r : file.instances("StatusCue")) {
            EventStatus status = EventStatus.fromId(file.required(r, "status"));
            int priority = Integer.parseInt(file.required(r, "priority"));
            boolean hostOnly = file.flag(r, "hostOnly");
            file.strings(r, "pattern").forEach(p -> statusCues.add(new StatusCue(CuePattern.parse(p), status, priority,
                    hostOnly)));
        }
        statusCues.sort(Comparator.comparingInt(StatusCue::priority).reversed());
        cues = new java.util.HashMap<>();
        for (Resource r : file.instances("Cues")) {
            file.wordLists(r).forEach((name, words) -> cues.computeIfAbsent(name, k -> new ArrayList<>()).addAll(words));
        }
    }

    /** Loads {@code /ontology/events.ttl} from the classpath. */
    public static EventLexicon load() {
        return new EventLexicon(LexiconFile.load("events.ttl"));
    }

    /** The lexicon of {@code language}: {@code events.ttl} plus the language's own file, if it has one. */
    public static EventLexicon load(org.newsgraph.nlp.Language language) {
        return new EventLexicon(LexiconFile.load(language.lexiconFiles("events")));
    }

    private static EventKind kind(LexiconFile file, Resource r, String id) {
        try {
            return EventKind.fromId(id);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(e.getMessage() + " (at " + r.getURI() + " in " + file.name() + ")");
        }
    }

    private static Map<String, EventFrame> frames(LexiconFile file) {
        Map<String, EventFrame> frames = new java.util.HashMap<>();
        for (Resource r : file.instances("EventFrame")) {
            try {
                frames.put(r.getURI(), new EventFrame(r.getURI(), roles(file, r, "participantRole"),
                        roles(file, r, "requiredRole"), roles(file, r, "governorRole"), file.flag(r, "partyRequired")));
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException(e.getMessage() + " (at " + r.getURI() + " in " + file.name() + ")");
            }
        }
        return frames;
    }

    private static List<Role> roles(LexiconFile file, Resource r, String property) {
        return file.strings(r, property).stream().map(Role::parse).toList();
    }

    private static EventFrame frame(LexiconFile file, Resource r, String property, Map<String, EventFrame> frames) {
        List<Resource> values = file.resources(r, property);
        if (values.size() != 1 || !frames.containsKey(values.get(0).getURI())) {
            throw new ConfigurationException("expected ng:" + property + " of " + r.getURI() + " in " + file.name()
                    + " to name one ng:EventFrame, found " + values + "; add the frame or fix the entry");
        }
        return frames.get(values.get(0).getURI());
    }

    private static EventKind ref(LexiconFile file, Resource r, String property, Map<String, EventKind> byIri) {
        List<Resource> values = file.resources(r, property);
        if (values.isEmpty() || !byIri.containsKey(values.get(0).getURI())) {
            throw new ConfigurationException("expected ng:" + property + " of " + r.getURI() + " in " + file.name()
                    + " to name an ng:EventKindDef, found " + values + "; fix the entry");
        }
        return byIri.get(values.get(0).getURI());
    }

    static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).strip();
    }

    public String cameo(EventKind kind) {
        return cameo.get(kind);
    }

    /**
     * True for a kind that holds other events ({@code ng:container}): a meeting during a visit is an event of its
     * own, so within an article only mentions of the same kind join a visit.
     */
    public boolean isContainer(EventKind kind) {
        return containers.contains(kind);
    }

    /** True when {@code kind} is a particular case of {@code general} ({@code ng:refines}: a summit is a meeting). */
    public boolean refines(EventKind kind, EventKind general) {
        return refines.get(kind) == general;
    }

    /** The family of a kind: kinds of one family can denote the same real event across reports. */
    public String family(EventKind kind) {
        return family.get(kind);
    }

    /** The noun trigger ending at token {@code i}, multi-word entries ("video call") first; or null. */
    public NounMatch nounAt(List<Token> tokens, int i) {
        for (Noun n : multiWordNouns) {
            String[] words = n.words();
            int first = i - words.length + 1;
            if (first >= 0) {
                boolean all = true;
                for (int k = 0; k < words.length && all; k++) {
                    String w = tokens.get(first + k).text();
                    all = sameWord(w, words[k]) || k == words.length - 1 && isPlural(w, words[k]);
                }
                if (all) {
                    return new NounMatch(n.form(), n.kind(), isGeneric(n.form()), nounFrames.get(n.kind()));
                }
            }
        }
        return noun(tokens.get(i));
    }

    /** "calls" for "call": the token, lower-cased, is the word with an "s" appended. */
    private static boolean isPlural(String token, String word) {
        if (!isAscii(token) || !isAscii(word)) {
            return normal(token).equals(word + "s");
        }
        return token.length() == word.length() + 1 && token.regionMatches(true, 0, word, 0, word.length())
                && Character.toLowerCase(token.charAt(word.length())) == 's';
    }

    /**
     * The token lower-cased as {@link #normal} does equals {@code word}; for ASCII (nearly every comparison) without
     * making a new string, since ignoring case is then the same as lower-casing.
     */
    private static boolean sameWord(String token, String word) {
        return isAscii(token) && isAscii(word) ? token.equalsIgnoreCase(word) : normal(token).equals(word);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    /** The noun trigger at this token, or null. Matches the surface, inflection-stripped forms and the lemma. */
    public NounMatch noun(Token t) {
        if (!("NOUN".equals(t.tag()) || "PROPN".equals(t.tag()) || "X".equals(t.tag()))) {
            return null;
        }
        for (String form : candidates(t)) {
            for (Noun n : singleWordNouns) {
                if (endsAsCompound(form, n.form())) {
                    return new NounMatch(n.form(), n.kind(), isGeneric(n.form()), nounFrames.get(n.kind()));
                }
            }
        }
        return null;
    }

    /**
     * True when an event named by {@code trigger} (as stored in {@code Event.trigger}) may be the same as an event of
     * another kind family: a generic noun ("Gespräch"), or a verb of meeting or consulting ("trafen", "berieten").
     */
    public boolean isGenericTrigger(String trigger, EventKind kind) {
        if (trigger == null) {
            return true;
        }
        String word = normal(trigger);
        for (String form : List.of(word, word.replaceAll("(es|s|en|n|e)$", ""))) {
            for (Noun n : nouns) {
                if (endsAsCompound(form, n.form())) {
                    return isGeneric(n.form());
                }
            }
        }
        return kind == EventKind.MEETING || kind == EventKind.CONSULTATION;
    }

    /** True when the noun (as matched) may refer back to an event of another kind ("das Gespräch"). */
    public boolean isGeneric(String noun) {
        return genericNouns.contains(noun);
    }

    private static List<String> candidates(Token t) {
        String s = normal(t.text());
        List<String> out = new ArrayList<>(List.of(s));
        for (String ending : List.of("es", "s", "en", "n", "e")) {
            if (s.endsWith(ending) && s.length() > ending.length() + 3) {
                out.add(s.substring(0, s.length() - ending.length()));
            }
        }
        out.add(normal(t.lemma()));
        return out;
    }

    private static boolean endsAsCompound(String word, String noun) {
        if (!word.endsWith(noun)) {
            return false;
        }
        int prefix = word.length() - noun.length();
        return prefix == 0 || word.charAt(prefix - 1) == '-' || prefix >= 3;
    }

    /** The verb trigger at this token (by lemma, or by a listed form), or null. */
    public VerbTrigger verb(Token t, boolean sentenceInitial) {
        String surface = normal(t.text());
        boolean lowerCase = !Character.isUpperCase(t.text().charAt(0));
        boolean verbTag = "VERB".equals(t.tag()) || "AUX".equals(t.tag()) || "ADJ".equals(t.tag());
        boolean verbLike = verbTag || lowerCase || sentenceInitial && !"NOUN".equals(t.tag());
        if (!verbLike) {
            return null;
        }
        String lemma = normal(t.lemma());
        for (VerbTrigger v : verbs) {
            String stem = verbStems.get(v.lemma());
            if (lemma.equals(v.lemma()) || v.forms().contains(surface)
                    || lowerCase && stem.length() >= 5 && surface.startsWith(stem)) {
                return v;
            }
        }
        return null;
    }

    /** A separable verb trigger whose stem is at {@code i} and whose particle closes the clause, or null. */
    public VerbTrigger separableAt(List<Token> tokens, int i) {
        for (VerbTrigger v : verbs) {
            if (v.stem() == null || !normal(tokens.get(i).lemma()).equals(v.stem())) {
                continue;
            }
            for (int k = i + 1; k < tokens.size() && !tokens.get(k).text().matches("[,;:.]"); k++) {
                if (normal(tokens.get(k).text()).equals(v.particle())) {
                    return v;
                }
            }
        }
        return null;
    }

    public List<Modifier> modifiers() {
        return modifiers;
    }

    /** Status cues, highest priority first. */
    public List<StatusCue> statusCues() {
        return statusCues;
    }

    /** A closed word class from {@code ng:Cues}: anchorPhrase, topicPreposition, rolePlural, ... */
    public List<String> cue(String name) {
        return cues.getOrDefault(name, List.of());
    }

    /** The phrases of a cue list as patterns, parsed once. */
    public List<CuePattern> patterns(String name) {
        return patterns.computeIfAbsent(name, n -> cue(n).stream().map(CuePattern::parse).toList());
    }

    /** True when the token as written (not its lemma) is one of the words of the list. */
    public boolean isWord(String name, Token t) {
        return cue(name).contains(t.text().toLowerCase(Locale.ROOT));
    }

    public boolean isCue(String name, Token t) {
        for (String w : cue(name)) {
            if (CuePattern.tokenIs(t, normal(w))) {
                return true;
            }
        }
        return false;
    }
}
