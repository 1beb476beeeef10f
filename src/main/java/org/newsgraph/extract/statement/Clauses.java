package org.newsgraph.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.event.MentionIndex;
import org.newsgraph.nlp.Token;

/**
 * The clauses of one sentence and who is subject and object in each, read from German word order: the actor in
 * front of the finite verb is the subject unless the front field is a prepositional phrase; in a subordinate clause
 * ("dass ...", "wonach ...") the first actor is the subject; a predicate joined by "und" keeps the subject before it;
 * "er"/"sie" stand for the latest person or group named before.
 */
final class Clauses {

    private static final Set<EntityType> ACTORS = Set.of(EntityType.Person, EntityType.Country, EntityType.Organization);

    /** Tokens {@code [start, end)}; {@code finite} is the first verb in it, or -1. */
    record Clause(int start, int end, boolean subordinate, boolean coordinated, int finite) {
        boolean contains(int i) {
            return start <= i && i < end;
        }
    }

    private final StatementLexicon lexicon;
    private final MentionIndex index;
    private final int sentence;
    private final List<Token> tokens;
    private final List<Clause> clauses = new ArrayList<>();

    private final java.util.Map<String, Entity> stateOf;

    /** @param stateOf the state each person of the article speaks for, by entity key (may be incomplete) */
    Clauses(StatementLexicon lexicon, MentionIndex index, int sentence, java.util.Map<String, Entity> stateOf) {
        this.stateOf = stateOf;
        this.lexicon = lexicon;
        this.index = index;
        this.sentence = sentence;
        this.tokens = index.sentence(sentence).tokens();
        split();
    }

    private void split() {
        int start = 0;
        boolean coordinated = false;
        for (int i = 0; i <= tokens.size(); i++) {
            boolean end = i == tokens.size();
            boolean comma = !end && tokens.get(i).tag().equals("PUNCT") && tokens.get(i).text().matches("[,;:]");
            boolean coord = !end && i + 1 < tokens.size() && lexicon.isCue("coordination", tokens.get(i))
                    && isVerb(tokens.get(i + 1));
            if (end || comma || coord) {
                if (i > start) {
                    clauses.add(clause(start, i, coordinated));
                }
                coordinated = coord || comma && i + 1 < tokens.size() && isVerb(tokens.get(i + 1));
                start = i + 1;
            }
        }
    }

    private Clause clause(int start, int end, boolean coordinated) {
        Token first = tokens.get(start);
        boolean subordinate = first.tag().equals("SCONJ") || first.tag().equals("PRON") && !isPronounSubject(first)
                || first.lemma().equals("wonach") || first.text().equalsIgnoreCase("wie") || isRelative(start, end);
        int finite = -1;
        for (int i = start; i < end; i++) {
            if (isVerb(tokens.get(i))) {
                finite = i;
                break;
            }
        }
        return new Clause(start, end, subordinate, coordinated, finite);
    }

    /** ", die ... ausschließen": an article-like word after a comma, and the clause ends in a verb. */
    private boolean isRelative(int start, int end) {
        int last = end - 1;
        while (last > start && tokens.get(last).tag().equals("PUNCT")) {
            last--;
        }
        return start > 0 && tokens.get(start - 1).text().equals(",") && tokens.get(start).lemma().equals("der")
                && isVerb(tokens.get(last));
    }

    private static boolean isVerb(Token t) {
        return t.tag().equals("VERB") || t.tag().equals("AUX");
    }

    private boolean isPronounSubject(Token t) {
        return lexicon.isCue("personPronoun", t) || lexicon.isCue("groupPronoun", t);
    }

    List<Clause> all() {
        return clauses;
    }

    Clause at(int token) {
        for (Clause c : clauses) {
            if (c.contains(token)) {
                return c;
            }
        }
        return clauses.get(clauses.size() - 1);
    }

