package org.newsgraph.extract;

import java.util.Locale;

/**
 * The kinds of event newsgraph extracts; the CAMEO code of each lives in the ontology's trigger lexicon.
 * The graph stores {@link #id()} in {@code Event.kind}.
 */
public enum EventKind {
    VIDEO_CONFERENCE,
    PHONE_CALL,
    CONFERENCE_CALL,
    SUMMIT,
    MEETING,
    VISIT,
    NEGOTIATION,
    CONSULTATION;

    /** The value stored in the graph: {@code video_conference}, {@code phone_call}, ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EventKind fromId(String id) {
        for (EventKind k : values()) {
            if (k.id().equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("expected an event kind (video_conference, phone_call, conference_call, "
                + "summit, meeting, visit, negotiation, consultation), found '" + id + "'");
    }
}
