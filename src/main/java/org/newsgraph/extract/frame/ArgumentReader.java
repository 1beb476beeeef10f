package org.newsgraph.extract.frame;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.event.ArticleAnalysis;
import org.newsgraph.extract.event.MentionIndex;
import org.newsgraph.nlp.DependencyTree;
import org.newsgraph.nlp.Token;

/**
 * Reads the arguments of a trigger from the dependency parse: which entities fill a {@link Role} of a predicate
 * token, and who its subject is.
 *
 * <pre>{@code
 * ArgumentReader args = new ArgumentReader(analysis, index, cues);
 * List<Entity> actors = args.subject(sentence, verb);
 * List<Entity> targets = args.fill(sentence, verb, Role.parse("obj"));
 * }</pre>
 *
 * What it reads for every frame, so that no lexicon entry has to: the passive (the subject role is filled by the
 * {@code obl:agent}/"von" phrase, the object role by the passive subject), coordination (each conjunct of an
 * argument; a predicate conjoined to another shares its subject), relative clauses (the relative pronoun stands for
 * the noun the clause modifies), control (a zu-infinitive's subject is its governor's subject), attributive
 * participles ("das von Biden vorgeschlagene Treffen"), reported speech ("sagte X", "X zufolge", "laut X"),
 * nationality adjectives and genitives inside a noun phrase ("die russische Regierung", "Kiews Führung"), and
 * pronouns (the latest fitting entity named before).
 */
public final class ArgumentReader {

    private static final Set<EntityType> ACTORS = Set.of(EntityType.Person, EntityType.Country,
            EntityType.Organization);
    private static final int MAX_DEPTH = 8;

    private final ArticleAnalysis analysis;
    private final MentionIndex index;
    private final FrameCues cues;

    public ArgumentReader(ArticleAnalysis analysis, MentionIndex index, FrameCues cues) {
        this.analysis = analysis;
        this.index = index;
        this.cues = cues;
    }

    public DependencyTree tree(int sentence) {
        return analysis.tree(sentence);
    }

    /**
     * True when the predicate is passive: a passive auxiliary "werden" or a passive subject depends on it, or a
     * "von" agent. "sein" with a participle is the perfect of a verb of motion or change ("ist zusammengekommen",
     * which the parser labels aux:pass), not a passive, unless an agent is named.
     */
    public boolean passive(int sentence, int predicate) {
        DependencyTree t = tree(sentence);
        int aux = auxiliaryHead(sentence, predicate);
        if (aux >= 0 && index.sentence(sentence).tokens().get(aux).lemma().equalsIgnoreCase("werden")
                && index.sentence(sentence).tokens().get(predicate).text().startsWith("ge")) {
            return true;   // "wurde ... aufgefordert" with the auxiliary as the parse's head
        }
        List<Token> tokens = index.sentence(sentence).tokens();
        boolean passiveAux = false;
        boolean perfect = false;
        boolean passiveSubject = false;
        for (int c : t.children(predicate)) {
            if (t.is(c, "aux:pass")) {
                if (cues.perfectAuxiliaries().contains(tokens.get(c).lemma().toLowerCase(Locale.ROOT))) {
                    perfect = true;   // "ist zusammengekommen": a perfect, not a passive
                } else {
                    passiveAux = true;
                }
            }
            passiveSubject |= t.is(c, "nsubj:pass");
            if (t.is(c, "obl:agent")) {
                return true;
            }
        }
        // an active subject beside a "passive" one makes that one a mis-parsed object
        return (passiveAux || passiveSubject && !perfect) && !activeSubject(sentence, predicate);
    }

