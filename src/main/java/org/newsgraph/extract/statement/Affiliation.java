package org.newsgraph.extract.statement;

import java.util.Optional;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.ingest.PartialDate;
import org.newsgraph.kb.Holding;
import org.newsgraph.kb.KbEntity;
import org.newsgraph.kb.KnowledgeBase;

/**
 * The state a person speaks for at a date (the country of an office they hold), used to keep a leader's own state
 * out of the targets of their statements and to name the state behind a leader on the other side.
 */
@FunctionalInterface
public interface Affiliation {

    /** The country, or null when unknown. */
    Entity stateOf(Entity person, PartialDate date);

    /** No knowledge: only offices stated in the article count. */
    Affiliation NONE = (person, date) -> null;

    /** Offices from the knowledge base: the first country-level office active at the date (or ever, without one). */
    static Affiliation of(KnowledgeBase kb) {
        return (person, date) -> {
            if (person.type() != EntityType.Person) {
                return null;
            }
            for (Holding h : kb.holdings(person.id())) {
                if (h.activeAt(date)) {
                    Optional<KbEntity> of = kb.entity(EntityType.Country, h.ofId());
                    if (of.isPresent()) {
                        return of.get().entity();
                    }
                }
            }
            return null;
        };
    }
}
