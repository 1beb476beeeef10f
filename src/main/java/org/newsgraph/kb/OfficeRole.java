package org.newsgraph.kb;

import java.util.Objects;
import java.util.Set;

/**
 * An office role from {@code offices.ttl}.
 *
 * @param id the local name ({@code HeadOfState})
 * @param label the English label ("Head of state")
 * @param titleWords the words that name it, lower case ("staatschef", "staatschefin", "head of state")
 * @param generic true when it names the top office of whatever it is attached to ("Kreml-Chef")
 */
public record OfficeRole(String id, String label, Set<String> titleWords, boolean generic) {

    public OfficeRole {
        Objects.requireNonNull(id, "id");
        titleWords = Set.copyOf(titleWords);
    }
}
