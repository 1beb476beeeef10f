package org.newsgraph.graph;

import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.graphdb.Transaction;
import org.neo4j.internal.kernel.api.Read;
import org.neo4j.internal.kernel.api.TokenRead;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;
import org.neo4j.token.api.NamedToken;
import org.neo4j.token.api.TokenConstants;

/**
 * The counts of an embedded store as Neo4j keeps them (its count store): nodes per label, relationships per type
 * and the totals, each read in constant time, without compiling Cypher (which costs a short command a second).
 *
 * @param labels node count per label known to the store (0 for a label of the schema no node has yet), sorted
 * @param relationshipTypes relationship count per type known to the store, sorted
 */
record StoreCounts(Map<String, Long> labels, Map<String, Long> relationshipTypes, long nodes, long relationships) {

    private static final int ANY_LABEL = TokenConstants.ANY_LABEL;

    static StoreCounts of(Neo4jDatabase db) {
        try (Transaction tx = db.graph().beginTx()) {
            KernelTransaction ktx = ((InternalTransaction) tx).kernelTransaction();
            Read read = ktx.dataRead();
            TokenRead tokens = ktx.tokenRead();
            Map<String, Long> labels = new TreeMap<>();
            for (Iterator<NamedToken> it = tokens.labelsGetAllTokens(); it.hasNext(); ) {
                NamedToken label = it.next();
                labels.put(label.name(), read.countsForNode(label.id()));
            }
            Map<String, Long> types = new TreeMap<>();
            for (Iterator<NamedToken> it = tokens.relationshipTypesGetAllTokens(); it.hasNext(); ) {
                NamedToken type = it.next();
                types.put(type.name(), read.countsForRelationship(ANY_LABEL, type.id(), ANY_LABEL));
            }
            return new StoreCounts(labels, types, read.nodesGetCount(), read.relationshipsGetCount());
        }
    }
}
