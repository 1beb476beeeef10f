package org.newsgraph.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.StatementType;
import org.newsgraph.extract.event.MentionIndex;
import org.newsgraph.extract.frame.ArgumentReader;
import org.newsgraph.extract.frame.Role;
import org.newsgraph.nlp.DependencyTree;
import org.newsgraph.nlp.Token;

/**
 * The statement candidates of one sentence, read from its dependency parse through each trigger's frame
 * ({@link StatementLexicon.Frame}): the actor from the frame's actor roles (the subject, with what
 * {@link ArgumentReader} resolves: passive, relative clause, control, coordination, speech, pronouns), the target
 * from its target roles, the content from its content roles; a reciprocal ("werfen sich gegenseitig vor") gives one
 * statement each way; a noun takes the subject of the light verb it depends on ("erhob den Vorwurf").
 *
 * <pre>{@code
 * List<Candidate> found = new ParsedStatements(lexicon, index, reader).find(sentence);
 * }</pre>
 *
 * The sentence is parsed only when one of its tokens can be a trigger.
 */
final class ParsedStatements {

    private static final Role SUBJECT = new Role("nsubj", null);
    private static final Role OBJECT = new Role("obj", null);

    private final StatementLexicon lexicon;
    private final MentionIndex index;
    private final ArgumentReader args;
    /** "sentence|type" of the negated verbs {@link #find} met. */
    private final java.util.Set<String> negatedKeys = new java.util.HashSet<>();

    ParsedStatements(StatementLexicon lexicon, MentionIndex index, ArgumentReader args) {
        this.lexicon = lexicon;
        this.index = index;
        this.args = args;
    }

