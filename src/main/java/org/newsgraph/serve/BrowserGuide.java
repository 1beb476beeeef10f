package org.newsgraph.serve;

import java.util.Collection;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.shared.PrefixMapping;
import org.newsgraph.query.NamedQuery;

/**
 * The Neo4j Browser guide ({@code :play URL}): one slide per named question with its query as a clickable block,
 * framed by a slide about the graph and one about the SPARQL endpoint.
 *
 * <p>Design decision: Browser splits a remote guide into slides at {@code <slide>} elements and makes
 * {@code <pre class="runnable">} blocks clickable (a click puts the text into the editor); scripts are stripped, so the
 * guide is plain HTML.
 */
final class BrowserGuide {

    private BrowserGuide() {
    }

    /** The guide's HTML for these questions; {@code sparqlUrl} is shown on the last slide. */
    static String render(Collection<NamedQuery> queries, String sparqlUrl, PrefixMapping prefixes) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>newsgraph</title></head><body>\n")
                .append("<article class=\"guide\">\n<carousel class=\"deck container-fluid\">\n");
        introSlide(html, queries);
        for (NamedQuery q : queries) {
            questionSlide(html, q, prefixes);
        }
        sparqlSlide(html, sparqlUrl);
        html.append("</carousel>\n</article>\n</body></html>\n");
        return html.toString();
    }

    private static void introSlide(StringBuilder html, Collection<NamedQuery> queries) {
        openSlide(html, "newsgraph: the news as a graph");
        html.append("<p>People, countries, organizations, agreements and places from news articles, the events they "
                + "took part in and the statements they made. Click a block to put it in the editor, then run it "
                + "(Ctrl+Enter).</p>\n<p>What is in the graph:</p>\n");
        runnable(html, "MATCH (n) RETURN labels(n)[0] AS label, count(*) AS nodes ORDER BY nodes DESC");
        html.append("<p>How the labels connect:</p>\n");
        runnable(html, "CALL db.schema.visualization()");
        html.append("<p>").append(queries.isEmpty() ? "No named questions are packaged in this build."
                : "The next " + queries.size() + " slides walk through the named questions.").append("</p>\n");
        closeSlide(html);
    }

    private static void questionSlide(StringBuilder html, NamedQuery q, PrefixMapping prefixes) {
        openSlide(html, q.question());
        String params = paramsCommand(q);
        if (params != null) {
            html.append("<p>Parameters: ").append(escape(q.parameterHelp())).append(". Set them first (put the values "
                    + "between the quotes):</p>\n");
            runnable(html, params);
        }
        runnable(html, body(q.cypher()));
        if (q.sparql() != null) {
            html.append("<p>The same question in SPARQL (<code>queries/").append(escape(q.name()))
                    .append(".rq</code>, for the SPARQL endpoint):</p>\n<pre class=\"pre-scrollable code\">")
                    .append(escape(withPrefixes(body(q.sparql()), prefixes))).append("</pre>\n");
        }
        html.append("<p><small>queries/").append(escape(q.name())).append(".cypher; also on the command line: "
                + "<code>newsgraph query ").append(escape(q.name())).append("</code></small></p>\n");
        closeSlide(html);
    }

    /** The Browser command that sets a question's parameters, or null when it has none. */
    static String paramsCommand(NamedQuery q) {
        if (q.parameters().isEmpty()) {
            return null;
        }
        return q.parameters().stream().map(p -> p + ": \"\"").collect(Collectors.joining(", ", ":params {", "}"));
    }

    /** The SPARQL text with a PREFIX declaration for each prefix it uses and does not declare. */
    static String withPrefixes(String sparql, PrefixMapping prefixes) {
        StringBuilder declarations = new StringBuilder();
        prefixes.getNsPrefixMap().forEach((prefix, uri) -> {
            boolean used = Pattern.compile("(?<![\\w:<])" + Pattern.quote(prefix) + ":").matcher(sparql).find();
            boolean declared = Pattern.compile("(?i)PREFIX\\s+" + Pattern.quote(prefix) + ":").matcher(sparql).find();
            if (used && !declared) {
                declarations.append("PREFIX ").append(prefix).append(": <").append(uri).append(">\n");
            }
        });
        return declarations + sparql;
    }

    /** The query without its header comment lines. */
    static String body(String text) {
        String[] lines = text.split("\\R");
        int first = 0;
        while (first < lines.length && (lines[first].isBlank() || lines[first].strip().startsWith("//")
                || lines[first].strip().startsWith("#"))) {
            first++;
        }
        return String.join("\n", java.util.Arrays.copyOfRange(lines, first, lines.length)).strip();
    }

    private static void sparqlSlide(StringBuilder html, String sparqlUrl) {
        openSlide(html, "The same graph in SPARQL");
        html.append("<p>A read-only SPARQL 1.1 endpoint answers at <code>").append(escape(sparqlUrl))
                .append("</code>, with RDFS inference from the newsgraph ontology. For example:</p>\n")
                .append("<pre>curl -u neo4j ").append(escape(sparqlUrl))
                .append(" \\\n  -H 'Accept: application/sparql-results+json' \\\n")
                .append("  --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 10'</pre>\n")
                .append("<p>curl asks for the password serve printed (leave out <code>-u neo4j</code> when serve runs "
                        + "with <code>--no-auth</code>).</p>\n");
        closeSlide(html);
    }

    private static void openSlide(StringBuilder html, String title) {
        html.append("<slide class=\"row-fluid\">\n<div class=\"col-sm-12\">\n<h3>").append(escape(title))
                .append("</h3>\n");
    }

    private static void closeSlide(StringBuilder html) {
        html.append("</div>\n</slide>\n");
    }

    private static void runnable(StringBuilder html, String text) {
        html.append("<pre class=\"pre-scrollable code runnable\">").append(escape(text)).append("</pre>\n");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
