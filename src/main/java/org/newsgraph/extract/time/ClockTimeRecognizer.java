package org.newsgraph.extract.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clock times: "um 18 Uhr Moskauer Zeit", "kurz nach 16.00 Uhr MEZ", "gegen 21.35 Uhr", "um 9:30", "8 Uhr abends",
 * "at 6 p.m. EST", "18:00 GMT". The value is "HH:MM"; the zone's UTC offset goes to {@code timezone}.
 *
 * <p>Design decision: a number is a clock time only with "Uhr", a.m./p.m., a zone name, or an "H:MM" form after a
 * clock cue ("um", "at"), so scores ("2:1") and counts stay out.
 */
final class ClockTimeRecognizer implements Recognizer {

    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})(?:([.:])(\\d{2}))?");

    private final TimeLexicon lexicon;

    ClockTimeRecognizer(TimeLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public TimeExpression at(Words w, int i, RelativeDateResolver r) {
        Hit<Boolean> hedge = lexicon.approximators().at(w, i);
        int j = hedge == null ? i : i + hedge.length();
        if (j >= w.size()) {
            return null;
        }
        Matcher m = CLOCK.matcher(w.text(j));
        if (!m.matches()) {
            return null;
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (hour > 24 || minute > 59) {
            return null;
        }
        int last = j;
        boolean marked = false;
        String part = null;
        Hit<Boolean> uhr = last + 1 < w.size() ? lexicon.clockWords().at(w, last + 1) : null;
        Hit<Integer> meridiem = last + 1 < w.size() ? lexicon.meridiems().at(w, last + 1) : null;
        if (uhr != null) {
            marked = true;
            last += uhr.length();
            Hit<TimeLexicon.PartOfDay> daypart = last + 1 < w.size() ? lexicon.partsOfDay().at(w, last + 1) : null;
            if (daypart != null && w.startsLower(last + 1)) {
                part = daypart.value().code();
                hour = hour < 12 ? hour + daypart.value().hourShift() : hour;
                last += daypart.length();
            }
        } else if (meridiem != null && hour <= 12) {
            marked = true;
            hour = hour % 12 + meridiem.value();
            last += meridiem.length();
        }
        Hit<TimeLexicon.Zone> zone = last + 1 < w.size() ? lexicon.zones().at(w, last + 1) : null;
        if (zone != null) {
            marked = true;
            last += zone.length();
        }
        boolean cued = m.group(2) != null && ":".equals(m.group(2))
                && (hedge != null || lexicon.clockCues().endsAt(w, j - 1));
        if (!marked && !cued) {
            return null;
        }
        String value = String.format("%02d:%02d", hour, minute);
        String offset = zone == null ? null : r.offset(zone.value());
        return new TimeExpression(i, last, w.surface(i, last), TimeType.TIME, value, value, null, part, offset);
    }
}
