package org.newsgraph.query;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsgraph.ConfigurationException;

/**
 * The named questions in {@code queries/}, loaded from the classpath ({@code /queries/}, packaged into the jar) so
 * they work from any directory. Each {@code NAME.cypher} starts with a header
 * <pre>
 * // Question: Who met whom, when, how and where?
 * // Parameters: none            (or: $person: a person's name, as in the graph)
 * </pre>
 * and has a SPARQL twin {@code NAME.rq} with the same question under {@code #} comments.
 */
public final class NamedQueries {

    private static final Pattern QUESTION = Pattern.compile("^\\s*(?://|#)\\s*Question:\\s*(.+)$", Pattern.MULTILINE);
    private static final Pattern PARAMETERS = Pattern.compile("^\\s*(?://|#)\\s*Parameters:\\s*(.+)$",
            Pattern.MULTILINE);
    private static final Pattern PARAMETER = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");

    private final Map<String, NamedQuery> queries;

    private NamedQueries(Map<String, NamedQuery> queries) {
        this.queries = queries;
    }

    /** The questions packaged under {@code /queries/}. */
    public static NamedQueries load() {
        URL url = NamedQueries.class.getResource("/queries");
        if (url == null) {
            throw new ConfigurationException("expected the named questions under /queries on the classpath, found "
                    + "nothing; build with 'mvn package' so queries/ is packaged into the jar");
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return fromFolder(Path.of(uri));
            }
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return fromFolder(jar.getPath("/queries"));
            } catch (FileSystemAlreadyExistsException e) {
                return fromFolder(FileSystems.getFileSystem(uri).getPath("/queries"));
            }
        } catch (URISyntaxException | IOException e) {
            throw new ConfigurationException("cannot read the named questions at " + url + ": " + e.getMessage(), e);
        }
    }

    /** The questions in a folder of {@code NAME.cypher} and {@code NAME.rq} files. */
    public static NamedQueries fromFolder(Path folder) throws IOException {
        Map<String, NamedQuery> queries = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".cypher")).sorted().toList();
        }
        for (Path file : files) {
            String fileName = file.getFileName().toString();
            String name = fileName.substring(0, fileName.length() - ".cypher".length());
            String cypher = Files.readString(file, StandardCharsets.UTF_8);
            Path twin = file.resolveSibling(name + ".rq");
            String sparql = Files.exists(twin) ? Files.readString(twin, StandardCharsets.UTF_8) : null;
            queries.put(name, parse(name, "queries/" + fileName, cypher, sparql));
        }
        return new NamedQueries(queries);
    }

    static NamedQuery parse(String name, String source, String cypher, String sparql) {
        Matcher q = QUESTION.matcher(cypher);
        Matcher p = PARAMETERS.matcher(cypher);
        if (!q.find() || !p.find()) {
            throw new ConfigurationException(source + ": expected a header with '// Question: ...' and "
                    + "'// Parameters: none' (or '$name: what it is'), found none");
        }
        String parameterHelp = p.group(1).strip();
        List<String> parameters = new ArrayList<>();
        Matcher each = PARAMETER.matcher(parameterHelp);
        while (each.find()) {
            parameters.add(each.group(1));
        }
        return new NamedQuery(name, q.group(1).strip(), parameters, parameterHelp, cypher, sparql);
    }

    public Collection<NamedQuery> all() {
        return queries.values();
    }

    /**
     * The question named {@code name}.
     *
     * @throws IllegalArgumentException naming the known questions when there is none by that name
     */
    public NamedQuery get(String name) {
        NamedQuery query = queries.get(name);
        if (query == null) {
            throw new IllegalArgumentException("expected the name of a question in queries/ (" + String.join(", ",
                    queries.keySet()) + "), found '" + name + "'; 'newsgraph query --list' shows them");
        }
        return query;
    }
}
