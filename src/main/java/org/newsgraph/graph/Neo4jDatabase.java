package org.newsgraph.graph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import inet.ipaddr.IPAddressString;
import java.util.function.Consumer;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.newsgraph.StoreException;

/**
 * The embedded Neo4j DBMS behind a newsgraph store folder ({@code --db}, default {@code graph.db}).
 *
 * <pre>{@code
 * try (Neo4jDatabase db = Neo4jDatabase.open(Neo4jDatabase.Config.embedded(Path.of("graph.db")))) {
 *     db.graph().executeTransactionally("MATCH (n) RETURN count(n)");
 * }
 * }</pre>
 *
 * Design decision: the page cache is set explicitly (unset, Neo4j sizes it from the machine's memory, 9 GB on 24 GB).
 * Every store is opened safe by default, whoever opens it (a command or {@code serve}): {@code LOAD CSV} may not read
 * local files ({@code dbms.security.allow_csv_import_from_file_urls}) nor fetch URLs (every IPv4 and IPv6 address is
 * on {@code internal.dbms.cypher_ip_blocklist}, the only switch Neo4j 5.26 has for that), and Neo4j reports no usage
 * data ({@code dbms.usage_report.enabled}). A timeout ({@code db.transaction.timeout}) is the default for
 * transactions that ask for none: those of Bolt and HTTP clients of {@code serve}. newsgraph's own transactions
 * (schema, the RDF view) ask for no limit, and a query from the command line for the one given with {@code --timeout}.
 */
public final class Neo4jDatabase implements AutoCloseable {

    /** Every IPv4 and IPv6 address: LOAD CSV may fetch from none. */
    static final List<String> EVERY_ADDRESS = List.of("0.0.0.0/0", "::/0");

    /**
     * How to open the store.
     *
     * @param dir the store folder
     * @param pageCacheMb page cache size in MiB
     * @param timeout the longest a transaction that asks for no timeout of its own may run
     *     ({@code db.transaction.timeout}); zero for no limit
     * @param allowCsvImport whether {@code LOAD CSV} may read local files and fetch URLs
     */
    public record Config(Path dir, long pageCacheMb, Duration timeout, boolean allowCsvImport) {

        public Config {
            Objects.requireNonNull(dir, "dir");
            Objects.requireNonNull(timeout, "timeout");
            if (pageCacheMb < 8) {
                throw new IllegalArgumentException("page cache must be at least 8 MiB, was " + pageCacheMb);
            }
            if (timeout.isNegative()) {
                throw new IllegalArgumentException("expected a timeout of zero (none) or more, found " + timeout);
            }
        }

        /** No default timeout, no CSV import. */
        public Config(Path dir, long pageCacheMb) {
            this(dir, pageCacheMb, Duration.ZERO, false);
        }

        public static Config embedded(Path dir) {
            return new Config(dir, 256);
        }

        public Config withTimeout(Duration timeout) {
            return new Config(dir, pageCacheMb, timeout, allowCsvImport);
        }

        public Config withCsvImport(boolean allow) {
            return new Config(dir, pageCacheMb, timeout, allow);
        }
    }

    private final DatabaseManagementService dbms;
    private final GraphDatabaseService graph;
    private final Path dir;

    private Neo4jDatabase(DatabaseManagementService dbms, GraphDatabaseService graph, Path dir) {
        this.dbms = dbms;
        this.graph = graph;
        this.dir = dir;
    }

    /** Opens (creating when missing) the store with the schema constraints in place. */
    public static Neo4jDatabase open(Config config) {
        return open(config, builder -> { });
    }

    /**
     * Opens the store, letting {@code customizer} add settings (Bolt, HTTP, auth) before it starts.
     *
     * @throws StoreException when the folder is held by another process or is not a store
     */
    public static Neo4jDatabase open(Config config, Consumer<DatabaseManagementServiceBuilder> customizer) {
        return open(config, customizer, false);
    }

    /**
     * Opens the store in a folder that holds one already, for commands that only read: a mistyped {@code --db} must
     * not leave a new empty store behind.
     *
     * @throws StoreException when {@code config.dir()} holds no store; nothing is created then
     */
    public static Neo4jDatabase openExisting(Config config) {
        requireStore(config.dir());
        return open(config, builder -> { }, true);
    }

