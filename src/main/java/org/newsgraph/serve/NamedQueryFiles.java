package org.newsgraph.serve;

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
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.newsgraph.ConfigurationException;

/**
 * Reads the named questions ({@code /queries/*.cypher}) from the classpath, in the jar or in {@code target/classes},
 * at the moment the guide is asked for, so the guide follows whatever questions the build packaged.
 */
final class NamedQueryFiles {

    private NamedQueryFiles() {
    }

    /** Every {@code .cypher} file under {@code /queries/}, sorted by name; empty when there is none. */
    static List<GuideQuery> read() {
        URL folder = NamedQueryFiles.class.getResource("/queries");
        if (folder == null) {
            return List.of();
        }
        try {
            URI uri = folder.toURI();
            if ("jar".equals(uri.getScheme())) {
                return readJar(uri);
            }
            return read(Path.of(uri));
        } catch (IOException | URISyntaxException e) {
            throw new ConfigurationException("expected to read the named questions under /queries/ on the classpath, "
                    + "but " + folder + " could not be listed: " + e.getMessage() + "; rebuild with mvn package", e);
        }
    }

    private static List<GuideQuery> readJar(URI uri) throws IOException {
        try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
            return read(fs.getPath("/queries"));
        } catch (FileSystemAlreadyExistsException e) {
            // another part of the program keeps the jar open: read through it and leave it open
            return read(FileSystems.getFileSystem(uri).getPath("/queries"));
        }
    }

    private static List<GuideQuery> read(Path folder) throws IOException {
        List<GuideQuery> queries = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".cypher")).sorted().toList()) {
                String name = file.getFileName().toString().replaceFirst("\\.cypher$", "");
                queries.add(GuideQuery.parse(name, Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        return queries;
    }
}
