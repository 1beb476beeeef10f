package org.newsgraph.query;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.QueryParseException;

/**
 * What Jena says about a SPARQL syntax error, as a user reads it: where it is (line and column), the offending line of
 * the query with a caret under the column, and not Jena's list of every token it would have accepted.
 *
 * <pre>{@code
 * expected a valid SPARQL query; Encountered " "}" "} "" at line 2, column 14.
 *   WHERE { ?x a }
 *                ^
 * }</pre>
 *
 * @param line the 1-based line of the error, or 0 when Jena does not say
 * @param message the whole message, over several lines
 */
public record SparqlSyntaxError(int line, String message) {

    private static final Pattern POSITION = Pattern.compile("line (\\d+), column (\\d+)");

    /** The error in {@code query} that Jena reported as {@code e}. */
    public static SparqlSyntaxError of(String query, QueryParseException e) {
        String said = e.getMessage() == null ? "" : e.getMessage().strip();
        int expecting = said.indexOf("Was expecting");
        said = (expecting > 0 ? said.substring(0, expecting) : said).strip();
        int line = e.getLine();
        int column = e.getColumn();
        Matcher m = POSITION.matcher(said);
        if (m.find()) {
            line = Integer.parseInt(m.group(1));
            column = Integer.parseInt(m.group(2));
        }
        StringBuilder text = new StringBuilder("expected a valid SPARQL query; ").append(said);
        String[] lines = query.split("\\R", -1);
        if (line >= 1 && line <= lines.length && column >= 1) {
            String offending = lines[line - 1].replace('\t', ' ');
            text.append("\n  ").append(offending).append("\n  ")
                    .append(" ".repeat(Math.min(column - 1, offending.length()))).append('^');
        }
        return new SparqlSyntaxError(Math.max(line, 0), text.toString());
    }
}
