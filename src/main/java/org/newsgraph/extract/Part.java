package org.newsgraph.extract;

import java.util.Objects;

/**
 * An institution and the state or organisation it belongs to: "das russische Außenministerium" is part of Russia,
 * the "NATO-Russland-Rat" part of NATO. A PART_OF relationship in the graph.
 *
 * @param part the institution (an Organization)
 * @param whole the country or organisation it belongs to
 */
public record Part(Entity part, Entity whole) {

    public Part {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(whole, "whole");
        if (part.type() != EntityType.Organization) {
            throw new IllegalArgumentException("expected an Organization as the part, found " + part.key());
        }
        if (whole.type() != EntityType.Country && whole.type() != EntityType.Organization) {
            throw new IllegalArgumentException("expected a Country or Organization as the whole of " + part.key()
                    + ", found " + whole.key());
        }
    }
}
