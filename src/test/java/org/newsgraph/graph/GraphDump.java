package org.newsgraph.graph;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.Transaction;

/**
 * A whole graph as sorted lines, one per node and relationship, with every property value's Java type, so that two
 * graphs compare equal only when they hold the same values of the same types ({@code Long} vs {@code Integer},
 * {@code long[]} vs {@code String[]}, an empty {@code String[]} vs an absent property).
 */
public final class GraphDump {

    private GraphDump() {
    }

    /** The graph of an embedded store, read through the core API (arrays keep their component type). */
    public static List<String> of(Neo4jDatabase db) {
        try (Transaction tx = db.graph().beginTx()) {
            List<String> lines = new ArrayList<>();
            for (Node n : tx.getAllNodes()) {
                lines.add("node " + labels(n) + " " + properties(n.getAllProperties()));
            }
            for (Relationship r : tx.getAllRelationships()) {
                lines.add("rel " + labels(r.getStartNode()) + r.getStartNode().getProperty("id", null) + " "
                        + r.getType().name() + " " + properties(r.getAllProperties()) + " "
                        + labels(r.getEndNode()) + r.getEndNode().getProperty("id", null));
            }
            lines.sort(null);
            return lines;
        }
    }

    /**
     * Fails, listing the lines only one of them has, unless two dumps are equal.
     *
     * @param aName what {@code a} is, for the message ("Cypher writes", "1 thread")
     */
    public static void assertSameGraph(List<String> a, List<String> b, String aName, String bName) {
        List<String> onlyA = new ArrayList<>(a);
        b.forEach(onlyA::remove);
        List<String> onlyB = new ArrayList<>(b);
        a.forEach(onlyB::remove);
        Assertions.assertTrue(onlyA.isEmpty() && onlyB.isEmpty(), "the graphs of " + aName + " and " + bName
                + " differ\nonly " + aName + ":\n  " + String.join("\n  ", onlyA) + "\nonly " + bName + ":\n  "
                + String.join("\n  ", onlyB));
        Assertions.assertEquals(a, b);
    }

    /** Properties sorted by key, each value with its type. */
    public static String properties(Map<String, Object> properties) {
        Map<String, String> typed = new TreeMap<>();
        properties.forEach((k, v) -> typed.put(k, typed(v)));
        return typed.toString();
    }

    /** A value with its type: {@code Long 3}, {@code String[] [a, b]}, {@code List<Long> [1, 2]}. */
    public static String typed(Object v) {
        if (v == null) {
            return "null";
        }
        if (v.getClass().isArray()) {
            List<String> items = new ArrayList<>();
            for (int i = 0; i < Array.getLength(v); i++) {
                items.add(String.valueOf(Array.get(v, i)));
            }
            return v.getClass().getComponentType().getSimpleName() + "[] " + items;
        }
        if (v instanceof List<?> list) {
            String types = list.stream().map(x -> x == null ? "null" : x.getClass().getSimpleName()).distinct()
                    .collect(Collectors.joining("|"));
            return "List<" + types + "> " + list.stream().map(GraphDump::typed).toList();
        }
        if (v instanceof Map<?, ?> map) {
            Map<String, Object> m = new TreeMap<>();
            map.forEach((k, x) -> m.put(String.valueOf(k), x));
            return "Map " + properties(m);
        }
        return v.getClass().getSimpleName() + " " + v;
    }

    private static String labels(Node n) {
        return StreamSupport.stream(n.getLabels().spliterator(), false).map(l -> l.name()).sorted().toList()
                .toString();
    }
}
