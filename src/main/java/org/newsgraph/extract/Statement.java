package org.newsgraph.extract;

import java.util.List;
import java.util.Objects;

/**
 * One statement between actors: {@code (actor)-[:TYPE {what, cameo, date, event, evidence, articles}]->(target)}.
 *
 * @param type the statement type (the relationship type)
 * @param actor who demands, threatens, accuses, ...
 * @param target the party whose conduct is demanded, threatened, accused or supported
 * @param what a short phrase of the content
 * @param cameo the CAMEO code of the statement
 * @param date ISO date (possibly partial) when it was made, or null
 * @param event id of the event it was made at, or null
 * @param evidence the source sentences
 */
public record Statement(StatementType type, Entity actor, Entity target, String what, String cameo, String date,
                        String event, List<String> evidence) {

    public Statement {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(what, "what");
        evidence = List.copyOf(evidence);
    }
}
