package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Office;
import org.newsgraph.extract.frame.ArgumentReader;
import org.newsgraph.extract.frame.Role;
import org.newsgraph.nlp.DependencyTree;
import org.newsgraph.nlp.Token;

/**
 * The participants of one event mention, read from the dependency parse through the trigger's {@link EventFrame}:
 * the subject (with the passive agent, coordinated subjects, relative clauses, control and conjoined predicates
 * as {@link ArgumentReader} reads them, but never the speaker of "sagte X" or the source of "laut X"), the other
 * roles of the frame, and for a noun the subject and "mit" partner of the verb that governs it ("führte ein
 * Gespräch mit Xi", "kam zu seinem Treffen mit Putin zusammen"). Persons take part; countries and organisations
 * only where no person is named, or where they stand for their envoys ("die Delegationen Russlands und der
 * Ukraine"). A plural role ("die beiden Staatschefs") stands for the persons of the latest event with such a group.
 *
 * <pre>{@code
 * FrameParticipants p = new FrameParticipants(lexicon, reader, index);
 * List<Entity> people = p.find(hit, sentence, false, drafts);   // null: the verb names no event here
 * }</pre>
 */
final class FrameParticipants {

    private static final Set<EntityType> ACTORS = Set.of(EntityType.Person, EntityType.Country,
            EntityType.Organization);
    private static final Role SUBJECT = new Role("nsubj", null);
    private static final Role PARTNER = new Role("obl", "mit");
    private static final Role ADDRESSEE = new Role("iobj", null);
    private static final Role OBJECT = new Role("obj", null);

    private final EventLexicon lexicon;
    private final ArgumentReader reader;
    private final MentionIndex index;

    private final List<Office> offices;

    /** @param offices the offices the article's people hold at its date (for "die Regierungschefs von X und Y") */
    FrameParticipants(EventLexicon lexicon, ArgumentReader reader, MentionIndex index, List<Office> offices) {
        this.lexicon = lexicon;
        this.reader = reader;
        this.index = index;
        this.offices = List.copyOf(offices);
    }

    /**
     * @param hostOnly the event is one someone was invited to: keep only the first person (the host)
     * @param recent drafts of this article so far, oldest first, for plural roles
     * @return the participants, or null when a verb's required role is empty ("die Sanktionen treffen ...")
     */
    List<Entity> find(TriggerHit hit, int sentence, boolean hostOnly, List<EventDraft> recent) {
        return find(hit, sentence, hostOnly, recent, Set.of());
    }

