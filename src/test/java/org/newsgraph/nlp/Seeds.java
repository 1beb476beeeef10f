package org.newsgraph.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The seed articles under {@code corpus/} and the shared German models, for the tests of this package. */
final class Seeds {

    static final NlpModels MODELS = NlpModels.shared(Language.GERMAN);

    private Seeds() {
    }

    static List<Path> paths() {
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            List<Path> paths = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            if (paths.size() < 5) {
                throw new IllegalStateException("expected the 5 seed articles in corpus/, found " + paths);
            }
            return paths;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(String fileName) {
        return read(Path.of("corpus", fileName));
    }
}
