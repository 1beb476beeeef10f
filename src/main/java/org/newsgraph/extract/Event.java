package org.newsgraph.extract;

import java.util.List;
import java.util.Objects;

/**
 * One real-world event as reported in one article:
 * {@code (:Event {id, kind, date, status, title, cameo, startTime, duration})}.
 *
 * @param id stable id (see the event merger); events from several articles that denote one real event share it
 * @param kind the kind
 * @param date ISO date, possibly partial ("2021-06") or a range ("2021-04-22/2021-04-23"), or null
 * @param status held, planned or proposed
 * @param title a short human title ("Videogipfel Joe Biden - Wladimir Putin")
 * @param cameo the CAMEO code ("040", "041", "044", "046")
 * @param startTime clock time as written, normalised ("16:00+01:00", "18:00+03:00"), or null
 * @param duration ISO 8601 duration ("PT2H5M"), or null
 * @param participants persons; countries or organizations where no person is named
 * @param place where it took place, or null
 * @param agreements agreements that are a topic of the event
 * @param evidence the source sentences
 * @param trigger the trigger word as written ("Videogipfel", "telefonierten")
 * @param convener in a multi-party event, the participant the others met with ("Biden" in "Biden hielt eine
 *                 Telefonkonferenz mit Merkel, Macron und Johnson ab"), or null when all met all
 */
public record Event(String id, EventKind kind, String date, EventStatus status, String title, String cameo,
                    String startTime, String duration, List<Entity> participants, Entity place,
                    List<Entity> agreements, List<String> evidence, String trigger, Entity convener) {

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        participants = List.copyOf(participants);
        agreements = List.copyOf(agreements);
        evidence = List.copyOf(evidence);
        if (convener != null && !participants.contains(convener)) {
            throw new IllegalArgumentException("the convener " + convener.name() + " of event " + id
                    + " must be one of its participants " + participants);
        }
    }

    /** An event in which every participant met every other. */
    public Event(String id, EventKind kind, String date, EventStatus status, String title, String cameo,
                 String startTime, String duration, List<Entity> participants, Entity place,
                 List<Entity> agreements, List<String> evidence, String trigger) {
        this(id, kind, date, status, title, cameo, startTime, duration, participants, place, agreements, evidence,
                trigger, null);
    }

    /** The same event with a convener. */
    public Event withConvener(Entity who) {
        return new Event(id, kind, date, status, title, cameo, startTime, duration, participants, place, agreements,
                evidence, trigger, who);
    }
}
