package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Mention;
import org.newsgraph.nlp.Token;

/**
 * The participants of an event mentioned in one sentence: persons in actor-like positions (subject, "zwischen X und
 * Y", "mit X", a genitive); countries and organisations only when no person is named; a plural role ("die beiden
 * Staatschefs") stands for the persons of the latest event that had such a group.
 */
final class ParticipantFinder {

    private static final Set<EntityType> ACTORS = Set.of(EntityType.Person, EntityType.Country, EntityType.Organization);

    private final EventLexicon lexicon;

    ParticipantFinder(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * @param hostOnly the event is one someone was invited to: keep only the first person (the host)
     * @param recent drafts of this article so far, oldest first, for plural roles
     */
    List<Entity> find(MentionIndex index, int sentence, int trigger, boolean hostOnly, List<EventDraft> recent) {
        List<Token> tokens = index.sentence(sentence).tokens();
        Set<Entity> represented = new LinkedHashSet<>();
        Set<Entity> persons = new LinkedHashSet<>();
        Set<Entity> others = new LinkedHashSet<>();
        Set<Entity> sources = new java.util.HashSet<>();
        for (Mention m : index.in(sentence)) {
            if (afterSource(tokens, m.firstToken()) || inReportClause(tokens, m.firstToken())) {
                sources.add(m.entity());
            }
        }
        for (Mention m : index.in(sentence)) {
            if (sources.contains(m.entity()) || m.rule().equals("adjective")) {
                continue;
            }
            Entity entity = m.entity().type() == EntityType.Place ? index.actorReading(m) : m.entity();
            if (entity == null || !ACTORS.contains(entity.type())) {
                continue;
            }
            if (MentionIndex.inQuote(tokens, m.firstToken()) || afterSource(tokens, m.firstToken())) {
                continue;
            }
            String prep = MentionIndex.governingPreposition(tokens, m.firstToken());
            if (prep != null && !lexicon.cue("participantPreposition").contains(prep) && !inFramework(tokens, m)
                    || m.entity().type() == EntityType.Place && prep == null) {
                continue;
            }
            (entity.type() == EntityType.Person ? persons : others).add(entity);
            if (entity.type() != EntityType.Person && afterDelegation(tokens, m.firstToken())) {
                represented.add(entity);
            }
        }
        represented.addAll(index.compoundAt(sentence, trigger));
        if (hostOnly && persons.size() > 1) {
            Entity host = persons.iterator().next();
            persons.clear();
            persons.add(host);
        }
        if (!hostOnly) {
            List<Entity> group = rolePlural(index, sentence, recent);
            if (persons.size() < 2 || group.containsAll(persons)) {
                persons.addAll(group);
            }
        }
        if (persons.isEmpty()) {
            others.addAll(represented);
            return List.copyOf(others);
        }
        persons.addAll(represented);
        return List.copyOf(persons);
    }

    /** "die Delegationen Russlands und der Ukraine": a state named right after a word for its envoys. */
    private boolean afterDelegation(List<Token> tokens, int at) {
        for (int k = Math.max(0, at - 5); k < at; k++) {
            if (lexicon.isCue("delegationNoun", tokens.get(k))) {
                for (int j = k + 1; j < at; j++) {
                    if (tokens.get(j).tag().equals("PUNCT") || tokens.get(j).tag().equals("VERB")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    private boolean afterSource(List<Token> tokens, int at) {
        for (CuePattern p : lexicon.patterns("sourcePhrase")) {
            int[] span = p.span(tokens, Math.max(0, at - 4), at);
            if (span != null && span[1] < at && noPunctuation(tokens, span[1] + 1, at)) {
                return true;
            }
        }
        return false;
    }

    /** ", teilte Regierungssprecher X mit", ", sagte X", ", wie X mitteilte": the clause names who reports. */
    private boolean inReportClause(List<Token> tokens, int at) {
        int start = at;
        while (start > 0 && !tokens.get(start - 1).text().equals(",")) {
            start--;
        }
        if (start == 0) {
            return false;
        }
        Token first = tokens.get(start);
        Token second = start + 1 < tokens.size() ? tokens.get(start + 1) : first;
        return lexicon.isCue("reportVerb", first)
                || first.text().equalsIgnoreCase("wie") && tokens.subList(start, tokens.size()).stream()
                        .anyMatch(t -> lexicon.isCue("reportVerb", t))
                || lexicon.isCue("reportVerb", second) && first.tag().equals("ADV");
    }

    private static boolean noPunctuation(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).tag().equals("PUNCT")) {
                return false;
            }
        }
        return true;
    }

    private boolean inFramework(List<Token> tokens, Mention m) {
        for (CuePattern p : lexicon.patterns("frameworkPhrase")) {
            int[] span = p.span(tokens, Math.max(0, m.firstToken() - 4), m.firstToken());
            if (span != null && span[1] >= m.firstToken() - 2) {
                return true;
            }
        }
        return false;
    }

    /** Persons of the latest draft with a group of persons, when the sentence names a plural role. */
    private List<Entity> rolePlural(MentionIndex index, int sentence, List<EventDraft> recent) {
        List<Token> tokens = index.sentence(sentence).tokens();
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).text().toLowerCase(java.util.Locale.ROOT);
            if (!lexicon.cue("rolePlural").contains(word)
                    || i + 1 < tokens.size() && tokens.get(i + 1).isProperNoun()) {
                continue;
            }
            boolean group = false;
            boolean pair = false;
            for (int k = Math.max(0, i - 4); k < i; k++) {
                group |= lexicon.isCue("groupDeterminer", tokens.get(k));
                pair |= lexicon.isCue("pairDeterminer", tokens.get(k));
            }
            if (!group) {
                continue;
            }
            List<EventDraft> reversed = new ArrayList<>(recent);
            java.util.Collections.reverse(reversed);
            for (EventDraft d : reversed) {
                int n = d.persons().size();
                if (pair ? n == 2 : n >= 2) {
                    return d.persons();
                }
            }
        }
        return List.of();
    }

}
