package org.newsgraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db DIR} option shared by every command that touches the graph. */
public final class DbOption {

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "graph.db",
            description = "The graph store folder (default: ${DEFAULT-VALUE} in the working directory).")
    Path db;

    public Path db() {
        return db;
    }
}