    List<Candidate> find(int sentence) {
        List<Token> tokens = index.sentence(sentence).tokens();
        if (!hasTriggerWord(tokens) || !hasActor(sentence)) {
            return List.of();
        }
        DependencyTree t = args.tree(sentence);
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (MentionIndex.inQuote(tokens, i)) {
                continue;
            }
            StatementLexicon.Verb verb = verbAt(sentence, t, i);
            if (verb != null) {
                fromVerb(sentence, t, i, verb, out);
                continue;
            }
            StatementLexicon.Noun noun = lexicon.noun(tokens.get(i));
            if (noun != null && tokens.get(i).tag().equals("NOUN")) {
                fromNoun(sentence, t, i, noun, out);
            }
        }
        return out;
    }

    /** A cheap look at the words before parsing: a statement verb's lemma or form, or a statement noun. */
    private boolean hasTriggerWord(List<Token> tokens) {
        for (Token tok : tokens) {
            if (!lexicon.verbsFor(tok.lemma().toLowerCase(Locale.ROOT), tok.text().toLowerCase(Locale.ROOT)).isEmpty()
                    || lexicon.noun(tok) != null) {
                return true;
            }
        }
        return false;
    }

    private boolean hasActor(int sentence) {
        return sentence >= 0 && (!index.in(sentence).isEmpty() || sentence > 0);
    }

    // --- verbs ---------------------------------------------------------------------------------------------

    private StatementLexicon.Verb verbAt(int sentence, DependencyTree t, int i) {
        Token tok = index.sentence(sentence).tokens().get(i);
        if (!(tok.tag().equals("VERB") || tok.tag().equals("AUX")
                || tok.tag().equals("ADJ") && (attributive(t, i) || !t.children(i, "cop").isEmpty()))) {
            return null;   // a verb, an attributive participle, or a predicative adjective ("sich einig sein")
        }
        String surface = tok.text().toLowerCase(Locale.ROOT);
        String lemma = tok.lemma().toLowerCase(Locale.ROOT);
        String particle = particle(sentence, t, i);
        StatementLexicon.Verb plain = null;
        for (StatementLexicon.Verb v : lexicon.verbsFor(lemma, surface)) {
            if (!fits(sentence, t, i, v)) {
                continue;
            }
            boolean stem = lemma.equals(v.lemma()) || v.forms().contains(surface);
            if (v.particle() == null) {
                if (stem && particle == null && plain == null) {
                    plain = v;
                }
                continue;
            }
            boolean joined = lemma.equals(v.particle() + v.lemma())
                    || v.forms().contains(surface) && surface.startsWith(v.particle());
            if (joined || stem && v.particle().equals(particle)) {
                return v;
            }
        }
        return plain;
    }

    /** The separable particle of verb {@code i} ("vor" of "warf ... vor"), lower case, or null. */
    private String particle(int sentence, DependencyTree t, int i) {
        for (int c : t.children(i, "compound:prt")) {
            return index.sentence(sentence).tokens().get(c).text().toLowerCase(Locale.ROOT);
        }
        return null;
    }

    /** The verb's conditions: "sich", a required word, a required role, a conditional sentence. */
    private boolean fits(int sentence, DependencyTree t, int i, StatementLexicon.Verb v) {
        List<Token> tokens = index.sentence(sentence).tokens();
        if (v.reflexive() && java.util.Arrays.stream(t.children(i)).noneMatch(c -> args.reflexive(sentence, c))) {
            return false;
        }
        if (!v.requires().isEmpty() && java.util.Arrays.stream(t.children(i))
                .noneMatch(c -> v.requires().contains(tokens.get(c).text().toLowerCase(Locale.ROOT)))) {
            return false;
        }
        if (!v.needsRoles().isEmpty() && v.needsRoles().stream().allMatch(role -> args.tokens(sentence, i, role)
                .isEmpty() && !pronominalAdverb(sentence, t, i, role.preposition()))) {
            return false;
        }
        if (v.greeting() && args.tokens(sentence, i, OBJECT).stream().anyMatch(k -> {
                org.newsgraph.extract.Entity e = args.entityAt(sentence, k);
                return e != null && e.type() == org.newsgraph.extract.EntityType.Person;
            })) {
            return false;
        }
        return !v.conditional() || tokens.stream().anyMatch(tok -> lexicon.isCue("conditional", tok));
    }

    /** "pochte darauf, dass ...": the role's preposition as a pronominal adverb ("da(r)" + preposition). */
    private boolean pronominalAdverb(int sentence, DependencyTree t, int i, String preposition) {
        if (preposition == null) {
            return false;
        }
        List<Token> tokens = index.sentence(sentence).tokens();
        return java.util.Arrays.stream(t.children(i)).mapToObj(c -> tokens.get(c).text().toLowerCase(Locale.ROOT))
                .anyMatch(w -> w.equals("da" + preposition) || w.equals("dar" + preposition));
    }

    /** "die von den USA unterstützte Regierung": a participle modifying a noun. */
    private static boolean attributive(DependencyTree t, int i) {
        return (t.is(i, "amod") || t.is(i, "acl")) && t.head(i) >= 0;
    }

    /**
     * True when verb {@code i} is negated: "nicht" or the like depends on it (or on the auxiliary chain it heads),
     * or its object opens with "kein".
     */
    private boolean negated(int sentence, DependencyTree t, int i) {
        List<Token> tokens = index.sentence(sentence).tokens();
        for (int c : t.children(i)) {
            if ((t.is(c, "advmod") || t.is(c, "neg") || t.is(c, "advmod:neg")) && lexicon.isWord("negation", tokens.get(c))) {
                return true;
            }
            if (t.is(c, "obj") || t.is(c, "nsubj:pass")) {
                for (int d : t.children(c, "det")) {
                    if (lexicon.isWord("negativeDeterminer", tokens.get(d))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** True when {@link #find} saw a negated verb of this type in the sentence. */
    boolean negated(int sentence, StatementType type) {
        return negatedKeys.contains(sentence + "|" + type);
    }

    private void fromVerb(int sentence, DependencyTree t, int i, StatementLexicon.Verb verb, List<Candidate> out) {
        if (negated(sentence, t, i)) {
            negatedKeys.add(sentence + "|" + verb.type());
            StatementType negatedType = lexicon.negatedType(verb.type());
            if (negatedType != null) {
                fromVerb(sentence, t, i, verb, negatedType, out);
            }
            return;
        }
        fromVerb(sentence, t, i, verb, verb.type(), out);
    }

    private void fromVerb(int sentence, DependencyTree t, int i, StatementLexicon.Verb verb, StatementType type,
                          List<Candidate> out) {
        StatementLexicon.Frame frame = verb.frame();
        List<Entity> actors;
        int[] content;
        if (attributive(t, i) && index.sentence(sentence).tokens().get(i).tag().matches("ADJ|VERB")
                && t.is(i, "amod")) {
            if (frame.descriptive()) {
                return;   // "die von den USA unterstützte Regierung": a standing relation, not a statement
            }
            actors = agent(sentence, t, i);
            content = t.span(t.head(i));
        } else {
            actors = actors(sentence, i, frame.actor());
            content = content(sentence, t, i, frame.content());
        }
        List<Entity> targets = first(sentence, i, frame.target());
        if (coversOnly(sentence, content, targets)) {
            content = t.span(i);   // the content role was the target itself ("die Ukraine zu unterstützen")
        }
        emit(sentence, i, type, actors, targets, content, out);
    }

    /** True when the content span holds nothing but mentions of the targets (and articles). */
    private boolean coversOnly(int sentence, int[] span, List<Entity> targets) {
        List<Token> tokens = index.sentence(sentence).tokens();
        for (int k = span[0]; k <= span[1]; k++) {
            final int at = k;
            boolean target = index.in(sentence).stream().anyMatch(m -> m.firstToken() <= at && at <= m.lastToken()
                    && targets.contains(m.entity()));
            if (!target && !tokens.get(k).tag().matches("DET|PUNCT|ADP")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The "von" agent of an attributive participle: its own dependent, or one the parser hung on the noun before
     * the participle ("das von Biden vorgeschlagene Treffen" with "von Biden" under "Treffen").
     */
    private List<Entity> agent(int sentence, DependencyTree t, int i) {
        List<Integer> candidates = new ArrayList<>();
        for (int c : t.children(i)) {
            candidates.add(c);
        }
        for (int c : t.children(t.head(i))) {
            if (c < i) {
                candidates.add(c);
            }
        }
        for (int c : candidates) {
            if (args.agent(sentence, c)) {
                return actorsOnly(args.entitiesWithConjuncts(sentence, c));
            }
        }
        return List.of();
    }

    private List<Entity> actors(int sentence, int predicate, List<Role> roles) {
        for (Role r : roles) {
            List<Entity> found = r.equals(SUBJECT) ? args.subject(sentence, predicate) : args.fill(sentence, predicate, r);
            found = actorsOnly(found);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /** The entities of the first of {@code roles} that is filled (roles {@code head:R} read the governor). */
    private List<Entity> first(int sentence, int predicate, List<Role> roles) {
        DependencyTree t = args.tree(sentence);
        for (Role r : roles) {
            List<Entity> found;
            if (r.relation().startsWith("head:")) {
                int head = t.head(predicate);
                if (head < 0) {
                    continue;
                }
                Role inner = new Role(r.relation().substring(5), r.preposition());
                found = inner.equals(SUBJECT) ? args.subject(sentence, head) : args.fill(sentence, head, inner);
            } else {
                found = args.fill(sentence, predicate, r);
            }
            found = found.stream().filter(e -> e.type() != EntityType.Agreement).toList();
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /** The span of the first content role that is filled, else the span of the whole predicate. */
    private int[] content(int sentence, DependencyTree t, int predicate, List<Role> roles) {
        for (Role r : roles) {
            List<Integer> ks = args.tokens(sentence, predicate, r);
            if (!ks.isEmpty()) {
                int from = Integer.MAX_VALUE;
                int to = -1;
                for (int k : ks) {
                    int[] span = t.span(k);
                    from = Math.min(from, span[0]);
                    to = Math.max(to, span[1]);
                }
                return withFollowingClause(t, predicate, from, to);
            }
        }
        return t.span(predicate);   // no content role: the clause says what ("stehen hinter X")
    }

    /**
     * The content span, extended by a clause of the predicate that follows it right after a comma: the parser hangs
     * a condition on the verb of saying, not on the content ("warnte, die USA würden ihre Präsenz ausbauen, sollte
     * China nicht das Atomprogramm zügeln"), and the condition belongs to what was said.
     */
    private static int[] withFollowingClause(DependencyTree t, int predicate, int from, int to) {
        boolean extended = true;
        while (extended) {
            extended = false;
            for (int c : t.children(predicate)) {
                boolean clause = t.is(c, "advcl") || t.is(c, "xcomp") || t.is(c, "ccomp");
                int[] span = t.span(c);
                if (clause && span[0] > to && span[0] <= to + 2 && span[0] > predicate) {
                    to = span[1];
                    extended = true;
                }
            }
        }
        return new int[] {from, to};
    }

    // --- nouns ---------------------------------------------------------------------------------------------

    private void fromNoun(int sentence, DependencyTree t, int i, StatementLexicon.Noun noun, List<Candidate> out) {
        StatementLexicon.Frame frame = noun.frame();
        int[] content = content(sentence, t, i, frame.content());
        if (noun.needsContent() && java.util.Arrays.equals(content, t.span(i))) {
            return;
        }
        List<Entity> actors = List.of();
        for (Role r : frame.actor()) {
            if (r.relation().startsWith("head:")) {
                if (!lightHead(sentence, t, i, noun)) {
                    continue;
                }
                actors = actorsOnly(first(sentence, i, List.of(r)));
            } else {
                actors = actorsOnly(args.fill(sentence, i, r));
            }
            if (!actors.isEmpty()) {
                break;
            }
        }
        List<Entity> targets = first(sentence, i, frame.target());
        if (targets.isEmpty() && acceptingHead(sentence, t, i)) {
            targets = actorsOnly(first(sentence, t.head(i), List.of(SUBJECT)));   // "folgte der Einladung Erdoğans"
        }
        emit(sentence, i, noun.type(), actors, targets, content, out);
    }

    /** The noun depends on a verb of accepting ("folgte der Einladung", "nahm das Angebot an"): its subject is the addressee. */
    private boolean acceptingHead(int sentence, DependencyTree t, int i) {
        int head = t.head(i);
        return head >= 0 && (t.is(i, "obj") || t.is(i, "obl") || t.is(i, "obl:arg") || t.is(i, "iobj"))
                && lexicon.isCue("acceptVerb", index.sentence(sentence).tokens().get(head));
    }

    /** The noun depends on a verb whose subject speaks it: one of its head lemmas, a light verb, a verb of saying. */
    private boolean lightHead(int sentence, DependencyTree t, int i, StatementLexicon.Noun noun) {
        int head = t.head(i);
        if (head < 0 || !(t.is(i, "obj") || t.is(i, "obl") || t.is(i, "iobj") || t.is(i, "nsubj:pass")
                || t.is(i, "xcomp"))) {
            return false;
        }
        Token h = index.sentence(sentence).tokens().get(head);
        String lemma = h.lemma().toLowerCase(Locale.ROOT);
        return noun.headLemmas().isEmpty() ? lexicon.isCue("lightVerb", h) || lexicon.isCue("speechVerb", h)
                : noun.headLemmas().contains(lemma);
    }

    // --- output ----------------------------------------------------------------------------------------------

    private void emit(int sentence, int trigger, StatementType type, List<Entity> actors, List<Entity> targets,
                      int[] content, List<Candidate> out) {
        if (actors.isEmpty()) {
            return;
        }
        if (args.reciprocal(sentence, trigger) && actors.size() >= 2) {
            for (Entity a : actors) {
                for (Entity b : actors) {
                    if (!a.equals(b)) {
                        out.add(new Candidate(sentence, type, a, b, content[0], content[1], null));
                    }
                }
            }
            return;
        }
        if (type == StatementType.AGREED && targets.isEmpty() && actors.size() >= 2) {
            for (Entity other : actors.subList(1, actors.size())) {
                out.add(new Candidate(sentence, type, actors.get(0), other, content[0], content[1], null));
            }
            return;
        }
        for (Entity a : actors) {
            List<Entity> ts = targets.stream().filter(x -> !x.equals(a)).toList();
            if (ts.isEmpty()) {
                out.add(new Candidate(sentence, type, a, null, content[0], content[1], null));
            }
            for (Entity target : ts) {
                out.add(new Candidate(sentence, type, a, target, content[0], content[1], null));
            }
        }
    }

    private static List<Entity> actorsOnly(List<Entity> entities) {
        return entities.stream().filter(e -> e.type() == EntityType.Person || e.type() == EntityType.Country
                || e.type() == EntityType.Organization).toList();
    }
}
