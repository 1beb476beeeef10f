package org.newsgraph.extract.time;

/** What a {@link TimeExpression} denotes. */
public enum TimeType {
    /** A day, month or year: "7. Dezember 2021", "am Dienstag", "im Juni", "2015". */
    DATE,
    /** A closed span of days or a calendar week: "am 22. und 23. April", "kommende Woche". */
    DATE_RANGE,
    /** A clock time: "kurz nach 16.00 Uhr MEZ". */
    TIME,
    /** A length of time: "rund zwei Stunden", "2 Stunden und 5 Minuten". */
    DURATION,
    /** A vague span reaching from the article date forward or back: "in den kommenden Monaten". */
    PERIOD
}
