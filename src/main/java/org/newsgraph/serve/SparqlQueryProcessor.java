package org.newsgraph.serve;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecDatasetBuilder;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.web.HttpSC;
import org.newsgraph.query.FederatedQueries;
import org.newsgraph.query.SparqlSyntaxError;
import org.newsgraph.query.Timeout;

/**
 * Fuseki's SPARQL query service as {@code newsgraph sparql} answers: the same predeclared prefixes, the timeout, and
 * SERVICE off.
 *
 * <p>Design decision: the query is parsed here first with the prefixes declared, so a syntax error is reported at the
 * user's own line and column; a valid query goes on to Fuseki with a PREFIX line for each prefix it uses and does not
 * declare.
 */
final class SparqlQueryProcessor extends SPARQL_QueryDataset {

    /** Fuseki's base for relative IRIs in queries. */
    private static final String BASE = "http://server/unset-base/";

    private final Supplier<PrefixMapping> prefixes;
    private final Timeout timeout;

    SparqlQueryProcessor(Supplier<PrefixMapping> prefixes, Timeout timeout) {
        this.prefixes = prefixes;
        this.timeout = timeout;
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        PrefixMapping declared = prefixes.get();
        Query parsed = new Query();
        parsed.getPrefixMapping().setNsPrefixes(declared);
        try {
            QueryFactory.parse(parsed, queryString, BASE, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            ServletOps.errorBadRequest(SparqlSyntaxError.of(queryString, e).message());
            return;
        }
        try {
            super.execute(BrowserGuide.withPrefixes(queryString, declared), action);
        } catch (QueryCancelledException e) {
            ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, timeout.exceededMessage());
        }
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        Context context = action.getContext() == null ? Context.create() : action.getContext().copy();
        FederatedQueries.refuse(context);
        QueryExecDatasetBuilder exec = QueryExec.newBuilder().dataset(dataset).query(query).context(context);
        if (timeout.limited()) {
            exec.timeout(timeout.millis(), TimeUnit.MILLISECONDS);
        }
        return exec.build();
    }
}