    /**
     * The tokens that fill {@code role} of {@code predicate} as the parse gives it, with the passive read as active:
     * "nsubj" is the agent ({@code obl:agent}, or an oblique with "von"), "obj" the passive subject.
     */
    public List<Integer> tokens(int sentence, int predicate, Role role) {
        if (role.then() != null) {
            List<Integer> out = new ArrayList<>();
            for (int k : tokens(sentence, predicate, new Role(role.relation(), role.preposition()))) {
                out.addAll(tokens(sentence, k, role.then()));
            }
            return out;
        }
        DependencyTree t = tree(sentence);
        boolean passive = passive(sentence, predicate);
        List<Integer> out = new ArrayList<>();
        for (int c : t.children(predicate)) {
            if (matches(sentence, c, role, passive)) {
                out.add(c);
            }
        }
        int aux = auxiliaryHead(sentence, predicate);
        if (out.isEmpty() && aux >= 0) {
            for (int c : t.children(aux)) {
                if (c != predicate && matches(sentence, c, role, passive)) {
                    out.add(c);
                }
            }
        }
        if (out.isEmpty() && !passive && OBJECTS.contains(role.relation()) && role.preposition() == null) {
            for (int subject : tokens(sentence, predicate, new Role("nsubj", null))) {
                out.addAll(flatStrays(sentence, subject));
            }
        }
        return out;
    }

    private static final Set<String> OBJECTS = Set.of("obj", "iobj", "obl:arg");

