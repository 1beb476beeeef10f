package org.newsgraph.extract.statement;

import java.util.List;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.StatementType;
import org.newsgraph.extract.event.CuePattern;
import org.newsgraph.extract.event.MentionIndex;
import org.newsgraph.nlp.Token;

/**
 * Statements of one sentence that are not made by a statement verb: statement nouns with their actor (the subject of
 * a light verb, a genitive, "von X"), conditional threats ("... mit Maßnahmen reagieren würden") and blame
 * ("verwies auf die Weigerung Kiews").
 */
final class NounStatements {

    private final StatementLexicon lexicon;
    private final MentionIndex index;
    private final int sentence;
    private final List<Token> tokens;
    private final Clauses clauses;
    private final SentenceStatements verbs;

    NounStatements(StatementLexicon lexicon, MentionIndex index, int sentence, Clauses clauses,
                   SentenceStatements verbs) {
        this.lexicon = lexicon;
        this.index = index;
        this.sentence = sentence;
        this.tokens = index.sentence(sentence).tokens();
        this.clauses = clauses;
        this.verbs = verbs;
    }

    Candidate fromNoun(int i, StatementLexicon.Noun noun) {
        int prep = contentPreposition(i, noun);
        if (noun.needsContent() && prep < 0) {
            return null;
        }
        Clauses.Clause c = clauses.at(i);
        Entity actor = lightVerbSubject(c, i);
        if (actor == null) {
            actor = possessor(i);
        }
        if (actor == null) {
            return null;
        }
        Entity target = addressee(i, actor);
        int from = prep >= 0 ? prep + 1 : i + 1;
        int to = c.end() - 1;
        List<Clauses.Clause> all = clauses.all();
        int k = all.indexOf(c);
        if (k + 1 < all.size() && all.get(k + 1).subordinate() && !all.get(k + 1).coordinated()) {
            to = verbs.extendRelative(c);
        }
        return new Candidate(sentence, noun.type(), actor, target, from, to, null);
    }

    private int contentPreposition(int i, StatementLexicon.Noun noun) {
        for (int k = i + 1; k < Math.min(tokens.size(), i + 5); k++) {
            for (String p : noun.contentPrepositions()) {
                if (tokens.get(k).text().equalsIgnoreCase(p)) {
                    return k;
                }
            }
            if (tokens.get(k).tag().equals("PUNCT")) {
                break;
            }
        }
        return -1;
    }

    private Entity lightVerbSubject(Clauses.Clause c, int noun) {
        for (int k = c.start(); k < c.end(); k++) {
            if (k != noun && (tokens.get(k).tag().equals("VERB") || tokens.get(k).tag().equals("AUX"))
                    && lexicon.isCue("lightVerb", tokens.get(k))) {
                return clauses.subject(c);
            }
        }
        return null;
    }

    /** "Russlands Forderung", "die Forderung von X", "die Forderung Russlands". */
    private Entity possessor(int noun) {
        for (Mention m : index.in(sentence)) {
            if (!SentenceStatements.isActor(m)) {
                continue;
            }
            if (m.lastToken() == noun - 1 && m.surface().endsWith("s")) {
                return m.entity();
            }
            int k = noun + 1;
            if (k < tokens.size() && lexicon.isWord("agentOrGenitive", tokens.get(k)) && m.firstToken() >= k + 1
                    && m.firstToken() <= k + 3 && !tokens.get(k + 1).tag().equals("NOUN")) {
                return m.entity();
            }
            if (m.firstToken() == noun + 1 && m.entity().type() != EntityType.Person) {
                return m.entity();
            }
        }
        return null;
    }

    /** "die Forderung an X", "der Vorwurf gegen X". */
    private Entity addressee(int noun, Entity actor) {
        for (Mention m : index.in(sentence)) {
            String prep = MentionIndex.governingPreposition(tokens, m.firstToken());
            if (SentenceStatements.isActor(m) && !m.entity().equals(actor) && m.firstToken() > noun && m.firstToken() <= noun + 4
                    && ("an".equals(prep) || "gegen".equals(prep) || "gegenüber".equals(prep))) {
                return m.entity();
            }
        }
        return null;
    }

    // --- threats and blame -----------------------------------------------------------------------------------

    /** "X machte deutlich, dass ... im Falle einer Eskalation mit Maßnahmen reagieren würden". */
    void threat(List<Candidate> out) {
        boolean conditional = lexicon.patterns("conditional").stream()
                .anyMatch(p -> p.find(tokens, 0, tokens.size()) >= 0);
        if (!conditional) {
            return;
        }
        for (CuePattern phrase : lexicon.patterns("threatPattern")) {
            int[] span = phrase.span(tokens, 0, tokens.size());
            if (span == null) {
                continue;
            }
            Clauses.Clause c = clauses.at(span[0]);
            Entity reactor = clauses.subject(c);
            Entity actor = reactor;
            if (c.subordinate()) {
                List<Clauses.Clause> all = clauses.all();
                for (int k = all.indexOf(c) - 1; k >= 0; k--) {
                    if (!all.get(k).subordinate()) {
                        actor = clauses.subject(all.get(k));
                        break;
                    }
                }
            }
            if (actor != null) {
                out.add(new Candidate(sentence, StatementType.THREATENED, actor, null,
                        span[0], span[1], reactor));
            }
        }
    }

    /** "X verwies auf die Weigerung Kiews, ...": naming the other's conduct accuses it. */
    void blame(List<Candidate> out) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!lexicon.isCue("blameVerb", tokens.get(i))) {
                continue;
            }
            Clauses.Clause c = clauses.at(i);
            for (int n = i + 1; n < c.end(); n++) {
                if (lexicon.isCue("blameNoun", tokens.get(n))) {
                    Entity actor = clauses.subject(c);
                    Entity owner = null;
                    for (Mention m : index.in(sentence)) {
                        if (SentenceStatements.isActor(m) && m.firstToken() > n && m.firstToken() <= n + 2 && !m.entity().equals(actor)) {
                            owner = m.entity();
                            break;
                        }
                    }
                    if (actor != null) {
                        out.add(new Candidate(sentence, StatementType.ACCUSED, actor, owner, n,
                                verbs.extendRelative(c), null));
                    }
                    break;
                }
            }
        }
    }
}
