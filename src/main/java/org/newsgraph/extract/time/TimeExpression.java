package org.newsgraph.extract.time;

import java.time.LocalDate;
import java.util.Objects;
import org.newsgraph.ingest.PartialDate;

/**
 * One time expression of a sentence, normalised to ISO 8601.
 *
 * @param firstToken index of its first token in the sentence
 * @param lastToken index of its last token (inclusive)
 * @param surface the text as written, from the first to the last token (leading prepositions and articles such as
 *     "am", "im", "um" are not part of it; hedges such as "rund", "kurz nach" are)
 * @param type what it denotes
 * @param value the reading for a past event: "2021-12-07", "2021-06", "2015", "2021-04-22/2021-04-23", "16:00",
 *     "PT2H5M"; null when it needs the article date and that is unknown
 * @param futureValue the reading for an event that lies ahead of the article date (differs from {@code value} only
 *     for relative forms such as "am Dienstag", "im Juni", "am 17. Dezember"); null exactly when value is null
 * @param weekday 1 = Monday .. 7 = Sunday when the expression names a weekday (even if unresolved), else null
 * @param partOfDay "morning", "forenoon", "noon", "afternoon", "evening", "night", optionally prefixed "late " or
 *     "early ", or null
 * @param timezone UTC offset such as "+01:00" for a clock time with a named zone, else null (also for "Ortszeit")
 */
public record TimeExpression(int firstToken, int lastToken, String surface, TimeType type, String value,
                             String futureValue, Integer weekday, String partOfDay, String timezone) {

    public TimeExpression {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(type, "type");
        if (firstToken < 0 || lastToken < firstToken) {
            throw new IllegalArgumentException(
                    "expected token span 0 <= first <= last, found [" + firstToken + "," + lastToken + "]");
        }
        if (weekday != null && (weekday < 1 || weekday > 7)) {
            throw new IllegalArgumentException("weekday must be 1 (Monday) .. 7 (Sunday), was " + weekday);
        }
        if (value == null && futureValue != null) {
            throw new IllegalArgumentException("a future reading '" + futureValue + "' needs a past reading");
        }
        if (futureValue == null) {
            futureValue = value;
        }
        if (timezone != null && !timezone.matches("[+-]\\d{2}:\\d{2}")) {
            throw new IllegalArgumentException("timezone must be an offset like +01:00, was '" + timezone + "'");
        }
    }

    /** The reading for an event whose tense says it lies ahead ({@code planned}) or not. */
    public String value(boolean ahead) {
        return ahead ? futureValue : value;
    }

    /** True when the value could be computed. */
    public boolean isResolved() {
        return value != null;
    }

    /**
     * True when {@code day} is a day this date can denote in the chosen reading: within the value (a day, month,
     * year or "start/end" range) and on the named weekday, if any. A month-dated "am Dienstag" ("2021-12", weekday 2)
     * admits 2021-12-07 but not 2021-12-08; an event merger uses this to pin it with another report's date.
     */
    public boolean admits(LocalDate day, boolean ahead) {
        String v = value(ahead);
        if (v == null || type == TimeType.TIME || type == TimeType.DURATION) {
            return false;
        }
        if (weekday != null && day.getDayOfWeek().getValue() != weekday) {
            return false;
        }
        int slash = v.indexOf('/');
        PartialDate from = PartialDate.parse(slash < 0 ? v : v.substring(0, slash));
        PartialDate to = slash < 0 ? from : PartialDate.parse(v.substring(slash + 1));
        return !day.isBefore(from.earliest()) && !day.isAfter(to.latest());
    }

    /** For a clock time, the value with its offset ("16:00+01:00"), as {@code Event.startTime} wants it. */
    public String clockTimeWithOffset() {
        if (type != TimeType.TIME || value == null) {
            return null;
        }
        return timezone == null ? value : value + timezone;
    }
}
