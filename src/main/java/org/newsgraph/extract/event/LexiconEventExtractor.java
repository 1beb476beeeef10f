package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.EventStatus;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.frame.ArgumentReader;
import org.newsgraph.extract.frame.FrameCues;
import org.newsgraph.extract.time.TimeExpression;
import org.newsgraph.extract.time.TimeNormalizer;
import org.newsgraph.ingest.PartialDate;
import org.newsgraph.nlp.Sentence;

/**
 * The event extractor: triggers from {@link EventLexicon}, participants, status, date, time, duration, place and
 * agreements from the sentence and its neighbours, and one event per real event within the article.
 *
 * <pre>{@code
 * EventExtractor events = new LexiconEventExtractor(EventLexicon.load(), new LexiconTimeNormalizer());
 * List<Event> found = events.extract(new ArticleAnalysis(article, sentences, mentions, offices));
 * }</pre>
 *
 * <p>Design decision: a later mention ("das Gespräch", "der Videogipfel", "die beiden Staatschefs trafen sich")
 * joins the latest earlier event it is compatible with (kind family or a generic word, status, date, shared
 * participants); a mention without participants only adds details to an event named before, never makes one.
 */
public final class LexiconEventExtractor implements EventExtractor {

    private final EventLexicon lexicon;
    private final TimeNormalizer time;
    private final TriggerFinder triggers;
    private final FrameCues frameCues;
    private final EventDetails details;

    public LexiconEventExtractor(EventLexicon lexicon, TimeNormalizer time) {
        this(lexicon, time, FrameCues.load());
    }

    public LexiconEventExtractor(EventLexicon lexicon, TimeNormalizer time, FrameCues frameCues) {
        this.lexicon = lexicon;
        this.time = time;
        this.triggers = new TriggerFinder(lexicon);
        this.frameCues = frameCues;
        this.details = new EventDetails(lexicon, time);
    }

    @Override
    public List<Event> extract(ArticleAnalysis a) {
        return extractDated(a).stream().map(DatedEvent::event).toList();
    }

    /** The events with the weekday named for a partial date (see {@link DatedEvent}). */
    public List<DatedEvent> extractDated(ArticleAnalysis a) {
        MentionIndex index = new MentionIndex(a);
        FrameParticipants participants = new FrameParticipants(lexicon, new ArgumentReader(a, index, frameCues),
                index, a.offices());
        PartialDate articleDate = articleDate(a);
        List<EventDraft> drafts = new ArrayList<>();
        List<EventDraft> previous = List.of();
        for (Sentence s : a.sentences()) {
            List<TimeExpression> times = time.find(s, articleDate);
            List<TriggerHit> hits = triggers.find(s);
            if (hits.isEmpty() && previous.size() == 1 && startsWithPronoun(s)) {
                EventDraft d = previous.get(0);
                d.addSentence(s.index(), s.text());
                details.fill(d, new TriggerHit(0, "", d.kind, d.cameo, true, false, false, true, false, false, null, false), index,
                        s.index(), times, true);
                continue;
            }
            Set<Integer> nouns = new HashSet<>();
            hits.stream().filter(h -> !h.verb() && !h.reference()).forEach(h -> nouns.add(h.token()));
            EventDraft referenced = null;
            List<EventDraft> created = new ArrayList<>();
            List<EventDraft> touched = new ArrayList<>();
            for (TriggerHit hit : hits) {
                if (hit.reference() && !drafts.isEmpty()) {
                    referenced = latest(drafts, d -> true, true);
                    if (referenced != null) {
                        details.addAgreements(referenced, index, s.index());
                    }
                    continue;
                }
                // "Nach dem Treffen mit Lawrow sagte Kerry": a reference before any event is known is the first
                // report of that event
                EventDraft d = place(hit, s, index, participants, nouns, times, drafts, created);
                if (d != null && !touched.contains(d)) {
                    touched.add(d);
                }
                if (d != null) {
                    details.fill(d, hit, index, s.index(), times, anaphoric(hit, d, created));
                }
            }
            previous = touched;
            for (EventDraft d : touched) {
                if (d.date == null && referenced != null && referenced != d) {
                    d.date = referenced.date;
                    d.weekday = referenced.weekday;
                }
            }
        }
        for (EventDraft d : drafts) {
            details.completeDate(d, a, index, articleDate, drafts);
        }
        List<DatedEvent> events = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (EventDraft d : drafts) {
            if (!d.participants.isEmpty()) {
                Event e = toEvent(d, a.article().id());
                String id = e.id();
                for (int n = 2; !ids.add(e.id()); n++) {
                    e = withId(e, id + "-" + n);
                }
                boolean partial = d.date != null && d.date.length() < 10;
                events.add(new DatedEvent(e, partial ? d.weekday : null));
            }
        }
        return events;
    }

