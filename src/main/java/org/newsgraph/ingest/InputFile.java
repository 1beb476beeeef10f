package org.newsgraph.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One file to read.
 *
 * @param path the file
 * @param shown the path as the user gave it (or as found in a folder the user gave), for messages and
 *              {@link Article#path()}
 * @param idBase what its articles' ids are made from: the path relative to the folder given, without the extension,
 *               with {@code /} between folders ({@code a/article} for {@code same/a/article.txt} in {@code same/}),
 *               or the file name without the extension for a file given directly
 */
public record InputFile(Path path, String shown, String idBase) {

    public InputFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(shown, "shown");
        if (idBase == null || idBase.isBlank()) {
            throw new IllegalArgumentException("expected an id base for " + shown + ", found '" + idBase + "'");
        }
    }
}
