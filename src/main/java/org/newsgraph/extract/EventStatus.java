package org.newsgraph.extract;

import java.util.Locale;

/** Whether an event took place, is planned, or was only proposed. */
public enum EventStatus {
    HELD,
    PLANNED,
    PROPOSED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EventStatus fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
