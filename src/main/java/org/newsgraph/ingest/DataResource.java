package org.newsgraph.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.ConfigurationException;

/**
 * A data file of this package on the classpath: lines grouped under {@code [section]} headers, with {@code #}
 * comments and blank lines skipped. Lines before the first header belong to section {@code ""}.
 */
final class DataResource {

    private final String name;
    private final Map<String, List<String>> sections;

    private DataResource(String name, Map<String, List<String>> sections) {
        this.name = name;
        this.sections = sections;
    }

    static DataResource load(String fileName) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        String section = "";
        try (InputStream in = DataResource.class.getResourceAsStream(fileName)) {
            if (in == null) {
                throw new ConfigurationException("expected the resource org/newsgraph/ingest/" + fileName
                        + " on the classpath, found none; rebuild the jar with `mvn package`");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                if (s.startsWith("[") && s.endsWith("]")) {
                    section = s.substring(1, s.length() - 1);
                    continue;
                }
                sections.computeIfAbsent(section, k -> new ArrayList<>()).add(s);
            }
        } catch (IOException e) {
            throw new ConfigurationException("cannot read resource org/newsgraph/ingest/" + fileName + ": "
                    + e.getMessage(), e);
        }
        return new DataResource(fileName, sections);
    }

    /** The lines of one section; throws when the section is missing, so a broken data file is noticed. */
    List<String> section(String section) {
        List<String> lines = sections.get(section);
        if (lines == null) {
            throw new ConfigurationException("expected a [" + section + "] section in org/newsgraph/ingest/"
                    + name + ", found sections " + sections.keySet());
        }
        return lines;
    }
}
