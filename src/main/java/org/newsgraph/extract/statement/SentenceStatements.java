package org.newsgraph.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.event.CuePattern;
import org.newsgraph.extract.event.MentionIndex;
import org.newsgraph.nlp.Token;

/**
 * Finds the statement candidates of one sentence: statement verbs (separable particles, passive, reported speech)
 * here, statement nouns, conditional threats and blame in {@link NounStatements}.
 */
final class SentenceStatements {

    private final StatementLexicon lexicon;
    private final MentionIndex index;
    private final int sentence;
    private final List<Token> tokens;
    private final Clauses clauses;
    private final NounStatements nouns;

    SentenceStatements(StatementLexicon lexicon, MentionIndex index, int sentence,
                       java.util.Map<String, Entity> stateOf) {
        this.lexicon = lexicon;
        this.index = index;
        this.sentence = sentence;
        this.tokens = index.sentence(sentence).tokens();
        this.clauses = new Clauses(lexicon, index, sentence, stateOf);
        this.nouns = new NounStatements(lexicon, index, sentence, clauses, this);
    }

    List<Candidate> find() {
        List<Candidate> out = new ArrayList<>();
        int previousVerb = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (MentionIndex.inQuote(tokens, i)) {
                continue;
            }
            StatementLexicon.Verb verb = verbAt(i);
            if (verb != null) {
                Candidate c = fromVerb(i, verb, previousVerb);
                previousVerb = i;
                if (c != null) {
                    out.add(c);
                }
                continue;
            }
            StatementLexicon.Noun noun = lexicon.noun(tokens.get(i));
            if (noun != null && noun.headLemmas().isEmpty()) {
                Candidate c = nouns.fromNoun(i, noun);
                if (c != null) {
                    out.add(c);
                }
            }
        }
        nouns.threat(out);
        nouns.blame(out);
        return out;
    }

    // --- verbs ---------------------------------------------------------------------------------------------

    private StatementLexicon.Verb verbAt(int i) {
        Token t = tokens.get(i);
        String surface = t.text().toLowerCase(Locale.ROOT);
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        boolean verbTag = t.tag().equals("VERB") || t.tag().equals("AUX") || i == 0 || !Character.isUpperCase(t.text().charAt(0));
        if (!verbTag || attributive(i)) {
            return null;
        }
        StatementLexicon.Verb plain = null;
        for (StatementLexicon.Verb v : lexicon.verbsFor(lemma, surface)) {
            if (!v.requires().isEmpty() || !v.needsRoles().isEmpty() || v.conditional() || v.greeting()) {
                continue;   // conditions only the parse can check (ParsedStatements)
            }
            boolean stem = lemma.equals(v.lemma()) || v.forms().contains(surface);
            if (v.particle() == null) {
                if (stem && plain == null) {
                    plain = v;
                }
                continue;
            }
            boolean joined = lemma.equals(v.particle() + v.lemma())
                    || v.forms().contains(surface) && surface.startsWith(v.particle());
            if (joined || stem && particleFollows(i, v.particle())) {
                return v;
            }
        }
        if (plain != null && plain.reflexive() && !hasSich(i)) {
            return null;
        }
        return plain != null && !anyParticleFollows(i, plain.lemma()) ? plain : null;
    }

    /** "die von den USA unterstützte Regierung", "der annektierten Halbinsel": a participle before a noun. */
    private boolean attributive(int i) {
        if (i + 1 >= tokens.size() || !tokens.get(i + 1).tag().matches("NOUN|PROPN")) {
            return false;
        }
        Token t = tokens.get(i);
        if (t.tag().equals("ADJ") || i > 0 && tokens.get(i - 1).tag().equals("DET")) {
            return true;
        }
        for (int k = i - 1; k >= Math.max(0, i - 6); k--) {
            Token b = tokens.get(k);
            if (b.tag().equals("VERB") || b.tag().equals("AUX") || b.tag().equals("PUNCT")) {
                return false;
            }
            if (b.tag().equals("DET") && k + 1 < i && lexicon.isWord("agentPreposition", tokens.get(k + 1))) {
                return true;
            }
        }
        return false;
    }

    private boolean particleFollows(int i, String particle) {
        Clauses.Clause c = clauses.at(i);
        for (int k = i + 1; k < c.end(); k++) {
            Token t = tokens.get(k);
            if (t.text().equalsIgnoreCase(particle) && !t.tag().equals("NOUN")
                    && (k + 1 >= tokens.size() || tokens.get(k + 1).tag().equals("PUNCT")
                        || lexicon.isCue("coordination", tokens.get(k + 1)))) {
                return true;
            }
        }
        return false;
    }

    /** True when a separable particle of another verb with this stem closes the clause ("wiesen ... an"). */
    private boolean anyParticleFollows(int i, String stem) {
        for (StatementLexicon.Verb v : lexicon.verbsWithLemma(stem)) {
            if (v.particle() != null && particleFollows(i, v.particle())) {
                return true;
            }
        }
        return false;
    }

    private boolean hasSich(int i) {
        Clauses.Clause c = clauses.at(i);
        for (int k = c.start(); k < c.end(); k++) {
            if (tokens.get(k).text().equalsIgnoreCase("sich")) {
                return true;
            }
        }
        return false;
    }

    private Candidate fromVerb(int i, StatementLexicon.Verb verb, int previousVerb) {
        Clauses.Clause c = clauses.at(i);
        boolean passive = isPassive(c, i);
        Entity actor;
        List<Entity> objects;
        if (passive) {
            actor = agent(c);
            objects = clauses.bareActors(c, c.start(), c.end()).stream().map(Mention::entity)
                    .filter(e -> !e.equals(agentOrNull(c))).distinct().toList();
        } else {
            actor = clauses.subject(c, i);
            objects = clauses.objects(c, actor, i);
        }
        if (actor == null) {
            actor = source();
        }
        if (actor == null) {
            return null;
        }
        Entity target = objects.isEmpty() ? null : objects.get(0);
        int[] content = verbContent(i, verb, c, previousVerb);
        return new Candidate(sentence, verb.type(), actor, target, content[0], content[1], null);
    }

    private boolean isPassive(Clauses.Clause c, int verb) {
        Token v = tokens.get(verb);
        if (v.text().equalsIgnoreCase(v.lemma())) {
            return false;
        }
        for (int k = c.start(); k < c.end(); k++) {
            Token t = tokens.get(k);
            if (t.tag().equals("AUX") && t.lemma().equals("werden") && t.text().toLowerCase(Locale.ROOT).matches("wurde.*|wird|werden|worden")) {
                return true;
            }
        }
        return false;
    }

    private Entity agentOrNull(Clauses.Clause c) {
        for (Mention m : index.in(sentence)) {
            if (c.contains(m.firstToken()) && "von".equals(MentionIndex.governingPreposition(tokens, m.firstToken()))) {
                return m.entity();
            }
        }
        return null;
    }

    private Entity agent(Clauses.Clause c) {
        Entity a = agentOrNull(c);
        return a != null ? a : source();
    }

    /** "laut X", "nach Angaben von X", "X zufolge": the source of a report. */
    private Entity source() {
        for (CuePattern phrase : lexicon.patterns("sourcePreposition")) {
            int[] span = phrase.span(tokens, 0, tokens.size());
            if (span == null) {
                continue;
            }
            for (Mention m : index.in(sentence)) {
                if (isActor(m) && (m.firstToken() > span[1] && m.firstToken() <= span[1] + 3
                        || phrase.equals("zufolge") && m.lastToken() >= span[0] - 2 && m.lastToken() < span[0])) {
                    return m.entity();
                }
            }
        }
        return null;
    }

    static boolean isActor(Mention m) {
        EntityType t = m.entity().type();
        return t == EntityType.Person || t == EntityType.Country || t == EntityType.Organization;
    }

    /** The content: a preposition phrase the verb takes, a following dass- or zu-clause, or the object words. */
    private int[] verbContent(int i, StatementLexicon.Verb verb, Clauses.Clause c, int previousVerb) {
        int end = c.end() - 1;
        while (end > i && (tokens.get(end).tag().equals("PUNCT") || verb.particle() != null
                && tokens.get(end).text().equalsIgnoreCase(verb.particle()))) {
            end--;
        }
        List<Clauses.Clause> all = clauses.all();
        int k = all.indexOf(c);
        boolean contentClause = k + 1 < all.size() && !all.get(k + 1).coordinated()
                && (lexicon.isCue("complementizer", tokens.get(all.get(k + 1).start()))
                    || hasZuInfinitive(all.get(k + 1)));
        if (end <= i && contentClause) {
            Clauses.Clause next = all.get(k + 1);
            return new int[] {next.start(), extendRelative(next)};
        }
        if (end <= i && i > c.finite() && c.finite() >= 0) {
            int from = Math.max(Math.max(c.finite(), previousVerb) + 1, lastActorBefore(c, i) + 1);
            if (hasWords(from, i - 1)) {
                return new int[] {from, i - 1};
            }
        }
        if (end <= i && contentClause) {
            Clauses.Clause next = all.get(k + 1);
            return new int[] {next.start(), extendRelative(next)};
        }
        for (int p = c.start(); p < c.end(); p++) {
            final String word = tokens.get(p).text();
            if (p != i && verb.contentPrepositions().stream().anyMatch(word::equalsIgnoreCase)) {
                return p > i ? new int[] {p, end} : new int[] {p, i - 1};
            }
        }
        if ((i == c.finite() || end > i) && hasWords(i + 1, end)) {
            boolean relativeNext = k + 1 < all.size() && all.get(k + 1).subordinate()
                    && tokens.get(all.get(k + 1).start()).lemma().equals("der");
            return new int[] {i + 1, contentClause || relativeNext ? extendRelative(c) : end};
        }
        if (contentClause) {
            return new int[] {all.get(k + 1).start(), extendRelative(all.get(k + 1))};
        }
        int from = Math.max(Math.max(c.finite(), previousVerb) + 1, lastActorBefore(c, i) + 1);
        return new int[] {from, i - 1};
    }

    /** True when the span holds a content word that is neither part of a mention nor a word to drop. */
    private boolean hasWords(int from, int to) {
        for (int k = from; k <= to; k++) {
            Token t = tokens.get(k);
            final int at = k;
            boolean inMention = index.in(sentence).stream().anyMatch(m -> m.firstToken() <= at && at <= m.lastToken());
            if (!inMention && (t.tag().equals("NOUN") || t.tag().equals("PROPN") || t.tag().equals("ADJ"))
                    && !lexicon.isCue("dropWord", t)) {
                return true;
            }
        }
        return false;
    }

    private int lastActorBefore(Clauses.Clause c, int i) {
        int last = c.start() - 1;
        for (Mention m : clauses.bareActors(c, c.start(), i)) {
            last = Math.max(last, m.lastToken());
        }
        return last;
    }

    /** A content clause continues into a relative clause after it ("Garantien, die ... ausschließen"). */
    int extendRelative(Clauses.Clause c) {
        List<Clauses.Clause> all = clauses.all();
        int k = all.indexOf(c);
        int end = c.end() - 1;
        while (k + 1 < all.size() && !all.get(k + 1).coordinated()
                && (all.get(k + 1).subordinate() || hasZuInfinitive(all.get(k + 1)))) {
            k++;
            end = all.get(k).end() - 1;
        }
        return end;
    }

    /** "..., die Truppen zu verlegen" or "..., sie abzuziehen" (the zu inside a separable verb). */
    private boolean hasZuInfinitive(Clauses.Clause c) {
        for (int k = c.start(); k < c.end(); k++) {
            Token t = tokens.get(k);
            String surface = t.text().toLowerCase(Locale.ROOT);
            if (surface.equals("zu") && t.tag().equals("PART") || t.tag().equals("VERB") && surface.contains("zu")
                    && !surface.equals(t.lemma()) && surface.replaceFirst("zu", "").equals(t.lemma())) {
                return true;
            }
        }
        return false;
    }

}