    /**
     * Names the parser glued onto the subject's name as {@code flat} although they are another entity ("Joe Biden
     * Russland ... droht": Russland is the object): the flat dependents covered by a mention other than the one at
     * {@code k}.
     */
    private List<Integer> flatStrays(int sentence, int k) {
        Mention own = mentionAt(sentence, k);
        List<Integer> out = new ArrayList<>();
        for (int c : tree(sentence).children(k, "flat")) {
            Mention m = mentionAt(sentence, c);
            if (m != null && m != own && (own == null || !m.entity().equals(own.entity()))) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * The auxiliary or modal the parser made the head of this main verb ("Putin hatte X ... aufgefordert" with
     * "aufgefordert" as its xcomp), or -1.
     */
    int auxiliaryHead(int sentence, int predicate) {
        DependencyTree t = tree(sentence);
        int head = t.head(predicate);
        if (head < 0 || !(t.is(predicate, "xcomp") || t.is(predicate, "ccomp") || t.is(predicate, "conj"))) {
            return -1;
        }
        Token h = index.sentence(sentence).tokens().get(head);
        return cues.auxiliaries().contains(h.lemma().toLowerCase(Locale.ROOT)) ? head : -1;
    }

    /** True when token {@code c} is a passive's agent: {@code obl:agent}, or an oblique or nmod with "von"/"by". */
    public boolean agent(int sentence, int c) {
        DependencyTree t = tree(sentence);
        return t.is(c, "obl:agent") || (t.is(c, "obl") || t.is(c, "nmod"))
                && cues.agentPrepositions().contains(String.valueOf(preposition(sentence, c)));
    }

    private boolean matches(int sentence, int c, Role role, boolean passive) {
        DependencyTree t = tree(sentence);
        String rel = role.relation();
        if (passive && rel.equals("nsubj")) {
            return agent(sentence, c);
        }
        if (passive && rel.equals("obj")) {
            return t.is(c, "nsubj:pass");
        }
        boolean misparsedObject = !passive && t.is(c, "nsubj:pass") && activeSubject(sentence, t.head(c));
        if (rel.equals("obj") && misparsedObject) {
            return true;   // see passive(): the object of an active verb parsed as a passive subject
        }
        if (!t.is(c, rel) || rel.equals("nsubj") && misparsedObject) {
            return false;   // not passive: a lone "nsubj:pass" is the subject of a perfect with "sein"
        }
        if (role.preposition() != null && (role.preposition().isEmpty() || role.preposition().equals("-"))) {
            return preposition(sentence, c) == null;   // "nmod[]": a genitive, no preposition
        }
        return role.preposition() == null || role.preposition().equals(preposition(sentence, c));
    }

    /** True when {@code predicate} has an active subject ({@code nsubj} that is not {@code nsubj:pass}). */
    private boolean activeSubject(int sentence, int predicate) {
        DependencyTree t = tree(sentence);
        for (int c : t.children(predicate)) {
            if (t.is(c, "nsubj") && !t.is(c, "nsubj:pass")) {
                return true;
            }
        }
        return false;
    }

    /** The preposition (the {@code case} dependent) of token {@code k}, lower case, or null. */
    public String preposition(int sentence, int k) {
        DependencyTree t = tree(sentence);
        List<Token> tokens = index.sentence(sentence).tokens();
        for (int c : t.children(k)) {
            if (t.is(c, "case")) {
                String w = tokens.get(c).text().toLowerCase(Locale.ROOT);
                String lemma = tokens.get(c).lemma().toLowerCase(Locale.ROOT);
                return tokens.get(c).tag().indexOf('+') > 0 ? lemma.split("\\+")[0] : w;
            }
        }
        return null;
    }

    /** The entities that fill {@code role} of {@code predicate}, each conjunct of a coordination included. */
    public List<Entity> fill(int sentence, int predicate, Role role) {
        Set<Entity> out = new LinkedHashSet<>();
        for (int k : tokens(sentence, predicate, role)) {
            out.addAll(entitiesWithConjuncts(sentence, k));
        }
        return List.copyOf(out);
    }

    /**
     * The subject of {@code predicate}: its own subject (the agent, in the passive); else the noun a relative
     * clause modifies, the governor's subject for a zu-infinitive or a conjoined predicate, the "von" agent of an
     * attributive participle, the speaker of a clause of saying, or the source named with "laut"/"zufolge".
     */
    public List<Entity> subject(int sentence, int predicate) {
        return subject(sentence, predicate, 0, true);
    }

    /**
     * The subject of {@code predicate} as {@link #subject(int, int)} reads it, but without the speaker of a clause
     * of saying or the source of "laut X" when {@code reported} is false: for an event, who reports it ("sagte
     * Peskow") is no participant.
     */
    public List<Entity> subject(int sentence, int predicate, boolean reported) {
        return subject(sentence, predicate, 0, reported);
    }

    private List<Entity> subject(int sentence, int predicate, int depth, boolean reported) {
        DependencyTree t = tree(sentence);
        List<Token> tokens = index.sentence(sentence).tokens();
        List<Integer> subjects = tokens(sentence, predicate, new Role("nsubj", null));
        for (int s : subjects) {
            if (relativePronoun(tokens.get(s)) && t.is(predicate, "acl") && t.head(predicate) >= 0) {
                return entitiesWithConjuncts(sentence, t.head(predicate));
            }
            List<Entity> found = entitiesWithConjuncts(sentence, s);
            if (!found.isEmpty()) {
                return found;
            }
        }
        int aux = auxiliaryHead(sentence, predicate);
        if (aux >= 0 && depth <= MAX_DEPTH) {
            List<Entity> found = subject(sentence, aux, depth + 1, reported);   // "hatte Israel ... verweigert"
            if (!found.isEmpty() || !subjects.isEmpty()) {
                return found;
            }
        }
        if (!subjects.isEmpty() || depth > MAX_DEPTH) {
            return List.of();
        }
        int head = t.head(predicate);
        if (head >= 0 && t.is(predicate, "xcomp") && passive(sentence, head)) {
            for (int c : t.children(head, "nsubj:pass")) {   // "Zelensky is scheduled to meet Putin": he meets
                List<Entity> found = entitiesWithConjuncts(sentence, c);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        if (head >= 0 && (t.is(predicate, "xcomp") || t.is(predicate, "conj") || t.is(predicate, "advcl")
                && tokens.get(predicate).text().toLowerCase(Locale.ROOT).contains("zu"))) {
            return subject(sentence, head, depth + 1, reported);
        }
        if (!reported) {
            return List.of();
        }
        if (head >= 0 && (t.is(predicate, "ccomp") || t.is(predicate, "parataxis")) && speech(tokens.get(head))) {
            return subject(sentence, head, depth + 1, reported);
        }
        for (int c : t.children(predicate)) {
            if ((t.is(c, "parataxis") || t.is(c, "conj")) && speech(tokens.get(c))) {
                List<Entity> speaker = subject(sentence, c, depth + 1, reported);
                if (!speaker.isEmpty()) {
                    return speaker;
                }
            }
        }
        return source(sentence);
    }

    /** "laut X", "X zufolge", "according to X": the source the sentence names, or nothing. */
    public List<Entity> source(int sentence) {
        DependencyTree t = tree(sentence);
        List<Token> tokens = index.sentence(sentence).tokens();
        for (int k = 0; k < tokens.size(); k++) {
            if (t.is(k, "case") && cues.sourcePrepositions().contains(tokens.get(k).text().toLowerCase(Locale.ROOT))
                    && t.head(k) >= 0) {
                List<Entity> e = actors(entitiesWithConjuncts(sentence, t.head(k)));
                if (!e.isEmpty()) {
                    return e;
                }
            }
        }
        return List.of();
    }

    private boolean speech(Token t) {
        return cues.speechVerbs().contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    private static boolean relativePronoun(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        return t.tag().equals("PRON") && (w.equals("der") || w.equals("die") || w.equals("das") || w.equals("welche")
                || w.equals("welcher") || w.equals("who") || w.equals("which") || w.equals("that"));
    }

    /** The entities of token {@code k} and of each conjunct coordinated with it. */
    public List<Entity> entitiesWithConjuncts(int sentence, int k) {
        DependencyTree t = tree(sentence);
        Set<Entity> out = new LinkedHashSet<>();
        Entity e = entityAt(sentence, k);
        if (e != null) {
            out.add(e);
        } else if (pluralSubject(sentence, k)) {
            out.addAll(latestGroup(sentence, k));
        }
        for (int c : t.children(k, "conj")) {
            out.addAll(entitiesWithConjuncts(sentence, c));
        }
        if (mentionAt(sentence, k) == null && isNoun(sentence, k)) {
            // "four leaders – A of X, B of Y and C": a list set off from a plural noun names its members
            for (String rel : List.of("appos", "dep")) {
                for (int c : t.children(k, rel)) {
                    if (mentionAt(sentence, c) != null && !t.children(c, "conj").isEmpty()) {
                        out.addAll(entitiesWithConjuncts(sentence, c));
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    private boolean isNoun(int sentence, int k) {
        return "NOUN".equals(index.sentence(sentence).tokens().get(k).tag());
    }

    /**
     * The entity token {@code k} names: a mention covering it; else one in its noun phrase (a nationality
     * adjective, a genitive, an apposition, a name after a role noun); else, for a pronoun or a possessive, the
     * latest fitting entity named before it. Null when there is none.
     */
    public Entity entityAt(int sentence, int k) {
        Mention m = mentionAt(sentence, k);
        if (m != null) {
            return titled(sentence, k, m).entity();
        }
        DependencyTree t = tree(sentence);
        for (String rel : List.of("flat", "appos", "nmod:poss", "det:poss", "nmod", "amod", "compound")) {
            for (int c : t.children(k, rel)) {
                Mention inner = mentionAt(sentence, c);
                String prep = rel.equals("nmod") ? preposition(sentence, c) : null;
                if (prep != null && !cues.exemplifying().contains(prep)
                        && (inner == null || !inner.rule().equals("capital"))) {
                    continue;   // a noun names a party by its genitive, by its seat ("die Regierung in Kiew"), or
                }               // by examples ("Länder wie Russland")
                if (inner != null && ACTORS.contains(inner.entity().type())) {
                    return inner.entity();
                }
                if (rel.equals("det:poss") || rel.equals("nmod:poss")) {
                    Entity p = pronoun(sentence, c);
                    if (p != null) {
                        return p;
                    }
                }
            }
        }
        return pronoun(sentence, k);
    }

    /**
     * The mention a name phrase headed by {@code k} stands for: {@code m}, the mention at {@code k}, unless that is a
     * state or an organisation whose {@code flat} dependents hold a person ("Frankreichs Präsident Emmanuel Macron",
     * which the parser heads with the genitive "Frankreichs"): then the person, whom the phrase names.
     */
    public Mention titled(int sentence, int k, Mention m) {
        if (m.entity().type() == EntityType.Person) {
            return m;
        }
        for (int c : tree(sentence).children(k, "flat")) {
            Mention inner = mentionAt(sentence, c);
            if (inner != null && inner != m && inner.entity().type() == EntityType.Person) {
                return inner;
            }
        }
        return m;
    }

    /** The mention covering token {@code k}, or null. */
    public Mention mentionAt(int sentence, int k) {
        for (Mention m : index.in(sentence)) {
            if (m.firstToken() <= k && k <= m.lastToken()) {
                return m;
            }
        }
        return null;
    }

    /** A personal or possessive pronoun at {@code k}: the latest fitting entity named before it, or null. */
    private Entity pronoun(int sentence, int k) {
        Token tok = index.sentence(sentence).tokens().get(k);
        String w = tok.text().toLowerCase(Locale.ROOT);
        boolean person = cues.personPronouns().contains(w) || cues.possessivePerson().contains(w);
        boolean group = cues.groupPronouns().contains(w) || cues.possessiveGroup().contains(w);
        if (!(tok.tag().equals("PRON") || tok.tag().equals("DET")) || !person && !group) {
            return null;
        }
        if (person && group && tok.tag().equals("PRON") && pluralVerb(sentence, k)) {
            return null;   // "sie vereinbarten": a group, not the latest party
        }
        boolean subject = person && tree(sentence).is(k, "nsubj");
        for (int s = sentence; s >= Math.max(0, sentence - 3); s--) {
            List<Mention> ms = index.in(s);
            Entity earlierSubject = subject && s < sentence ? personSubject(s) : null;
            if (earlierSubject != null) {
                return earlierSubject;   // "Biden traf Xi. Zugleich warnte er, ...": he is Biden, the subject
            }
            for (int i = ms.size() - 1; i >= 0; i--) {
                Mention m = ms.get(i);
                if (s == sentence && m.firstToken() >= k || m.rule().equals("adjective")) {
                    continue;
                }
                EntityType type = m.entity().type();
                if (type == EntityType.Person && person || ACTORS.contains(type) && group) {
                    return m.entity();
                }
            }
        }
        return null;
    }

    /**
     * The person who is the subject of sentence {@code s}'s main clause ("Biden" in "Biden traf am Montag Xi"), or
     * null: a subject pronoun of the next sentence continues its subject, not the latest name.
     */
    private Entity personSubject(int s) {
        DependencyTree t = tree(s);
        int root = t.root();
        for (Mention m : index.in(s)) {
            int h = headOf(t, m);
            if (m.entity().type() == EntityType.Person && !m.rule().equals("adjective") && t.is(h, "nsubj")
                    && t.head(h) == root) {
                return m.entity();
            }
        }
        return null;
    }

    /** "sie vereinbarten": a personal pronoun that is both singular and plural, as the subject of a plural verb. */
    private boolean pluralSubject(int sentence, int k) {
        Token tok = index.sentence(sentence).tokens().get(k);
        String w = tok.text().toLowerCase(Locale.ROOT);
        return tok.tag().equals("PRON") && cues.personPronouns().contains(w) && cues.groupPronouns().contains(w)
                && pluralVerb(sentence, k);
    }

    /**
     * The latest coordinated group of two or more persons named before token {@code k} ("Scholz, Macron und Draghi
     * reisten nach Kiew. Dort trafen sie Selenskyj."), in this sentence or the two before; empty when there is none.
     */
    private List<Entity> latestGroup(int sentence, int k) {
        for (int s = sentence; s >= Math.max(0, sentence - 2); s--) {
            List<Mention> ms = index.in(s);
            DependencyTree t = tree(s);
            for (int i = ms.size() - 1; i >= 0; i--) {
                Mention m = ms.get(i);
                if (s == sentence && m.firstToken() >= k || m.entity().type() != EntityType.Person) {
                    continue;
                }
                int first = headOf(t, m);
                while (first >= 0 && t.is(first, "conj") && t.head(first) >= 0) {
                    first = t.head(first);
                }
                if (first < 0) {
                    continue;
                }
                List<Entity> group = new ArrayList<>();
                for (Entity g : entitiesWithConjunctsOf(s, first)) {
                    if (g.type() == EntityType.Person && !group.contains(g)) {
                        group.add(g);
                    }
                }
                if (group.size() >= 2) {
                    return group;
                }
            }
        }
        return List.of();
    }

    /** The mention's token whose head lies outside it. */
    private static int headOf(DependencyTree t, Mention m) {
        for (int j = m.firstToken(); j <= m.lastToken(); j++) {
            int h = t.head(j);
            if (h < m.firstToken() || h > m.lastToken()) {
                return j;
            }
        }
        return m.firstToken();
    }

    /**
     * The named entities of a token and its conjuncts: unlike {@link #entitiesWithConjuncts}, no pronoun and no
     * entity inside a noun phrase ("der Präsident Frankreichs") counts, as a group of persons is named by its names.
     */
    private List<Entity> entitiesWithConjunctsOf(int sentence, int k) {
        DependencyTree t = tree(sentence);
        List<Entity> out = new ArrayList<>();
        Mention m = mentionAt(sentence, k);
        if (m != null) {
            out.add(m.entity());
        }
        for (int c : t.children(k, "conj")) {
            out.addAll(entitiesWithConjunctsOf(sentence, c));
        }
        return out;
    }

    /** The verb a subject pronoun depends on ends like a plural ("vereinbarten", "haben"). */
    private boolean pluralVerb(int sentence, int k) {
        DependencyTree t = tree(sentence);
        int head = t.head(k);
        if (head < 0 || !t.is(k, "nsubj")) {
            return false;
        }
        List<Token> tokens = index.sentence(sentence).tokens();
        for (int c : t.children(head)) {
            if ((t.is(c, "aux") || t.is(c, "cop")) && c < head) {
                return tokens.get(c).text().endsWith("n");
            }
        }
        String v = tokens.get(head).text();
        return v.endsWith("en") || v.endsWith("ten");
    }

    /** True when {@code k} is a reflexive pronoun ("sich", "einander"). */
    public boolean reflexive(int sentence, int k) {
        return cues.reflexives().contains(index.sentence(sentence).tokens().get(k).text().toLowerCase(Locale.ROOT));
    }

    /** True when the predicate has a reciprocal adverb ("gegenseitig") and a reflexive object. */
    public boolean reciprocal(int sentence, int predicate) {
        DependencyTree t = tree(sentence);
        List<Token> tokens = index.sentence(sentence).tokens();
        boolean adverb = false;
        boolean reflexive = false;
        for (int c : t.children(predicate)) {
            adverb |= cues.reciprocals().contains(tokens.get(c).text().toLowerCase(Locale.ROOT));
            for (int g : t.children(c)) {   // "sich gegenseitige Verstöße vorwerfen": on the object
                adverb |= cues.reciprocals().contains(tokens.get(g).text().toLowerCase(Locale.ROOT)
                        .replaceAll("(e|en|er|es|em)$", ""));
            }
            reflexive |= (t.is(c, "obj") || t.is(c, "iobj") || t.is(c, "expl") || t.is(c, "obl")) && reflexive(sentence, c);
        }
        return adverb && reflexive;
    }

    private static List<Entity> actors(List<Entity> entities) {
        return entities.stream().filter(e -> ACTORS.contains(e.type())).toList();
    }
}
