package org.newsgraph.extract;

import java.util.Objects;

/**
 * A person holding an office: {@code (:Person)-[:HOLDS_OFFICE {title, since, until}]->(:Country|Organization)}.
 *
 * @param person the office holder
 * @param title the office title in English ("President", "Chancellor", "Foreign Minister")
 * @param of the country or organization
 * @param since ISO start date (possibly partial), or null
 * @param until ISO end date (possibly partial), or null while in office
 */
public record Office(Entity person, String title, Entity of, String since, String until) {

    public Office {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(of, "of");
    }
}
