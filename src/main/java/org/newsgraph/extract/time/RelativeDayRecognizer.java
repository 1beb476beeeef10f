package org.newsgraph.extract.time;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;

/**
 * Days, weeks, months and years named relative to the article date: "heute", "gestern Abend", "vergangene Woche",
 * "im kommenden Jahr", "Ende vergangenen Jahres", "vor zwei Wochen", "in drei Tagen", "two weeks ago",
 * and vague spans "in den kommenden Monaten", "in den nächsten zwei Wochen" (type PERIOD).
 *
 * <p>Design decision: a week is the Monday-Sunday date range (DATE_RANGE "2021-12-13/2021-12-19") rather than an
 * ISO week ("2021-W50"), so that every value splits into parts {@code PartialDate.parse} reads.
 */
final class RelativeDayRecognizer implements Recognizer {

    private final TimeLexicon lexicon;

    RelativeDayRecognizer(TimeLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public TimeExpression at(Words w, int i, RelativeDateResolver r) {
        TimeExpression e = relativeDay(w, i, r);
        if (e == null) {
            e = calendarUnit(w, i, r);
        }
        return DateRecognizer.longest(e, moved(w, i, r));
    }

    /** "heute", "gestern Abend", "morgen früh"; capitalised "Morgen" inside a sentence is a part of day. */
    private TimeExpression relativeDay(Words w, int i, RelativeDateResolver r) {
        Hit<Integer> day = lexicon.relativeDays().at(w, i);
        if (day == null || i > 0 && w.startsUpper(i) && lexicon.partsOfDay().single(w, i) != null) {
            return null;
        }
        int last = i + day.length() - 1;
        String part = null;
        Hit<TimeLexicon.PartOfDay> after = last + 1 < w.size() ? lexicon.partsOfDay().at(w, last + 1) : null;
        if (after != null) {
            part = after.value().code();
            last += after.length();
        }
        RelativeDateResolver.Reading reading = r.dayOffset(day.value());
        return expression(w, i, last, TimeType.DATE, reading, part);
    }

    /** [Anfang|Ende] direction [amount] unit: "vergangene Woche", "in den kommenden (zwei) Monaten", "Ende der Woche". */
    private TimeExpression calendarUnit(Words w, int i, RelativeDateResolver r) {
        int j = i;
        Hit<String> part = lexicon.monthParts().at(w, j);
        if (part != null) {
            j += part.length();
        }
        Hit<Integer> direction = j < w.size() ? lexicon.directions().at(w, j) : null;
        int shift = 0;
        if (direction != null) {
            shift = direction.value();
            j += direction.length();
        } else if (part != null && j < w.size() && lexicon.dateArticles().at(w, j) != null) {
            j += lexicon.dateArticles().at(w, j).length();
        } else {
            return null;
        }
        Hit<BigDecimal> amount = j < w.size() ? w.amount(j, lexicon) : null;
        int k = amount == null ? j : j + amount.length();
        Hit<TimeLexicon.Unit> unit = k < w.size() ? lexicon.units().at(w, k) : null;
        if (unit == null) {
            return null;
        }
        int last = k + unit.length() - 1;
        if (!unit.value().plural()) {
            if (amount != null) {
                return null;
            }
            RelativeDateResolver.Reading reading = r.calendarUnit(unit.value().chrono(), shift);
            TimeType type = unit.value().chrono() == ChronoUnit.WEEKS ? TimeType.DATE_RANGE : TimeType.DATE;
            return expression(w, i, last, type, reading, null);
        }
        if (shift == 0 || part != null) {
            return null;
        }
        int count = amount == null ? unit.value().vagueSpan() : amount.value().intValue();
        RelativeDateResolver.Reading reading = r.period(unit.value().chrono(), count, shift);
        return expression(w, i, last, TimeType.PERIOD, reading, null);
    }

    /** "vor zwei Wochen", "in drei Tagen", "two weeks ago". */
    private TimeExpression moved(Words w, int i, RelativeDateResolver r) {
        Hit<TimeLexicon.Offset> before = lexicon.offsets().at(w, i);
        int j = i;
        if (before != null && !before.value().after()) {
            j += before.length();
            Hit<Boolean> hedge = j < w.size() ? lexicon.approximators().at(w, j) : null;
            if (hedge != null) {
                j += hedge.length();
            }
        } else {
            before = null;
        }
        Hit<BigDecimal> amount = j < w.size() ? w.amount(j, lexicon) : null;
        if (amount == null) {
            return null;
        }
        int k = j + amount.length();
        Hit<TimeLexicon.Unit> unit = k < w.size() ? lexicon.units().at(w, k) : null;
        if (unit == null || unit.value().timeUnit()) {
            return null;
        }
        int last = k + unit.length() - 1;
        int direction;
        if (before != null) {
            direction = before.value().direction();
        } else {
            Hit<TimeLexicon.Offset> after = last + 1 < w.size() ? lexicon.offsets().at(w, last + 1) : null;
            if (after == null || !after.value().after()) {
                return null;
            }
            direction = after.value().direction();
            last += after.length();
        }
        RelativeDateResolver.Reading reading = r.moved(unit.value().chrono(), amount.value(), direction);
        return expression(w, i, last, TimeType.DATE, reading, null);
    }

    private static TimeExpression expression(Words w, int first, int last, TimeType type,
                                             RelativeDateResolver.Reading reading, String part) {
        return new TimeExpression(first, last, w.surface(first, last), type, reading.past(),
                reading.past() == null ? null : reading.future(), null, part, null);
    }
}
