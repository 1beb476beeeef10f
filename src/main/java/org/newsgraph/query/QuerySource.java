package org.newsgraph.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsgraph.BadInputException;

/**
 * The text of a query given on the command line or in a file ({@code -f FILE}), with a name for messages.
 *
 * @param source "the command line" or the file path
 * @param text the query
 */
public record QuerySource(String source, String text) {

    /** Exactly one of {@code inline} and {@code file} must be given. */
    public static QuerySource of(String inline, Path file) {
        if ((inline == null) == (file == null)) {
            throw new IllegalArgumentException("expected a query either as an argument or with -f FILE, found "
                    + (inline == null ? "neither" : "both"));
        }
        if (inline != null) {
            return new QuerySource("the command line", inline);
        }
        try {
            return new QuerySource(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new BadInputException(file.toString(), 0, "cannot be read (" + e.getMessage()
                    + "); check the path given with -f", e);
        }
    }
}
