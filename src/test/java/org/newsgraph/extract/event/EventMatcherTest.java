package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.EventKind;
import org.newsgraph.extract.EventStatus;

/** Cross-document matching and merging of events, and the order-independent id. */
class EventMatcherTest {

    private static final EventLexicon LEXICON = EventLexicon.load();
    private static final EventMatcher MATCHER = new EventMatcher(LEXICON);
    private static final Entity SCHOLZ = new Entity("olaf-scholz", EntityType.Person, "Olaf Scholz", null);
    private static final Entity XI = new Entity("xi-jinping", EntityType.Person, "Xi Jinping", null);
    private static final Entity MODI = new Entity("narendra-modi", EntityType.Person, "Narendra Modi", null);

    private static Event event(EventKind kind, String trigger, String date, EventStatus status, String duration,
                               Entity... people) {
        List<Entity> ps = List.of(people);
        return new Event(EventIds.of(LEXICON.family(kind), date, ps, "test-article"), kind, date, status, trigger, LEXICON.cameo(kind),
                null, duration, ps, null, List.of(), List.of(trigger + " sentence"), trigger);
    }

    @Test
    void videoSummitAndVideoCallOnOneDayAreOneEvent() {
        Event a = event(EventKind.VIDEO_CONFERENCE, "Videogipfel", "2023-03-08", EventStatus.HELD, null, SCHOLZ, XI);
        Event b = event(EventKind.VIDEO_CONFERENCE, "Videoschalte", "2023-03-08", EventStatus.HELD, null, XI, SCHOLZ);
        assertTrue(MATCHER.sameEvent(a, b));
        assertEquals(a.id(), b.id(), "the id does not depend on participant order");
    }

    @Test
    void aVisitAndAMeetingDuringItAreKeptApartWithinOneArticle() {
        Event visit = event(EventKind.VISIT, "Besuch", "2023-03-08", EventStatus.HELD, null, SCHOLZ, MODI);
        Event meeting = event(EventKind.MEETING, "Treffen", "2023-03-08", EventStatus.HELD, null, SCHOLZ, MODI);
        assertTrue(MATCHER.sameEvent(visit, meeting), "across articles one report may call it a meeting");
        assertTrue(MATCHER.keptApart(visit, meeting));
        assertFalse(MATCHER.keptApart(meeting, event(EventKind.SUMMIT, "Gipfel", "2023-03-08", EventStatus.HELD,
                null, SCHOLZ, MODI)));
    }

    @Test
    void partialDateContainsTheFullOneAndAWeekdayMustAgree() {
        Event month = event(EventKind.VIDEO_CONFERENCE, "Videokonferenz", "2023-03", EventStatus.HELD, null, SCHOLZ, XI);
        Event day = event(EventKind.VIDEO_CONFERENCE, "Videogespräch", "2023-03-08", EventStatus.HELD, null, SCHOLZ, XI);
        assertTrue(MATCHER.sameEvent(month, day));
        assertTrue(MATCHER.sameEvent(month, 3, day, null), "2023-03-08 is a Wednesday");
        assertFalse(MATCHER.sameEvent(month, 2, day, null), "a Tuesday in March cannot be 2023-03-08");
    }

    @Test
    void aStateAloneDoesNotJoinAnotherEventButAPersonAloneDoes() {
        Entity china = new Entity("CN", EntityType.Country, "China", null);
        Entity germany = new Entity("DE", EntityType.Country, "Deutschland", null);
        Event chinaOnly = event(EventKind.MEETING, "Treffen", "2023-04", EventStatus.HELD, null, china);
        assertFalse(MATCHER.sameEvent(chinaOnly,
                event(EventKind.MEETING, "Treffen", "2023-04", EventStatus.HELD, null, germany, china)));
        assertTrue(MATCHER.sameEvent(chinaOnly, event(EventKind.MEETING, "Treffen", "2023-04-13", EventStatus.HELD,
                null, china)));
        assertTrue(MATCHER.sameEvent(event(EventKind.MEETING, "Treffen", "2023-04", EventStatus.HELD, null, SCHOLZ),
                event(EventKind.MEETING, "Treffen", "2023-04-13", EventStatus.HELD, null, SCHOLZ, XI)));
    }

    @Test
    void differentDaysOrKindFamiliesOrPartiesAreDifferentEvents() {
        Event call = event(EventKind.PHONE_CALL, "Telefonat", "2023-03-08", EventStatus.HELD, null, SCHOLZ, XI);
        assertFalse(MATCHER.sameEvent(call,
                event(EventKind.PHONE_CALL, "Telefonat", "2023-03-01", EventStatus.HELD, null, SCHOLZ, XI)));
        assertFalse(MATCHER.sameEvent(call,
                event(EventKind.VIDEO_CONFERENCE, "Videogipfel", "2023-03-08", EventStatus.HELD, null, SCHOLZ, XI)));
        assertFalse(MATCHER.sameEvent(call,
                event(EventKind.PHONE_CALL, "Telefonat", "2023-03-08", EventStatus.HELD, null, SCHOLZ, MODI)));
        assertFalse(MATCHER.sameEvent(call,
                event(EventKind.PHONE_CALL, "Telefonat", null, EventStatus.HELD, null, SCHOLZ, XI)),
                "an undated report is not merged across articles");
    }

    @Test
    void genericWordMatchesAnyKind() {
        Event talk = event(EventKind.MEETING, "Gespräch", "2023-03-08", EventStatus.HELD, null, SCHOLZ, XI);
        Event video = event(EventKind.VIDEO_CONFERENCE, "Videogipfel", "2023-03-08", EventStatus.HELD, null, SCHOLZ, XI);
        assertTrue(MATCHER.sameEvent(talk, video));
        Event merged = MATCHER.merge(talk, video);
        assertEquals(EventKind.VIDEO_CONFERENCE, merged.kind(), "the specific kind wins");
    }

    @Test
    void mergeIsSymmetricKeepsTheSmallerIdAndTheMorePreciseValues() {
        Event a = event(EventKind.VIDEO_CONFERENCE, "Videokonferenz", "2023-03", EventStatus.PLANNED, "PT2H", SCHOLZ, XI);
        Event b = event(EventKind.VIDEO_CONFERENCE, "Videogipfel", "2023-03-08", EventStatus.HELD, "PT2H5M", SCHOLZ, XI);
        Event ab = MATCHER.merge(a, b);
        Event ba = MATCHER.merge(b, a);
        assertEquals(ab, ba);
        assertEquals(a.id().compareTo(b.id()) < 0 ? a.id() : b.id(), ab.id());
        assertEquals("2023-03-08", ab.date());
        assertEquals("PT2H5M", ab.duration());
        assertEquals(EventStatus.HELD, ab.status(), "a report that it took place confirms the plan");
    }
}
