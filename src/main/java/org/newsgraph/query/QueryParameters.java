package org.newsgraph.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Query parameters from the command line: {@code name=value} is a string; {@code name:int=5},
 * {@code name:float=0.5} and {@code name:bool=true} give a typed value. The same parameters work in Cypher
 * ({@code $name}) and SPARQL ({@code $name} or {@code ?name}, substituted before the query runs).
 */
public final class QueryParameters {

    private static final Pattern PARAM = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)(?::(int|float|bool|string))?=(.*)",
            Pattern.DOTALL);

    private QueryParameters() {
    }

    /** Parses {@code k=v} options; the last value of a repeated name wins. */
    public static Map<String, Object> parse(List<String> options) {
        Map<String, Object> params = new LinkedHashMap<>();
        for (String option : options) {
            Matcher m = PARAM.matcher(option);
            if (!m.matches()) {
                throw new IllegalArgumentException("expected --param name=value (or name:int=5, name:float=0.5, "
                        + "name:bool=true), found '" + option + "'");
            }
            String type = m.group(2) == null ? "string" : m.group(2);
            String value = m.group(3);
            try {
                params.put(m.group(1), switch (type) {
                    case "int" -> Long.parseLong(value.strip());
                    case "float" -> Double.parseDouble(value.strip());
                    case "bool" -> parseBoolean(value.strip());
                    default -> value;
                });
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("expected a " + type + " for parameter '" + m.group(1)
                        + "', found '" + value + "'", e);
            }
        }
        return params;
    }

    private static Boolean parseBoolean(String value) {
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.valueOf(value);
        }
        throw new NumberFormatException(value);
    }
}