    private static Event withId(Event e, String id) {
        return new Event(id, e.kind(), e.date(), e.status(), e.title(), e.cameo(), e.startTime(), e.duration(),
                e.participants(), e.place(), e.agreements(), e.evidence(), e.trigger());
    }

    /** "Es dauerte rund zwei Stunden": a sentence that goes on about the event of the sentence before. */
    private boolean startsWithPronoun(Sentence s) {
        return !s.tokens().isEmpty() && s.tokens().get(0).tag().equals("PRON")
                && lexicon.isWord("subjectPronoun", s.tokens().get(0));
    }

    private static boolean anaphoric(TriggerHit hit, EventDraft d, List<EventDraft> created) {
        return !created.contains(d) && (hit.definite() || hit.generic());
    }

    /** Finds or makes the draft this mention belongs to; null when it names no event this article knows. */
    private EventDraft place(TriggerHit hit, Sentence s, MentionIndex index, FrameParticipants participants,
                             Set<Integer> nouns, List<TimeExpression> times, List<EventDraft> drafts,
                             List<EventDraft> created) {
        EventLexicon.StatusCue cue = details.statusCue(s);
        EventStatus status = cue == null ? details.plannedInfinitive(s, hit) ? EventStatus.PLANNED : EventStatus.HELD
                : cue.status();
        List<Entity> people = participants.find(hit, s.index(), cue != null && cue.hostOnly(), drafts, nouns);
        if (people == null) {
            return null;
        }
        String date = details.date(s, hit, times, status != EventStatus.HELD);
        if (!hit.verb() && !hit.newEvent() && !hit.indefinite() && (hit.definite() || hit.generic())) {
            boolean noPersons = people.stream().noneMatch(e -> e.type() == EntityType.Person);
            EventDraft target = antecedent(drafts, hit, date, people, noPersons, status);
            if (target != null) {
                target.absorb(hit, noPersons ? List.of() : people);
                target.addSentence(s.index(), s.text());
                return target;
            }
        }
        if (people.isEmpty()) {
            if (!hit.verb()) {
                return null;
            }
            EventDraft recent = latest(drafts, d -> kindsMeet(d, hit) && EventMatcher.datesMeet(d.date, date)
                    && d.sentences.stream().anyMatch(k -> k >= s.index() - 2), false);
            if (recent != null) {
                recent.addSentence(s.index(), s.text());
            }
            return recent;
        }
        EventDraft target = latest(drafts, d -> kindsMeet(d, hit) && d.status == status
                && EventMatcher.datesMeet(d.date, date) && continues(d, hit, people), false);
        if (target == null) {
            target = new EventDraft(hit, status);
            drafts.add(target);
            created.add(target);
        } else {
            target.absorb(hit, people);
        }
        target.participants.addAll(people);
        target.addSentence(s.index(), s.text());
        return target;
    }