    /** Actor mentions of the clause in text order that no preposition governs (subjects and objects). */
    List<Mention> bareActors(Clause c, int from, int to) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : index.in(sentence)) {
            if (ACTORS.contains(m.entity().type()) && !m.rule().equals("adjective")
                    && m.firstToken() >= Math.max(c.start(), from)
                    && m.firstToken() < Math.min(c.end(), to) && !MentionIndex.inQuote(tokens, m.firstToken())
                    && MentionIndex.governingPreposition(tokens, m.firstToken()) == null
                    && !isGenitiveAttribute(m) && !describesPerson(m)) {
                out.add(m);
            }
        }
        return out;
    }

    /** "das Interesse Russlands", "die Weigerung Kiews": a genitive right after a common noun belongs to it. */
    private boolean isGenitiveAttribute(Mention m) {
        int before = m.firstToken() - 1;
        return before >= 0 && tokens.get(before).tag().equals("NOUN") && m.surface().endsWith("s")
                && m.entity().type() != EntityType.Person;
    }

    /** "den russischen Präsidenten Wladimir Putin": a state named in a person's description is not a party. */
    private boolean describesPerson(Mention m) {
        if (m.entity().type() == EntityType.Person) {
            return false;
        }
        for (Mention p : index.in(sentence)) {
            if (p.entity().type() == EntityType.Person && p.firstToken() > m.lastToken()
                    && p.firstToken() <= m.lastToken() + 3) {
                boolean punctuation = false;
                for (int k = m.lastToken() + 1; k < p.firstToken(); k++) {
                    punctuation |= tokens.get(k).tag().equals("PUNCT") || tokens.get(k).tag().equals("CCONJ");
                }
                Entity state = stateOf.get(p.entity().key());
                if (!punctuation && (state == null || state.equals(m.entity()))) {
                    return true;
                }
            }
            if (p.entity().type() == EntityType.Person && p.firstToken() <= m.firstToken()
                    && m.lastToken() <= p.lastToken()) {
                return true;
            }
        }
        return false;
    }

    /** The subject of the clause whose statement verb is at {@code verb} (the verb counts as finite if no other does). */
    Entity subject(Clause c, int verb) {
        return subject(c.finite() >= 0 && c.finite() <= verb ? c : withFinite(c, verb));
    }

    List<Entity> objects(Clause c, Entity subject, int verb) {
        return objects(c.finite() >= 0 && c.finite() <= verb ? c : withFinite(c, verb), subject);
    }

    private static Clause withFinite(Clause c, int verb) {
        return new Clause(c.start(), c.end(), c.subordinate(), c.coordinated(), verb);
    }

    /** The subject of the clause, or null. */
    Entity subject(Clause c) {
        if (c.subordinate()) {
            List<Mention> actors = bareActors(c, c.start(), c.end());
            return actors.isEmpty() ? pronounSubject(c, c.start(), c.end()) : actors.get(0).entity();
        }
        if (c.finite() < 0) {
            return null;
        }
        if (c.finite() == c.start() && c.coordinated()) {
            int k = indexOf(c);
            return k > 0 ? subject(clauses.get(k - 1)) : null;
        }
        boolean frontIsPhrase = tokens.get(c.start()).tag().startsWith("ADP") || tokens.get(c.start()).tag().equals("ADV");
        if (!frontIsPhrase) {
            List<Mention> front = bareActors(c, c.start(), c.finite());
            if (!front.isEmpty()) {
                return front.stream().filter(m -> m.entity().type() == EntityType.Person).findFirst()
                        .orElse(front.get(0)).entity();
            }
            Entity pronoun = pronounSubject(c, c.start(), c.finite());
            if (pronoun != null) {
                return pronoun;
            }
        }
        List<Mention> after = bareActors(c, c.finite() + 1, c.end());
        if (!after.isEmpty() && unresolvedDescription(c.finite() + 1, after.get(0).firstToken())) {
            return null;
        }
        return after.isEmpty() ? pronounSubject(c, c.finite() + 1, Math.min(c.end(), c.finite() + 2))
                : after.get(0).entity();
    }

    private int indexOf(Clause c) {
        for (int k = 0; k < clauses.size(); k++) {
            if (clauses.get(k).start() == c.start()) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "hatte auch der russische Staatschef Biden ... angeboten": a nominative noun phrase ("der" + noun) that no
     * mention covers stands before the first actor, so that actor is an object and the subject is unknown.
     */
    private boolean unresolvedDescription(int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).text().equals("der") && tokens.get(k).tag().equals("DET")) {
                for (int n = k + 1; n < to; n++) {
                    final int at = n;
                    if (tokens.get(n).tag().equals("NOUN")) {
                        return index.in(sentence).stream()
                                .noneMatch(m -> m.firstToken() <= at && at <= m.lastToken());
                    }
                    if (!tokens.get(n).tag().equals("ADJ")) {
                        break;
                    }
                }
            }
        }
        return false;
    }

    /** Objects: bare actors of the clause after the subject's position that are not the subject. */
    List<Entity> objects(Clause c, Entity subject) {
        List<Entity> out = new ArrayList<>();
        int from = c.subordinate() ? c.start() : Math.max(c.start(), c.finite());
        for (Mention m : bareActors(c, from, c.end())) {
            if (!m.entity().equals(subject) && !out.contains(m.entity())) {
                out.add(m.entity());
            }
        }
        return out;
    }

    private Entity pronounSubject(Clause c, int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.tag().equals("PRON") && (lexicon.isCue("personPronoun", t) || lexicon.isCue("groupPronoun", t))) {
                return antecedent(lexicon.isCue("groupPronoun", t), c.start());
            }
        }
        return null;
    }

    /** The latest actor before the clause (this sentence, then the previous one); groups prefer states. */
    private Entity antecedent(boolean group, int before) {
        for (int s = sentence; s >= Math.max(0, sentence - 1); s--) {
            List<Mention> ms = new ArrayList<>(index.in(s));
            java.util.Collections.reverse(ms);
            final int limit = s == sentence ? before : Integer.MAX_VALUE;
            List<Mention> prior = ms.stream().filter(m -> m.firstToken() < limit && ACTORS.contains(m.entity().type()))
                    .toList();
            for (Mention m : prior) {
                if (group != (m.entity().type() == EntityType.Person)) {
                    return m.entity();
                }
            }
            if (!prior.isEmpty()) {
                return prior.get(0).entity();
            }
        }
        return null;
    }
}
