package org.newsgraph.query;

import java.util.List;
import java.util.Objects;

/**
 * One named question of {@code queries/}: a Cypher file and its SPARQL twin.
 *
 * @param name the file name without extension ({@code who-met-whom})
 * @param question the question in words, from the {@code Question:} header line
 * @param parameters the parameter names the query needs ({@code person}), from the {@code Parameters:} header line
 * @param parameterHelp the {@code Parameters:} line as written ({@code $person: a person's name}), or "none"
 * @param cypher the Cypher text
 * @param sparql the SPARQL text, or null when the question has no twin
 */
public record NamedQuery(String name, String question, List<String> parameters, String parameterHelp, String cypher,
                         String sparql) {

    public NamedQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(question, "question");
        parameters = List.copyOf(parameters);
        Objects.requireNonNull(cypher, "cypher");
    }

    /** The query text in the given language. */
    public String text(QueryLanguage language) {
        return language == QueryLanguage.CYPHER ? cypher : sparql;
    }
}
