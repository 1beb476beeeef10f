package org.newsgraph.graph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
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
 */
public final class Neo4jDatabase implements AutoCloseable {

    /**
     * How to open the store.
     *
     * @param dir the store folder
     * @param pageCacheMb page cache size in MiB
     */
    public record Config(Path dir, long pageCacheMb) {

        public Config {
            Objects.requireNonNull(dir, "dir");
            if (pageCacheMb < 8) {
                throw new IllegalArgumentException("page cache must be at least 8 MiB, was " + pageCacheMb);
            }
        }

        public static Config embedded(Path dir) {
            return new Config(dir, 256);
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
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(dir)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(config.pageCacheMb()))
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
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
                return new StoreException("the graph store " + dir + " is in use by another process (is "
                        + "'newsgraph serve' running on it?); stop it, or write through it with "
                        + "--neo4j bolt://127.0.0.1:7687", e);
            }
        }
        return new StoreException("cannot open the graph store " + dir + ": " + e.getMessage(), e);
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
