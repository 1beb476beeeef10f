package org.newsgraph.extract.statement;

import org.newsgraph.extract.Entity;
import org.newsgraph.extract.StatementType;

/**
 * A statement found in one sentence before its target is settled.
 *
 * @param sentence the sentence index
 * @param type the statement type
 * @param actor who makes it
 * @param target the explicit target (an object, "an X", "von X"), or null
 * @param contentFrom first token of the content phrase
 * @param contentTo last token of the content phrase (inclusive); {@code contentTo < contentFrom} when there is none
 * @param exclude an entity that must not become the target (the subject of a threatened reaction)
 */
record Candidate(int sentence, StatementType type, Entity actor, Entity target, int contentFrom, int contentTo,
                 Entity exclude) { }
