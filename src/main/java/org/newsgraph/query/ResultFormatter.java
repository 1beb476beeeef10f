package org.newsgraph.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.newsgraph.query.ResultTable.GraphNode;
import org.newsgraph.query.ResultTable.GraphRelationship;

/**
 * Prints a {@link ResultTable} as a terminal table, JSON or CSV; shared by {@code cypher}, {@code sparql} and
 * {@code query}, so every answer looks the same whichever language asked.
 *
 * <pre>{@code
 * ResultFormatter.print(table, OutputFormat.TABLE, System.out);
 * }</pre>
 */
public final class ResultFormatter {

    /** Cells longer than this are cut in the terminal table (JSON and CSV are never cut). */
    static final int MAX_CELL = 100;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ResultFormatter() {
    }

    public static void print(ResultTable table, OutputFormat format, PrintStream out) {
        switch (format) {
            case TABLE -> out.print(table(table));
            case JSON -> out.println(json(table));
            case CSV -> out.print(csv(table));
        }
        out.flush();
    }

    /** One JSON array of objects keyed by column name. */
    public static String json(ResultTable table) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < row.size(); i++) {
                object.put(table.columns().get(i), row.get(i));
            }
            rows.add(object);
        }
        return toJson(rows);
    }

    public static String csv(ResultTable table) {
        StringBuilder out = new StringBuilder();
        out.append(table.columns().stream().map(ResultFormatter::csvCell).collect(Collectors.joining(",")))
                .append("\r\n");
        for (List<Object> row : table.rows()) {
            out.append(row.stream().map(v -> csvCell(v == null ? "" : v instanceof String s ? s : flatJson(v)))
                    .collect(Collectors.joining(","))).append("\r\n");
        }
        return out.toString();
    }

    public static String table(ResultTable table) {
        List<String> columns = table.columns();
        List<List<String>> cells = new ArrayList<>();
        int[] widths = columns.stream().mapToInt(String::length).toArray();
        for (List<Object> row : table.rows()) {
            List<String> line = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                String text = cut(text(row.get(i)));
                widths[i] = Math.max(widths[i], text.length());
                line.add(text);
            }
            cells.add(line);
        }
        StringBuilder out = new StringBuilder();
        String rule = rule(widths);
        out.append(rule).append(line(columns, widths)).append(rule);
        cells.forEach(line -> out.append(line(line, widths)));
        if (!cells.isEmpty()) {
            out.append(rule);
        }
        out.append(cells.size()).append(cells.size() == 1 ? " row" : " rows").append('\n');
        return out.toString();
    }

    /** A value as a table shows it: nodes as {@code (:Person {name: "Joe Biden"})}, lists as {@code [a, b]}. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof GraphNode n) {
            return "(" + n.labels().stream().map(l -> ":" + l).collect(Collectors.joining()) + " " + text(n.properties())
                    + ")";
        }
        if (value instanceof GraphRelationship r) {
            return "[:" + r.type() + " " + text(r.properties()) + "]";
        }
        if (value instanceof Map<?, ?> m) {
            return m.entrySet().stream().map(e -> e.getKey() + ": " + quoted(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof List<?> l) {
            return l.stream().map(ResultFormatter::text).collect(Collectors.joining(", ", "[", "]"));
        }
        return value.toString();
    }

    private static String quoted(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : text(value);
    }

    private static String cut(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= MAX_CELL ? flat : flat.substring(0, MAX_CELL - 1) + "…";
    }

    private static String rule(int[] widths) {
        StringBuilder out = new StringBuilder("+");
        for (int w : widths) {
            out.append("-".repeat(w + 2)).append('+');
        }
        return out.append('\n').toString();
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder out = new StringBuilder("|");
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            out.append(' ').append(c).append(" ".repeat(widths[i] - c.length())).append(" |");
        }
        return out.append('\n').toString();
    }

    private static String csvCell(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private static String flatJson(Object value) {
        try {
            return new ObjectMapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain result values always serialise: " + value, e);
        }
    }

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain result values always serialise: " + value, e);
        }
    }
}
