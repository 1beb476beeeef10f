package org.newsgraph.rdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.newsgraph.extract.EventKind;

/** Reading rows of the graph and the values in them (Neo4j gives arrays or lists, strings or temporals). */
final class GraphRows {

    private GraphRows() {
    }

    /**
     * Runs a read query and hands each row on; a row whose {@code id} column is null (a node without the schema's
     * id) is skipped.
     */
    static void rows(GraphSource.Rows tx, String cypher, Consumer<Map<String, Object>> each) {
        rows(tx, cypher, Map.of(), each);
    }

    static void rows(GraphSource.Rows tx, String cypher, Map<String, Object> params,
                     Consumer<Map<String, Object>> each) {
        tx.each(cypher, params, row -> {
            if (row.get("id") != null || !row.containsKey("id")) {
                each.accept(row);
            }
        });
    }

    static void addString(Resource subject, Property property, String value) {
        if (value != null && !value.isBlank()) {
            subject.addProperty(property, value);
        }
    }

    static void addLiteral(Resource subject, Property property, Literal value) {
        if (value != null) {
            subject.addLiteral(property, value);
        }
    }

    static String str(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? null : value.toString();
    }

    /** A list property as Java objects: Neo4j gives arrays ({@code String[]}, {@code long[]}) or lists. */
    static List<Object> list(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> l) {
            return new ArrayList<>(l);
        }
        if (value.getClass().isArray()) {
            int n = java.lang.reflect.Array.getLength(value);
            List<Object> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(java.lang.reflect.Array.get(value, i));
            }
            return out;
        }
        return List.of(value);
    }

    static List<String> strings(Object value) {
        return list(value).stream().filter(Objects::nonNull).map(Object::toString).toList();
    }

    static EventKind kind(String id) {
        try {
            return id == null ? null : EventKind.fromId(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
