package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When the date of a graph event counts as the gold event's date. */
class EventDateMatchTest {

    @Test
    void equalDatesAndDaysWithinAPartialGoldDateMatch() {
        assertTrue(Evaluator.sameDate("2019-12-09", "2019-12-09"));
        assertTrue(Evaluator.sameDate(null, null));
        assertTrue(Evaluator.sameDate("2019-12", "2019-12-09"), "the article gave the month, a merged report the day");
        assertTrue(Evaluator.sameDate("2019", "2019-12"));
        assertTrue(Evaluator.sameDate("2022-06", "2022-06-26/2022-06-28"));
    }

    @Test
    void otherDatesDoNotMatch() {
        assertFalse(Evaluator.sameDate("2019-12-09", "2019-12"), "a less precise graph date is not the gold's day");
        assertFalse(Evaluator.sameDate("2019-12", "2019-11-30"));
        assertFalse(Evaluator.sameDate("2019-12", "2019-12-31/2020-01-02"));
        assertFalse(Evaluator.sameDate("2019-12", null));
        assertFalse(Evaluator.sameDate(null, "2019-12"));
        assertFalse(Evaluator.sameDate("2019-1", "2019-12-01"), "a prefix is not a month");
        assertFalse(Evaluator.sameDate("2022-06-26/2022-06-28", "2022-06-27"));
    }
}