    /** Throws a {@link StoreException} naming the folder and what to do when {@code dir} holds no store. */
    public static void requireStore(Path dir) {
        if (holdsStore(dir)) {
            return;
        }
        Path abs = dir.toAbsolutePath().normalize();
        String found = !Files.exists(abs) ? "the folder does not exist"
                : !Files.isDirectory(abs) ? "it is a file" : "the folder holds no data/databases/neo4j";
        throw new StoreException("expected a graph store in " + abs + ", found no graph store there (" + found
                + "); run 'newsgraph ingest --db " + dir + " PATH...' to make one, or point --db at an existing store");
    }

    /** True when {@code dir} is the folder of a store (Neo4j's {@code neostore} file of the default database). */
    public static boolean holdsStore(Path dir) {
        return Files.isRegularFile(dir.resolve("data").resolve("databases")
                .resolve(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).resolve("neostore"));
    }

    /**
     * @param reading for a command that only reads: the schema is left as it is, and Neo4j keeps no debug log (its
     *                log4j set-up costs 0.3-0.5 s of such a command; a command that writes keeps it)
     */
    private static Neo4jDatabase open(Config config, Consumer<DatabaseManagementServiceBuilder> customizer,
                                      boolean reading) {
        Path dir = config.dir().toAbsolutePath().normalize();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new StoreException("expected --db to be a folder for the graph store, found a file: " + dir
                    + "; give another path with --db");
        }
        if (StoreLock.held(dir)) {
            throw inUse(dir, null);
        }
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(dir)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(config.pageCacheMb()))
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
                .setConfig(GraphDatabaseSettings.transaction_timeout, config.timeout())
                .setConfig(GraphDatabaseSettings.allow_file_urls, config.allowCsvImport())
                // A command runs for seconds: no listeners (serve's customizer turns Bolt and HTTP on), no usage
                // report, no diagnostics dump into debug.log, no preallocated files, no page cache warm-up profile.
                .setConfig(BoltConnector.enabled, false)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseInternalSettings.dump_diagnostics, false)
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.preallocate_store_files, false)
                .setConfig(GraphDatabaseSettings.pagecache_warmup_enabled, false);
        if (!config.allowCsvImport()) {
            builder.setConfig(GraphDatabaseInternalSettings.cypher_ip_blocklist,
                    EVERY_ADDRESS.stream().map(IPAddressString::new).toList());
        }
        if (reading) {
            builder.setConfig(GraphDatabaseSettings.debug_log_enabled, false);
        }
        customizer.accept(builder);
        DatabaseManagementService dbms;
        try {
            dbms = builder.build();
        } catch (RuntimeException e) {
            throw translate(dir, e);
        }
        try {
            GraphDatabaseService graph = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            Neo4jDatabase db = new Neo4jDatabase(dbms, graph, dir);
            if (!reading) {
                GraphSchema.ensure(graph);
            }
            return db;
        } catch (RuntimeException e) {
            dbms.shutdown();
            throw translate(dir, e);
        }
    }

    private static StoreException translate(Path dir, RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            String msg = String.valueOf(t.getMessage());
            if (name.contains("FileLock") || msg.contains("lock") && msg.contains("store")) {
                return inUse(dir, e);
            }
        }
        return new StoreException("cannot open the graph store " + dir + ": " + e.getMessage(), e);
    }

    /** The store is held: by a serve (named, with the Bolt address it listens on), or by some other process. */
    private static StoreException inUse(Path dir, RuntimeException cause) {
        String message = ServedStore.find(dir)
                .map(s -> "the graph store " + dir + " is held by 'newsgraph serve' (process " + s.pid() + "); "
                        + "cypher, query, sparql, export and stats go through it by themselves; write through it "
                        + "with --neo4j " + s.bolt() + (s.password() == null ? "" : " --user " + s.user()
                        + " and the password serve printed") + ", or stop it")
                .orElse("the graph store " + dir + " is in use by another process (another newsgraph command on "
                        + "it, such as an ingest, or a Neo4j); wait for it to finish or stop it, or give another --db");
        return new StoreException(message, cause);
    }

    public GraphDatabaseService graph() {
        return graph;
    }

    public DatabaseManagementService dbms() {
        return dbms;
    }

    public Path dir() {
        return dir;
    }

    @Override
    public void close() {
        dbms.shutdown();
    }
}