    /**
     * The event a definite or generic noun refers back to: kind-compatible, date-compatible, sharing a participant
     * (or the mention names none, or only states for an event of persons); with persons named, the status must agree.
     * Prefers the sentence's own status, then the same kind family, then the latest.
     */
    private EventDraft antecedent(List<EventDraft> drafts, TriggerHit hit, String date, List<Entity> people,
                                  boolean noPersons, EventStatus status) {
        java.util.function.Predicate<EventDraft> fits = d -> (kindsMeet(d, hit) || sameParty(d, hit, people))
                && EventMatcher.datesMeet(d.date, date) && !newcomer(d, people)
                && (people.isEmpty() || overlaps(d, people) && (noPersons || d.status == status)
                    || noPersons && !d.persons().isEmpty());
        for (java.util.function.Predicate<EventDraft> pref : List.<java.util.function.Predicate<EventDraft>>of(
                d -> d.status == status && sameFamily(d, hit), d -> d.status == status, d -> true)) {
            EventDraft found = latest(drafts, d -> fits.test(d) && pref.test(d), false);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * True when the mention names a person the draft lacks although the draft already has two: "Xi held a meeting
     * with Blinken" after "Blinken meets Wang Yi" is another meeting, while "das Gespräch mit Xi" after "Scholz kam
     * in Peking an" completes the first.
     */
    private static boolean newcomer(EventDraft d, List<Entity> people) {
        return d.persons().size() >= 2
                && people.stream().anyMatch(e -> e.type() == EntityType.Person && !d.participants.contains(e));
    }

    /**
     * "Bei dem Treffen" after "Scholz empfing Modi", "die Verhandlungen" after "Erdogan empfing die Delegationen": a
     * definite reference that names nobody new joins the visit it speaks of; "das Treffen mit Modi" during Scholz's
     * visit to India is a meeting of its own.
     */
    private boolean sameParty(EventDraft d, TriggerHit hit, List<Entity> people) {
        return hit.definite() && d.participants.containsAll(people);
    }

    private boolean sameFamily(EventDraft d, TriggerHit hit) {
        return lexicon.family(d.kind).equals(lexicon.family(hit.kind()));
    }

    private boolean kindsMeet(EventDraft d, TriggerHit hit) {
        if (d.kind != hit.kind() && (lexicon.isContainer(d.kind) || lexicon.isContainer(hit.kind()))) {
            return false;
        }
        return d.generic || hit.generic() || lexicon.family(d.kind).equals(lexicon.family(hit.kind()));
    }

    /**
     * A mention continues a draft when they share a participant, and two persons when the mention names two or
     * more, unless a word of a specific kind names the partners of a draft that named one person: "Biden sprach
     * mit Putin" is not the event of "Biden will mit seinen Verbündeten beraten"; "Biden werde eine
     * Telefonkonferenz mit Merkel, Macron und Johnson abhalten" is.
     */
    private static boolean continues(EventDraft d, TriggerHit hit, List<Entity> people) {
        List<Entity> persons = people.stream().filter(e -> e.type() == EntityType.Person).toList();
        long shared = persons.stream().filter(d.participants::contains).count();
        if (persons.size() < 2) {
            return overlaps(d, people);
        }
        return shared >= 2 || shared == 1 && d.persons().size() == 1 && !hit.generic();
    }

    private static boolean overlaps(EventDraft d, List<Entity> people) {
        return people.stream().anyMatch(d.participants::contains);
    }

    /** The latest draft (by its last sentence) that satisfies {@code test}; optionally preferring held ones. */
    private static EventDraft latest(List<EventDraft> drafts, java.util.function.Predicate<EventDraft> test,
                                     boolean preferHeld) {
        EventDraft best = null;
        int bestAt = -1;
        for (EventDraft d : drafts) {
            int last = d.sentences.stream().mapToInt(Integer::intValue).max().orElse(-1);
            boolean better = last >= bestAt || preferHeld && best != null && best.status != EventStatus.HELD
                    && d.status == EventStatus.HELD;
            if (preferHeld && best != null && best.status == EventStatus.HELD && d.status != EventStatus.HELD) {
                better = false;
            }
            if (test.test(d) && better) {
                best = d;
                bestAt = last;
            }
        }
        return best;
    }

    private static PartialDate articleDate(ArticleAnalysis a) {
        try {
            return a.article().publishedDate();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Event toEvent(EventDraft d, String articleId) {
        List<Entity> people = List.copyOf(d.participants);
        String names = people.stream().map(Entity::name).collect(Collectors.joining(" - "));
        String title = (d.title == null ? d.kind.id().replace('_', ' ') : d.title) + " " + names;
        String id = EventIds.of(lexicon.family(d.kind), d.date, people, articleId);
        return new Event(id, d.kind, d.date, d.status, title.strip(), d.cameo, d.startTime, d.duration, people,
                d.place, List.copyOf(d.agreements), d.evidence, d.trigger);
    }

    static boolean isAgreement(Mention m) {
        return m.entity().type() == EntityType.Agreement;
    }
}
