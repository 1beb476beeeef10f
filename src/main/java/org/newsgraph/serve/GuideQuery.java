package org.newsgraph.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One named question as the Browser guide shows it, read from a {@code queries/NAME.cypher} file: the leading
 * {@code //} comment lines are the header (the first one is the question), the rest is the query.
 *
 * @param name the file name without {@code .cypher}
 * @param question the first header line
 * @param notes the other header lines
 * @param cypher the query text
 * @param parameters each {@code $parameter} the query uses, with an example value from the header when one is quoted
 *                   on a header line naming it, else null
 */
public record GuideQuery(String name, String question, List<String> notes, String cypher,
                         Map<String, String> parameters) {

    private static final Pattern PARAMETER = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern QUOTED = Pattern.compile("[\"'„“]([^\"'„“”]+)[\"'“”]");

    public GuideQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(cypher, "cypher");
        notes = List.copyOf(notes);
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** Parses one {@code .cypher} file's text. */
    public static GuideQuery parse(String name, String text) {
        List<String> header = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        boolean inHeader = true;
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (inHeader && (trimmed.startsWith("//") || trimmed.isEmpty())) {
                if (trimmed.startsWith("//")) {
                    String comment = trimmed.replaceFirst("^//+", "").strip();
                    if (!comment.isEmpty()) {
                        header.add(comment);
                    }
                }
                continue;
            }
            inHeader = false;
            body.append(line).append('\n');
        }
        String cypher = body.toString().strip();
        String question = header.isEmpty() ? name.replace('-', ' ') : header.get(0).replaceFirst("^(?i)question:\\s*", "");
        List<String> notes = header.isEmpty() ? List.of() : header.subList(1, header.size());
        return new GuideQuery(name, question, notes, cypher, parameters(cypher, notes));
    }

    private static Map<String, String> parameters(String cypher, List<String> notes) {
        Map<String, String> parameters = new LinkedHashMap<>();
        Matcher m = PARAMETER.matcher(cypher);
        while (m.find()) {
            parameters.putIfAbsent(m.group(1), example(m.group(1), notes));
        }
        return parameters;
    }

    private static String example(String parameter, List<String> notes) {
        Pattern naming = Pattern.compile("(^|[^A-Za-z0-9_])\\$?" + Pattern.quote(parameter) + "\\b");
        for (String note : notes) {
            if (naming.matcher(note).find()) {
                Matcher quoted = QUOTED.matcher(note);
                if (quoted.find()) {
                    return quoted.group(1);
                }
            }
        }
        return null;
    }

    /** The Browser command that sets the parameters before the query runs, or null when there are none. */
    public String paramsCommand() {
        if (parameters.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder(":params {");
        String sep = "";
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            sb.append(sep).append(p.getKey()).append(": ");
            sb.append(p.getValue() == null ? "null" : "\"" + p.getValue().replace("\"", "\\\"") + "\"");
            sep = ", ";
        }
        return sb.append('}').toString();
    }
}
