package org.newsgraph.extract.event;

import java.util.Objects;
import org.newsgraph.extract.Event;

/**
 * An event with the weekday its text named, for an event whose date is only partly known ("am Dienstag" in an article
 * dated "2021-12"): the graph writer stores it ({@code Event.weekday}) and passes it to
 * {@link EventMatcher#sameEvent(Event, Integer, Event, Integer)}, so that only a Tuesday of December 2021 matches.
 *
 * @param event the event
 * @param weekday 1 (Monday) .. 7 (Sunday) when the date is partial and a weekday was named, else null
 */
public record DatedEvent(Event event, Integer weekday) {

    public DatedEvent {
        Objects.requireNonNull(event, "event");
        if (weekday != null && (weekday < 1 || weekday > 7)) {
            throw new IllegalArgumentException("weekday must be 1 (Monday) .. 7 (Sunday), was " + weekday);
        }
    }
}
