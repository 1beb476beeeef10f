package org.newsgraph.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The answer to a query as columns and rows of plain values: {@code String}, {@code Long}, {@code Double},
 * {@code Boolean}, {@code List}, {@code Map}, {@link GraphNode}, {@link GraphRelationship} or null.
 *
 * @param columns the column names, in order
 * @param rows each row's values, in column order
 */
public record ResultTable(List<String> columns, List<List<Object>> rows) {

    public ResultTable {
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("expected " + columns.size() + " values per row " + columns
                        + ", found " + row.size() + ": " + row);
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copy);
    }

    /** A node as JSON shows it: {@code {"labels": [...], "properties": {...}}}. */
    public record GraphNode(List<String> labels, Map<String, Object> properties) {
        public GraphNode {
            labels = List.copyOf(labels);
            properties = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
        }
    }

    /** A relationship as JSON shows it: {@code {"type": "...", "properties": {...}}}. */
    public record GraphRelationship(String type, Map<String, Object> properties) {
        public GraphRelationship {
            Objects.requireNonNull(type, "type");
            properties = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
        }
    }
}
