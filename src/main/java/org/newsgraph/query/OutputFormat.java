package org.newsgraph.query;

import java.util.Locale;

/** How {@code cypher}, {@code sparql} and {@code query} print their answers. */
public enum OutputFormat {
    /** Aligned columns for a terminal. */
    TABLE,
    /** One JSON array of row objects keyed by column name. */
    JSON,
    /** RFC 4180 CSV with a header line; lists, maps, nodes and relationships as JSON text. */
    CSV;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
