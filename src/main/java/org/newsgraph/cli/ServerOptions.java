package org.newsgraph.cli;

import picocli.CommandLine.Option;

/**
 * {@code --neo4j URI}, {@code --user}, {@code --password}: read (or with {@code cypher --write}, write) the graph of a
 * running Neo4j 5 server over Bolt instead of the embedded store. Shared by cypher, query, sparql, export and stats.
 */
public final class ServerOptions {

    @Option(names = "--neo4j", paramLabel = "URI",
            description = "Read the graph of a running Neo4j 5 server over Bolt instead of the store (a "
                    + "'newsgraph serve' that holds --db is found without it), such as%nbolt://127.0.0.1:7687")
    String uri;

    @Option(names = "--user", paramLabel = "U", defaultValue = "neo4j",
            description = "User for --neo4j (default: ${DEFAULT-VALUE}).")
    String user;

    @Option(names = "--password", paramLabel = "P",
            description = "Password for --neo4j (default: the NEWSGRAPH_PASSWORD environment variable, else none).")
    String password;

    /** The server to use, or null for the store given with --db. */
    String uri() {
        return uri;
    }

    String user() {
        return user;
    }

    /** The password given, else {@code NEWSGRAPH_PASSWORD}, else null. */
    String password() {
        if (password != null) {
            return password;
        }
        String env = System.getenv("NEWSGRAPH_PASSWORD");
        return env == null || env.isEmpty() ? null : env;
    }
}