    /**
     * @param nouns tokens of the sentence's noun triggers that name an event (not only refer to one): a verb whose
     *              object or oblique is one of them ("wurde zu einem Gespräch empfangen") lets that noun name the
     *              event, which then takes the verb's roles
     */
    List<Entity> find(TriggerHit hit, int sentence, boolean hostOnly, List<EventDraft> recent, Set<Integer> nouns) {
        EventFrame frame = hit.frame();
        int p = hit.token();
        if (hit.verb() && governsNoun(sentence, p, nouns)) {
            return null;
        }
        Set<Entity> persons = new LinkedHashSet<>();
        Set<Entity> others = new LinkedHashSet<>();
        Set<Entity> represented = new LinkedHashSet<>();
        Reading reading = new Reading(sentence, recent, persons, others, represented);
        if (hit.verb() && !predicate(sentence, p)) {
            index.in(sentence).stream().filter(m -> !m.rule().equals("adjective")
                    && !MentionIndex.inQuote(index.sentence(sentence).tokens(), m.firstToken()))
                    .forEach(m -> add(reading, m.entity(), false));
        } else if (hit.verb()) {
            int modal = modalHead(sentence, p);
            boolean misattached = misattachedNames(reading, p, frame);
            boolean rolesFilled = filled(sentence, p, frame.required());
            // no partner role filled, but the subject meets among itself ("Biden and Putin met in Geneva")
            boolean amongItself = !rolesFilled && !frame.required().isEmpty()
                    && gathers(reader.subject(sentence, p, false));
            boolean filled = misattached || rolesFilled || modal >= 0 && filled(sentence, modal, frame.required())
                    || amongItself;
            if (!frame.required().isEmpty() && !hit.modified() && (!filled || nonActorSubject(reading, p))) {
                return null;
            }
            // a required role filled by a thing is no partner ("the Kremlin met the demands")
            if (frame.partyRequired() && !amongItself && !partyIn(sentence, p, frame.required())) {
                return null;
            }
            for (Role role : frame.participants()) {
                read(reading, p, role);
                if (modal >= 0 && !role.relation().equals("nsubj")) {
                    read(reading, modal, role);   // "wird im Mai mit X telefonieren": the parser hangs X on "wird"
                }
            }
            if (!frame.required().isEmpty() && persons.isEmpty() && others.isEmpty() && represented.isEmpty()) {
                return List.of();
            }
        } else {
            for (Role role : frame.participants()) {
                read(reading, p, role);
            }
            participleAgents(reading, p);
            int governor = namesAllSides(sentence, p) ? -1 : governor(sentence, p, frame);
            EventFrame verbFrame = governor < 0 ? null : verbFrame(sentence, governor);
            if (verbFrame != null) {
                verbFrame.participants().forEach(role -> read(reading, governor, role));
            } else if (governor >= 0) {
                read(reading, governor, SUBJECT);
                read(reading, governor, PARTNER);
                read(reading, governor, ADDRESSEE);   // "schlug Xi ein Treffen vor", "bot Macron ein Treffen an"
                if (reader.tree(sentence).is(p, "obl")) {
                    read(reading, governor, OBJECT);   // "lud Modi zu einem Gipfel ein" (the host is kept, see below)
                }
            }
        }
        if (!hit.verb()) {
            represented.addAll(frameworks(sentence, p));
        }
        represented.addAll(index.compoundAt(sentence, p));
        if (hostOnly && persons.size() > 1) {
            Entity host = earliest(sentence, persons);
            persons.clear();
            persons.add(host);
        }
        if (persons.isEmpty()) {
            others.addAll(represented);
            return List.copyOf(others);
        }
        persons.addAll(represented);
        return List.copyOf(persons);
    }

    /** What one mention's roles gave so far. */
    private record Reading(int sentence, List<EventDraft> recent, Set<Entity> persons, Set<Entity> others,
                           Set<Entity> represented) { }

    /**
     * False when the tagger did not see the verb trigger as a verb ("telefonierten" tagged as an adjective), so that
     * the parse holds it as no predicate: then the sentence's parties are read instead, as the only fallback.
     */
    private boolean predicate(int sentence, int p) {
        String tag = index.sentence(sentence).tokens().get(p).tag();
        return tag.equals("VERB") || tag.equals("AUX") || reader.tree(sentence).children(p).length > 0
                && !reader.tree(sentence).is(p, "amod") && !reader.tree(sentence).is(p, "flat");
    }

    /**
     * The modal or auxiliary a verb trigger depends on as {@code xcomp} when the parser makes it the main verb
     * ("Scholz will Modi treffen", "wird mit Trudeau telefonieren"), or -1.
     */
    private int modalHead(int sentence, int p) {
        DependencyTree t = reader.tree(sentence);
        int head = t.head(p);
        if (head < 0 || !t.is(p, "xcomp")) {
            return -1;
        }
        return lexicon.isCue("modalVerb", index.sentence(sentence).tokens().get(head)) ? head : -1;
    }

    /**
     * "traf am Montag Xi Jinping": a person's name the parser hangs on a date noun of the trigger ({@code flat} or
     * {@code appos} of "Montag"), or a partner phrase hung on it ("am Abend mit Scholz"), is an argument of the
     * trigger, not a modifier of the day.
     */
    private boolean misattachedNames(Reading r, int p, EventFrame frame) {
        boolean found = false;
        DependencyTree t = reader.tree(r.sentence());
        int modal = modalHead(r.sentence(), p);
        for (int head : modal >= 0 ? new int[] {p, modal} : new int[] {p}) {
            for (int c : t.children(head, "obl")) {
                if (reader.mentionAt(r.sentence(), c) != null) {
                    continue;
                }
                for (int n : t.children(c)) {
                    Mention m = (t.is(n, "flat") || t.is(n, "appos")) ? reader.mentionAt(r.sentence(), n) : null;
                    if (m != null && m.entity().type() == EntityType.Person) {
                        add(r, m.entity(), false);
                        found = true;
                    }
                    if (t.is(n, "nmod") && partnerPrepositions(frame).contains(reader.preposition(r.sentence(), n))) {
                        for (int k : withConjuncts(r.sentence(), n)) {   // "am Abend mit Scholz und Macron"
                            readToken(r, k);
                            found = true;
                        }
                    }
                }
            }
        }
        return found;
    }

