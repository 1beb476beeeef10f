package org.newsgraph.query;

import java.util.Locale;

/** The two languages newsgraph answers in; a named question has a file in each. */
public enum QueryLanguage {
    CYPHER("cypher"),
    SPARQL("rq");

    private final String extension;

    QueryLanguage(String extension) {
        this.extension = extension;
    }

    /** The file extension of its query files, without the dot. */
    public String extension() {
        return extension;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
