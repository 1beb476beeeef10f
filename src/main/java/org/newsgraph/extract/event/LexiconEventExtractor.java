package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.EventStatus;
import org.newsgraph.extract.Mention;
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
    private final ParticipantFinder participants;
    private final EventDetails details;

    public LexiconEventExtractor(EventLexicon lexicon, TimeNormalizer time) {
        this.lexicon = lexicon;
        this.time = time;
        this.triggers = new TriggerFinder(lexicon);
        this.participants = new ParticipantFinder(lexicon);
        this.details = new EventDetails(lexicon);
    }

    @Override
    public List<Event> extract(ArticleAnalysis a) {
        MentionIndex index = new MentionIndex(a);
        PartialDate articleDate = articleDate(a);
        List<EventDraft> drafts = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            List<TimeExpression> times = time.find(s, articleDate);
            EventDraft referenced = null;
            List<EventDraft> created = new ArrayList<>();
            for (TriggerHit hit : triggers.find(s)) {
                if (hit.reference()) {
                    referenced = latest(drafts, d -> true, true);
                    if (referenced != null) {
                        details.addAgreements(referenced, index, s.index());
                    }
                    continue;
                }
                EventDraft d = place(hit, s, index, times, drafts, created);
                if (d != null) {
                    details.fill(d, hit, index, s.index(), times, anaphoric(hit, d, created));
                }
            }
            for (EventDraft d : created) {
                if (d.date == null && referenced != null && referenced != d) {
                    d.date = referenced.date;
                    d.weekday = referenced.weekday;
                }
            }
        }
        return drafts.stream().filter(d -> !d.participants.isEmpty()).map(d -> toEvent(d)).toList();
    }

    private static boolean anaphoric(TriggerHit hit, EventDraft d, List<EventDraft> created) {
        return !created.contains(d) && (hit.definite() || hit.generic());
    }

    /** Finds or makes the draft this mention belongs to; null when it names no event this article knows. */
    private EventDraft place(TriggerHit hit, Sentence s, MentionIndex index, List<TimeExpression> times,
                             List<EventDraft> drafts, List<EventDraft> created) {
        EventLexicon.StatusCue cue = details.statusCue(s);
        EventStatus status = cue == null ? EventStatus.HELD : cue.status();
        List<Entity> people = participants.find(index, s.index(), cue != null && cue.hostOnly(), drafts);
        if (people.isEmpty()) {
            if (hit.newEvent() || !(hit.definite() || hit.generic())) {
                return null;
            }
            EventDraft target = latest(drafts, d -> kindsMeet(d, hit), false);
            if (target != null) {
                target.addSentence(s.index(), s.text());
            }
            return target;
        }
        String date = details.date(s, hit, times, status != EventStatus.HELD);
        EventDraft target = latest(drafts, d -> kindsMeet(d, hit) && d.status == status
                && EventMatcher.datesMeet(d.date, date) && overlaps(d, people), false);
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

    private boolean kindsMeet(EventDraft d, TriggerHit hit) {
        return d.generic || hit.generic() || lexicon.family(d.kind).equals(lexicon.family(hit.kind()));
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

    private Event toEvent(EventDraft d) {
        List<Entity> people = List.copyOf(d.participants);
        String names = people.stream().map(Entity::name).collect(Collectors.joining(" - "));
        String title = (d.title == null ? d.kind.id().replace('_', ' ') : d.title) + " " + names;
        String id = EventIds.of(lexicon.family(d.kind), d.date, people);
        return new Event(id, d.kind, d.date, d.status, title.strip(), d.cameo, d.startTime, d.duration, people,
                d.place, List.copyOf(d.agreements), d.evidence, d.trigger);
    }

    static boolean isAgreement(Mention m) {
        return m.entity().type() == EntityType.Agreement;
    }
}
