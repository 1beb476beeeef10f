package org.newsgraph.kb;

import java.util.Objects;
import java.util.Set;
import org.newsgraph.ingest.PartialDate;

/**
 * A person's term in an office, from {@code ng:holds} in {@code people.ttl}.
 *
 * @param personId the office holder
 * @param role the office role ({@code HeadOfState}, {@code ForeignMinister}, ...)
 * @param ofId the country or organization
 * @param titles the title words of this office, lower case ("präsident", "präsidentin", "president")
 * @param titleEn the English title stored in the graph ("President")
 * @param since the start, or null when unknown
 * @param until the end, or null while in office
 */
public record Holding(String personId, String role, String ofId, Set<String> titles, String titleEn,
                      PartialDate since, PartialDate until) {

    public Holding {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(ofId, "ofId");
        titles = Set.copyOf(titles);
    }

    /** True when the term may cover {@code date}; an unknown date matches every term. */
    public boolean activeAt(PartialDate date) {
        if (date == null) {
            return true;
        }
        boolean started = since == null || !since.earliest().isAfter(date.latest());
        boolean notEnded = until == null || !until.latest().isBefore(date.earliest());
        return started && notEnded;
    }
}
