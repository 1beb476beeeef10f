package org.newsgraph.extract.event;

import java.util.List;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.EventStatus;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.time.TimeExpression;
import org.newsgraph.extract.time.TimeNormalizer;
import org.newsgraph.ingest.PartialDate;
import org.newsgraph.extract.time.TimeType;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/** Status, date, start time, duration, place and agreements of an event mention, from its sentence and paragraph. */
final class EventDetails {

    private final EventLexicon lexicon;
    private final TimeNormalizer time;

    EventDetails(EventLexicon lexicon, TimeNormalizer time) {
        this.lexicon = lexicon;
        this.time = time;
    }

    /** The highest-priority status cue of the sentence, or null (then the event was held). */
    EventLexicon.StatusCue statusCue(Sentence s) {
        for (EventLexicon.StatusCue cue : lexicon.statusCues()) {
            if (cue.pattern().find(s.tokens(), 0, s.tokens().size()) >= 0) {
                return cue;
            }
        }
        return null;
    }

    /** "vereinbarten, im Herbst zu telefonieren": a verb trigger as zu-infinitive after a verb of planning. */
    boolean plannedInfinitive(Sentence s, TriggerHit hit) {
        List<Token> tokens = s.tokens();
        if (!hit.verb() || hit.token() == 0 || !tokens.get(hit.token() - 1).text().equalsIgnoreCase("zu")) {
            return false;
        }
        for (int k = 0; k < hit.token(); k++) {
            if (lexicon.isCue("planVerb", tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** The most precise date of the sentence, the nearest of equals to the trigger, read forward when the event lies ahead; null when the sentence has none. */
    String date(Sentence s, TriggerHit hit, List<TimeExpression> times, boolean ahead) {
        TimeExpression best = nearestDate(hit, times);
        return best == null ? null : best.value(ahead);
    }

    private static TimeExpression nearestDate(TriggerHit hit, List<TimeExpression> times) {
        TimeExpression best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TimeExpression t : times) {
            if ((t.type() == TimeType.DATE || t.type() == TimeType.DATE_RANGE) && t.isResolved()) {
                int distance = Math.min(Math.abs(t.firstToken() - hit.token()), Math.abs(t.lastToken() - hit.token()))
                        - 1000 * t.value().length();
                if (distance < bestDistance) {
                    best = t;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    /** Adds what the sentence says about the event: date (when still unknown), time, duration, place, agreements. */
    void fill(EventDraft d, TriggerHit hit, MentionIndex index, int sentence, List<TimeExpression> times,
              boolean anaphoric) {
        Sentence s = index.sentence(sentence);
        TimeExpression when = nearestDate(hit, times);
        if (d.date == null && when != null) {
            d.date = when.value(d.status != org.newsgraph.extract.EventStatus.HELD);
            d.weekday = when.weekday();
        }
        if (d.duration == null && hasCue(s, "durationCue")) {
            times.stream().filter(t -> t.type() == TimeType.DURATION && t.isResolved()).findFirst()
                    .ifPresent(t -> d.duration = t.value());
        }
        if (d.startTime == null && hasCue(s, "startCue")) {
            times.stream().filter(t -> t.type() == TimeType.TIME && t.isResolved()).findFirst()
                    .ifPresent(t -> d.startTime = t.clockTimeWithOffset());
        }
        if (d.place == null && !anaphoric) {
            for (Mention m : index.in(sentence)) {
                if (m.entity().type() == EntityType.Place && m.firstToken() > 0
                        && sameClause(s, hit.token(), m.firstToken())
                        && lexicon.isCue("placePreposition", s.tokens().get(m.firstToken() - 1))
                        && !MentionIndex.inQuote(s.tokens(), m.firstToken())) {
                    d.place = m.entity();
                    break;
                }
            }
        }
        addAgreements(d, index, sentence);
    }

    /**
     * The date of an event whose sentences named none: a date phrase in the next sentence of the same paragraph
     * (when no other event begins there); else, for a held event, the article's date (what a report in the past
     * or perfect without a date means: it happened on the day of the report, as precisely as the article is dated).
     */
    void completeDate(EventDraft d, ArticleAnalysis a, MentionIndex index, PartialDate articleDate,
                      List<EventDraft> drafts) {
        if (d.date != null) {
            return;
        }
        int first = d.sentences.stream().mapToInt(Integer::intValue).min().orElse(-1);
        int next = first + 1;
        boolean free = drafts.stream().noneMatch(o -> o != d && o.sentences.contains(next));
        if (first >= 0 && next < a.sentences().size() && free && index.sameParagraph(a.article().text(), first, next)) {
            for (TimeExpression t : time.find(a.sentences().get(next), articleDate)) {
                if ((t.type() == TimeType.DATE || t.type() == TimeType.DATE_RANGE) && t.isResolved()) {
                    d.date = t.value(d.status != EventStatus.HELD);
                    d.weekday = t.weekday();
                    return;
                }
            }
        }
        if (d.status == EventStatus.HELD && articleDate != null) {
            d.date = articleDate.toString();
        }
    }

    private static boolean sameClause(Sentence s, int a, int b) {
        for (int i = Math.min(a, b) + 1; i < Math.max(a, b); i++) {
            if (s.tokens().get(i).tag().equals("PUNCT")) {
                return false;
            }
        }
        return true;
    }

    void addAgreements(EventDraft d, MentionIndex index, int sentence) {
        for (Mention m : index.in(sentence)) {
            if (m.entity().type() == EntityType.Agreement) {
                d.agreements.add(m.entity());
            }
        }
    }

    private boolean hasCue(Sentence s, String cue) {
        for (Token t : s.tokens()) {
            if (lexicon.isCue(cue, t)) {
                return true;
            }
        }
        return false;
    }
}