    /** The prepositions of the frame's oblique roles ("mit", "zwischen"). */
    private static Set<String> partnerPrepositions(EventFrame frame) {
        Set<String> out = new java.util.HashSet<>();
        for (Role role : frame.participants()) {
            if (role.relation().equals("obl") && role.preposition() != null && !role.preposition().isEmpty()) {
                out.add(role.preposition());
            }
        }
        return out;
    }

    /** "das von Biden vorgeschlagene Gipfeltreffen": the "von" agent of a participle before the noun. */
    private void participleAgents(Reading r, int p) {
        DependencyTree t = reader.tree(r.sentence());
        for (int c : t.children(p, "amod")) {
            for (int a : t.children(c)) {
                if (reader.agent(r.sentence(), a)) {
                    for (int k : withConjuncts(r.sentence(), a)) {
                        readToken(r, k);
                    }
                }
            }
        }
    }

    /**
     * True when a subject meets among itself and needs no partner: two or more parties ("Biden and Putin met in
     * Geneva"), or one body ("the Security Council met", "G7 leaders met in Hiroshima").
     */
    private static boolean gathers(List<Entity> subject) {
        return subject.size() >= 2 || subject.size() == 1 && subject.get(0).type() == EntityType.Organization;
    }

    private boolean partyIn(int sentence, int predicate, List<Role> roles) {
        for (Role role : roles) {
            for (int k : reader.tokens(sentence, predicate, role)) {
                Entity e = entityOf(sentence, k);
                if (e != null && ACTORS.contains(e.type())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when one of the roles has a filler of any kind ("sich" included). */
    private boolean filled(int sentence, int predicate, List<Role> roles) {
        for (Role role : roles) {
            if (!reader.tokens(sentence, predicate, role).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Beratungen im Rahmen der OSZE", "Beratungen finden im Rahmen der OSZE statt": an organisation named in the
     * genitive of a framework noun in the trigger's phrase or clause is the frame the event takes place in, and
     * takes part.
     */
    private List<Entity> frameworks(int sentence, int p) {
        DependencyTree t = reader.tree(sentence);
        List<Token> tokens = index.sentence(sentence).tokens();
        List<Entity> out = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
            if (k != p && lexicon.isCue("frameworkNoun", tokens.get(k))
                    && (t.dominates(p, k) || clause(sentence, k) == clause(sentence, p))) {
                for (int c : t.children(k, "nmod")) {
                    Entity e = entityOf(sentence, c);
                    if (e != null && e.type() == EntityType.Organization) {
                        out.add(e);
                    }
                }
            }
        }
        return out;
    }

    /** The nearest verb above token {@code k} (its clause), or -1. */
    private int clause(int sentence, int k) {
        DependencyTree t = reader.tree(sentence);
        List<Token> tokens = index.sentence(sentence).tokens();
        for (int h = t.head(k), steps = 0; h >= 0 && steps < tokens.size(); h = t.head(h), steps++) {
            if (tokens.get(h).tag().equals("VERB") || tokens.get(h).tag().equals("AUX")) {
                return h;
            }
        }
        return -1;
    }

    /** The frame of the verb trigger at {@code k}, or null when it is none. */
    private EventFrame verbFrame(int sentence, int k) {
        List<Token> tokens = index.sentence(sentence).tokens();
        EventLexicon.VerbTrigger v = lexicon.separableAt(tokens, k);
        if (v == null) {
            v = lexicon.verb(tokens.get(k), k == 0);
        }
        return v == null ? null : v.frame();
    }

    /** True when one of {@code nouns} depends on verb {@code p} through a governor role of its frame. */
    private boolean governsNoun(int sentence, int p, Set<Integer> nouns) {
        DependencyTree t = reader.tree(sentence);
        for (int n : nouns) {
            if (t.head(n) == p && governor(sentence, n, lexicon.nounAt(index.sentence(sentence).tokens(), n)
                    .frame()) == p) {
                return true;
            }
        }
        return false;
    }

    /** Of {@code persons}, the one named first in the sentence (the host who invites). */
    private Entity earliest(int sentence, Set<Entity> persons) {
        for (Mention m : index.in(sentence)) {
            if (persons.contains(m.entity())) {
                return m.entity();
            }
        }
        return persons.iterator().next();
    }

    /** "Die Sanktionen treffen Russland": the verb has a subject, and it names no party. */
    private boolean nonActorSubject(Reading r, int p) {
        if (reader.tokens(r.sentence(), p, SUBJECT).isEmpty()) {
            return false;
        }
        Reading subject = new Reading(r.sentence(), r.recent(), new LinkedHashSet<>(), new LinkedHashSet<>(),
                new LinkedHashSet<>());
        read(subject, p, SUBJECT);
        return subject.persons().isEmpty() && subject.others().isEmpty() && subject.represented().isEmpty();
    }

    /**
     * True when the noun's own "zwischen"/"between" phrase names its sides: "unterstützt Gespräche zwischen Moskau und
     * Kiew" does not make the supporter a party, as "führte ein Gespräch mit Xi" makes the one who held it.
     */
    private boolean namesAllSides(int sentence, int p) {
        for (String between : lexicon.cue("sidesPreposition")) {
            if (!reader.tokens(sentence, p, new Role("nmod", between)).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The verb governing noun trigger {@code p} through one of the frame's governor roles, or -1. */
    private int governor(int sentence, int p, EventFrame frame) {
        DependencyTree t = reader.tree(sentence);
        int head = t.head(p);
        if (head < 0) {
            return -1;
        }
        String tag = index.sentence(sentence).tokens().get(head).tag();
        if (!tag.equals("VERB") && !tag.equals("AUX") && !tag.equals("ADJ")) {   // a participle may be tagged ADJ
            return -1;
        }
        for (Role role : frame.governor()) {
            if (reader.tokens(sentence, head, role).contains(p)) {
                return head;
            }
        }
        return -1;
    }

    private void read(Reading r, int predicate, Role role) {
        List<Integer> tokens = reader.tokens(r.sentence(), predicate, role);
        if (role.relation().equals("nsubj")) {
            for (Entity e : reader.subject(r.sentence(), predicate, false)) {
                add(r, e, false);
            }
        }
        for (int k : tokens) {
            for (int c : withConjuncts(r.sentence(), k)) {
                readToken(r, c);
            }
        }
    }

    /** One filler token: its entity, or the group a plural role stands for, or the states a delegation stands for. */
    private void readToken(Reading r, int k) {
        Token token = index.sentence(r.sentence()).tokens().get(k);
        if (reader.reflexive(r.sentence(), k)) {
            return;
        }
        boolean delegation = lexicon.isCue("delegationNoun", token);
        List<Entity> group = rolePlural(r, k);
        if (!group.isEmpty()) {   // "die beiden Staatschefs", even where a role mention names one of them
            group.forEach(p -> add(r, p, false));
            return;
        }
        Entity e = entityOf(r.sentence(), k);
        if (e != null) {
            add(r, e, delegation);
        }
        if (delegation) {
            DependencyTree t = reader.tree(r.sentence());
            for (int c : t.children(k)) {
                if (t.is(c, "nmod") || t.is(c, "amod")) {
                    for (int j : withConjuncts(r.sentence(), c)) {
                        Entity inner = entityOf(r.sentence(), j);
                        if (inner != null) {
                            add(r, inner, true);
                        }
                    }
                }
            }
        }
    }

    /**
     * The party token {@code k} names: its mention, or one inside its noun phrase (a name in apposition, a genitive,
     * a nationality adjective), or for a pronoun the latest fitting party. Unlike {@link ArgumentReader#entityAt},
     * never the owner of a possessive: "mit seinen Verbündeten" does not name him.
     */
    private Entity entityOf(int sentence, int k) {
        Mention m = reader.mentionAt(sentence, k);
        if (m != null) {
            return reader.titled(sentence, k, m).entity();
        }
        DependencyTree t = reader.tree(sentence);
        for (boolean name : new boolean[] {true, false}) {   // the name first: "Frankreichs Staatschef Macron"
            for (int c : t.children(k)) {
                boolean inside = name ? t.is(c, "flat") || t.is(c, "appos")
                        : t.is(c, "amod") || t.is(c, "compound")
                        || t.is(c, "nmod") && !t.is(c, "nmod:poss") && reader.preposition(sentence, c) == null;
                Mention inner = inside ? reader.mentionAt(sentence, c) : null;
                if (inner != null && ACTORS.contains(inner.entity().type())) {
                    return inner.entity();
                }
            }
        }
        String tag = index.sentence(sentence).tokens().get(k).tag();
        return tag.equals("PRON") || tag.equals("DET") ? reader.entityAt(sentence, k) : null;
    }

    private void add(Reading r, Entity e, boolean represents) {
        Entity actor = e.type() == EntityType.Place ? actorReading(r.sentence(), e) : e;
        if (actor == null || !ACTORS.contains(actor.type())) {
            return;
        }
        if (actor.type() == EntityType.Person) {
            r.persons().add(actor);
        } else {
            (represents ? r.represented() : r.others()).add(actor);
        }
    }

    /** "Moskau und Kiew verhandeln": a capital in an actor's role stands for its state. */
    private Entity actorReading(int sentence, Entity place) {
        for (Mention m : index.in(sentence)) {
            if (m.entity().equals(place)) {
                return index.actorReading(m);
            }
        }
        return null;
    }

    /**
     * Token {@code k} and every conjunct coordinated with it, also those the parser hangs on a name in apposition
     * ("der Kanzlerin Angela Merkel, Frankreichs Staatschef Emmanuel Macron und ...").
     */
    private List<Integer> withConjuncts(int sentence, int k) {
        DependencyTree t = reader.tree(sentence);
        List<Integer> out = new ArrayList<>(List.of(k));
        for (int i = 0; i < out.size(); i++) {
            int at = out.get(i);
            for (int c : t.children(at)) {
                boolean conj = t.is(c, "conj");
                boolean appos = (t.is(c, "appos") || t.is(c, "flat")) && !t.children(c, "conj").isEmpty();
                if ((conj || appos) && !out.contains(c)) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** "die beiden Staatschefs": the persons of the latest draft with a group of persons (a pair for "beiden"). */
    private List<Entity> rolePlural(Reading r, int k) {
        List<Token> tokens = index.sentence(r.sentence()).tokens();
        String word = tokens.get(k).text().toLowerCase(Locale.ROOT);
        if (!lexicon.cue("rolePlural").contains(word)) {
            return List.of();
        }
        boolean group = false;
        boolean pair = false;
        for (int c = Math.max(0, k - 4); c < k; c++) {   // "die beiden Staatschefs", "die Staats- und Regierungschefs"
            group |= lexicon.isCue("groupDeterminer", tokens.get(c));
            pair |= lexicon.isCue("pairDeterminer", tokens.get(c));
        }
        if (!group) {
            return List.of();
        }
        Set<Entity> of = groupStates(r.sentence(), k);
        List<EventDraft> reversed = new ArrayList<>(r.recent());
        Collections.reverse(reversed);   // the latest mentioned first; of equals, the latest made
        reversed.sort(java.util.Comparator.comparingInt((EventDraft d) -> -lastSentence(d)));
        for (EventDraft d : reversed) {
            int n = d.persons().size();
            if (pair ? n == 2 : n >= 2) {
                List<Entity> holders = d.persons().stream().filter(p -> offices.stream()
                        .anyMatch(o -> o.person().equals(p) && of.contains(o.of()))).toList();
                return holders.isEmpty() ? d.persons() : holders;
            }
        }
        return List.of();
    }

    private static int lastSentence(EventDraft d) {
        return d.sentences.stream().mapToInt(Integer::intValue).max().orElse(-1);
    }

    /**
     * "die Staats- und Regierungschefs von Deutschland, Frankreich und Italien": the states a plural role names
     * (on the role noun or on the first noun of its coordination); empty when it names none.
     */
    private Set<Entity> groupStates(int sentence, int k) {
        DependencyTree t = reader.tree(sentence);
        Set<Entity> out = new LinkedHashSet<>();
        for (int head : t.is(k, "conj") ? new int[] {k, t.head(k)} : new int[] {k}) {
            for (int c : t.children(head, "nmod")) {
                for (int j : withConjuncts(sentence, c)) {
                    Entity e = entityOf(sentence, j);
                    if (e != null && e.type() != EntityType.Person) {
                        out.add(e);
                    }
                }
            }
        }
        return out;
    }
}
