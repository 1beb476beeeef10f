package org.newsgraph.cli;

import org.newsgraph.graph.Neo4jDatabase;
import org.newsgraph.query.Timeout;
import picocli.CommandLine.Option;

/**
 * The limits on what a query may do, shared by the commands that run queries ({@code cypher}, {@code query},
 * {@code sparql}, {@code serve}): {@code --timeout} and {@code --allow-csv-import}.
 */
public final class StoreOptions {

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "60s",
            converter = TimeoutConverter.class,
            description = "The longest a query or transaction may run: 60s, 5m, 500ms, 0 for no limit (default: "
                    + "${DEFAULT-VALUE}).")
    Timeout timeout = Timeout.DEFAULT;

    @Option(names = "--allow-csv-import",
            description = "Let Cypher's LOAD CSV read local files and fetch URLs (off: a query could read any file "
                    + "this user can, or make this machine fetch any URL).")
    boolean allowCsvImport;

    public Timeout timeout() {
        return timeout;
    }

    public boolean allowCsvImport() {
        return allowCsvImport;
    }

    /**
     * How to open the embedded store in {@code db} for a command: LOAD CSV as asked; the timeout is the query's own
     * (newsgraph's reading and writing around it is not limited).
     */
    public Neo4jDatabase.Config config(java.nio.file.Path db) {
        return Neo4jDatabase.Config.embedded(db).withCsvImport(allowCsvImport);
    }

    /** Reads {@code --timeout}. */
    static final class TimeoutConverter implements picocli.CommandLine.ITypeConverter<Timeout> {
        @Override
        public Timeout convert(String value) {
            try {
                return Timeout.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
