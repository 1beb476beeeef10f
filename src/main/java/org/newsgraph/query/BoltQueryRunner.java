package org.newsgraph.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.types.IsoDuration;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.newsgraph.BadInputException;
import org.newsgraph.StoreException;
import org.newsgraph.query.ResultTable.GraphNode;
import org.newsgraph.query.ResultTable.GraphRelationship;

/**
 * Runs one Cypher query on a Neo4j server over Bolt (a running {@code newsgraph serve}, or any Neo4j 5) and returns
 * its rows as the embedded {@link CypherRunner} does: the same plain values, the same read-only rule, the same
 * messages.
 *
 * <pre>{@code
 * try (Driver driver = BoltCypherRunner.driver(uri, "neo4j", password)) {
 *     ResultTable t = new BoltQueryRunner(driver, uri, Timeout.DEFAULT).run("cli", "RETURN 1 AS one", Map.of(), false);
 * }
 * }</pre>
 *
 * Design decision: a read-only query runs in a read session (the server refuses writes there too) in a transaction
 * that is rolled back; the timeout goes with each transaction, so it holds whatever the server's default.
 */
public final class BoltQueryRunner implements CypherEngine {

    private final Driver driver;
    private final String uri;
    private final Timeout timeout;

    /** @param uri the server's address, for messages */
    public BoltQueryRunner(Driver driver, String uri, Timeout timeout) {
        this.driver = driver;
        this.uri = uri;
        this.timeout = timeout;
    }

    @Override
    public ResultTable run(String source, String cypher, Map<String, Object> params, boolean write) {
        TransactionConfig config = TransactionConfig.builder().withTimeout(timeout.duration()).build();
        SessionConfig session = SessionConfig.builder()
                .withDefaultAccessMode(write ? AccessMode.WRITE : AccessMode.READ).build();
        try (Session s = driver.session(session)) {
            if (!write) {
                QueryType type = planType(s, config, cypher, params);
                if (type != QueryType.READ_ONLY) {
                    throw new BadInputException(source, 0, "the query writes to the graph (" + type
                            + ") but cypher is read-only by default; add --write to run it");
                }
            }
            try (Transaction tx = s.beginTransaction(config)) {
                Result result = tx.run(cypher, params);
                List<String> columns = result.keys();
                List<List<Object>> rows = new ArrayList<>();
                while (result.hasNext()) {
                    Record record = result.next();
                    List<Object> row = new ArrayList<>(columns.size());
                    columns.forEach(c -> row.add(plain(record.get(c))));
                    rows.add(row);
                }
                if (write) {
                    tx.commit();
                }
                return new ResultTable(columns, rows);
            }
        } catch (ServiceUnavailableException e) {
            throw new StoreException("lost the connection to the Neo4j server at " + uri + " (" + e.getMessage()
                    + "); is it still running?", e);
        } catch (Neo4jException e) {
            if (Neo4jFailures.isTimeout(e)) {
                throw new BadInputException(source, 0, timeout.exceededMessage(), e);
            }
            if (Neo4jFailures.isCsvRefused(e)) {
                throw new BadInputException(source, 0, Neo4jFailures.csvRefused(e), e);
            }
            if (e instanceof ClientException) {
                throw new BadInputException(source, 0, "expected a valid Cypher query; Neo4j says: "
                        + e.getMessage().strip(), e);
            }
            throw new BadInputException(source, 0, "the Neo4j server at " + uri + " failed the query: "
                    + e.getMessage().strip(), e);
        }
    }

    /**
     * The query type from the plan. When the query does not compile, it is run as written (in a transaction that is
     * rolled back) so that the server's message points at the user's text, not at the EXPLAIN prefix.
     */
    private static QueryType planType(Session s, TransactionConfig config, String cypher, Map<String, Object> params) {
        try (Transaction tx = s.beginTransaction(config)) {
            return tx.run("EXPLAIN " + cypher, params).consume().queryType();
        } catch (ClientException e) {
            try (Transaction tx = s.beginTransaction(config)) {
                tx.run(cypher, params).consume();
            }
            throw e;
        }
    }

    /** A driver value as the embedded runner gives it (nodes and relationships as records, temporals as text). */
    static Object plain(Value value) {
        return value == null || value.isNull() ? null : plain(value.asObject());
    }

    private static Object plain(Object object) {
        if (object instanceof Node n) {
            return node(n);
        }
        if (object instanceof Relationship r) {
            return new GraphRelationship(r.type(), properties(r.asMap()));
        }
        if (object instanceof Path p) {
            return path(p);
        }
        if (object instanceof IsoDuration d) {
            return isoDuration(d);
        }
        if (object instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(plain(v)));
            return out;
        }
        if (object instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
            return out;
        }
        return CypherRunner.plain(object);
    }

    private static GraphNode node(Node n) {
        List<String> labels = new ArrayList<>();
        n.labels().forEach(labels::add);
        labels.sort(null);
        return new GraphNode(labels, properties(n.asMap()));
    }

    private static List<Object> path(Path p) {
        List<Object> out = new ArrayList<>();
        out.add(node(p.start()));
        for (Path.Segment segment : p) {
            Relationship r = segment.relationship();
            out.add(new GraphRelationship(r.type(), properties(r.asMap())));
            out.add(node(segment.end()));
        }
        return out;
    }

    private static Map<String, Object> properties(Map<String, Object> raw) {
        Map<String, Object> out = new TreeMap<>();
        raw.forEach((k, v) -> out.put(k, plain(v)));
        return out;
    }

    /** A duration as the embedded store writes it ({@code PT2H5M}), not as the driver does. */
    static String isoDuration(IsoDuration d) {
        StringBuilder s = new StringBuilder("P");
        long years = d.months() / 12;
        long months = d.months() % 12;
        if (years != 0) {
            s.append(years).append('Y');
        }
        if (months != 0) {
            s.append(months).append('M');
        }
        if (d.days() != 0) {
            s.append(d.days()).append('D');
        }
        long seconds = d.seconds();
        int nanos = d.nanoseconds();
        if (seconds != 0 || nanos != 0) {
            s.append('T');
            long hours = seconds / 3600;
            long minutes = seconds % 3600 / 60;
            long rest = seconds % 60;
            if (hours != 0) {
                s.append(hours).append('H');
            }
            if (minutes != 0) {
                s.append(minutes).append('M');
            }
            if (rest != 0 || nanos != 0) {
                s.append(rest);
                if (nanos != 0) {
                    s.append('.').append(String.format("%09d", nanos).replaceFirst("0+$", ""));
                }
                s.append('S');
            }
        }
        return s.length() == 1 ? "PT0S" : s.toString();
    }
}
