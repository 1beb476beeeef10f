package org.newsgraph.query;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * SPARQL {@code SERVICE} (federated queries) is off wherever newsgraph runs SPARQL: a query must not make this
 * machine fetch URLs of its choosing.
 *
 * <pre>{@code
 * FederatedQueries.refuse(context);   // before the query executes with that context
 * }</pre>
 *
 * <p>Design decision: two locks. Jena's switch for HTTP {@code SERVICE} ({@link ARQ#httpServiceAllowed}) is set to
 * false, and the context gets a service registry whose only executor refuses, so no executor that fetches is asked
 * at all and the user reads our message rather than Jena's.
 */
public final class FederatedQueries {

    private FederatedQueries() {
    }

    /** Turns SERVICE off for executions with {@code context}. */
    public static void refuse(Context context) {
        context.set(ARQ.httpServiceAllowed, false);
        ServiceExecutorRegistry refusing = new ServiceExecutorRegistry();
        refusing.add((opExecute, original, binding, execCxt) -> {
            throw new QueryDeniedException(message(original.getService().toString()));
        });
        ServiceExecutorRegistry.set(context, refusing);
    }

    /** What a user reads when a query asks for SERVICE. */
    static String message(String service) {
        return "SERVICE " + service + " is off: newsgraph answers from its own graph and does not fetch other "
                + "endpoints (federated queries); remove the SERVICE clause";
    }
}
