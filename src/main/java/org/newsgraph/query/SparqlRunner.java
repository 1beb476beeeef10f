package org.newsgraph.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.util.Context;
import org.newsgraph.BadInputException;

/**
 * Runs one SPARQL query on a dataset and returns its rows as plain values: IRIs as strings, literals as their
 * lexical form (numbers as numbers, booleans as booleans). The prefixes of the export ({@code ng:}, {@code sem:},
 * {@code schema:}, {@code prov:}, {@code rdfs:}, ...) are declared, so queries need not repeat them.
 *
 * <pre>{@code
 * ResultTable t = new SparqlRunner(prefixes).run("cli", dataset, "SELECT ?e WHERE { ?e a sem:Event }", Map.of());
 * }</pre>
 */
public final class SparqlRunner {

    private final PrefixMapping prefixes;
    private final Timeout timeout;
    private final boolean allowService;

    /** With the default timeout and SERVICE off. */
    public SparqlRunner(PrefixMapping prefixes) {
        this(prefixes, Timeout.DEFAULT, false);
    }

    /**
     * @param timeout the longest the query may run
     * @param allowService whether {@code SERVICE} may fetch other endpoints (off everywhere unless the user says so)
     */
    public SparqlRunner(PrefixMapping prefixes, Timeout timeout, boolean allowService) {
        this.prefixes = prefixes;
        this.timeout = timeout;
        this.allowService = allowService;
    }

    /**
     * @param params values for {@code $name} variables, substituted before the query runs
     * @throws BadInputException when the query does not parse or cannot run
     */
    public ResultTable run(String source, Dataset dataset, String sparql, Map<String, Object> params) {
        Query query = new Query();
        query.getPrefixMapping().setNsPrefixes(prefixes);
        try {
            QueryFactory.parse(query, sparql, null, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            SparqlSyntaxError error = SparqlSyntaxError.of(sparql, e);
            throw new BadInputException(source, error.line(), error.message()
                    + "\n(the prefixes ng: sem: schema: prov: rdf: rdfs: owl: xsd: skos: wd: id: are declared)", e);
        }
        Context context = Context.create();
        if (!allowService) {
            FederatedQueries.refuse(context);
        }
        var builder = QueryExecution.dataset(dataset).query(query).context(context);
        if (timeout.limited()) {
            builder.timeout(timeout.millis(), TimeUnit.MILLISECONDS);
        }
        params.forEach((name, value) -> builder.substitution(name, literal(value)));
        try (QueryExecution exec = builder.build()) {
            if (query.isSelectType()) {
                return table(exec.execSelect());
            }
            if (query.isAskType()) {
                return new ResultTable(List.of("ask"), List.of(List.of(exec.execAsk())));
            }
            Model model = query.isConstructType() ? exec.execConstruct() : exec.execDescribe();
            List<List<Object>> rows = new ArrayList<>();
            model.listStatements().forEachRemaining(s -> rows.add(
                    List.of(plain(s.getSubject()), s.getPredicate().getURI(), plain(s.getObject()))));
            return new ResultTable(List.of("subject", "predicate", "object"), rows);
        } catch (QueryCancelledException e) {
            throw new BadInputException(source, 0, timeout.exceededMessage(), e);
        } catch (QueryException e) {
            throw new BadInputException(source, 0, "the SPARQL query failed: " + e.getMessage(), e);
        }
    }

    private static ResultTable table(ResultSet results) {
        List<String> columns = results.getResultVars();
        List<List<Object>> rows = new ArrayList<>();
        while (results.hasNext()) {
            QuerySolution solution = results.next();
            List<Object> row = new ArrayList<>(columns.size());
            columns.forEach(c -> row.add(plain(solution.get(c))));
            rows.add(row);
        }
        return new ResultTable(columns, rows);
    }

    /** An RDF term as a plain value. */
    static Object plain(RDFNode node) {
        if (node == null) {
            return null;
        }
        if (node.isURIResource()) {
            return node.asResource().getURI();
        }
        if (node.isAnon()) {
            return "_:" + node.asResource().getId().getLabelString();
        }
        Literal literal = node.asLiteral();
        String type = literal.getDatatypeURI();
        try {
            if (XSDDatatype.XSDboolean.getURI().equals(type)) {
                return literal.getBoolean();
            }
            if (isInteger(type)) {
                return literal.getLong();
            }
            if (XSDDatatype.XSDdouble.getURI().equals(type) || XSDDatatype.XSDfloat.getURI().equals(type)
                    || XSDDatatype.XSDdecimal.getURI().equals(type)) {
                return literal.getDouble();
            }
        } catch (RuntimeException e) {
            return literal.getLexicalForm();
        }
        return literal.getLexicalForm();
    }

    private static boolean isInteger(String type) {
        return type != null && (type.equals(XSDDatatype.XSDinteger.getURI()) || type.equals(XSDDatatype.XSDint.getURI())
                || type.equals(XSDDatatype.XSDlong.getURI()) || type.equals(XSDDatatype.XSDnonNegativeInteger.getURI()));
    }

    private static RDFNode literal(Object value) {
        if (value instanceof Long l) {
            return ResourceFactory.createTypedLiteral(java.math.BigInteger.valueOf(l));
        }
        if (value instanceof Double || value instanceof Boolean) {
            return ResourceFactory.createTypedLiteral(value);
        }
        return ResourceFactory.createStringLiteral(String.valueOf(value));
    }
}
