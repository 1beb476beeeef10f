package org.newsgraph;

import java.util.Objects;

/**
 * One input (a file, or one line of a JSON Lines file) that cannot be read as an article.
 * It is reported and skipped; the rest of the input goes on.
 */
public class BadInputException extends NewsgraphException {

    private final String source;
    private final int line;

    /**
     * @param source the file path as the user gave it
     * @param line the 1-based line number, or 0 when the whole file is bad
     * @param problem what is wrong, as a sentence fragment ("is empty", "is not valid UTF-8 at byte 1032")
     */
    public BadInputException(String source, int line, String problem) {
        super(format(source, line, problem));
        this.source = Objects.requireNonNull(source, "source");
        this.line = line;
    }

    public BadInputException(String source, int line, String problem, Throwable cause) {
        super(format(source, line, problem), cause);
        this.source = Objects.requireNonNull(source, "source");
        this.line = line;
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }

    private static String format(String source, int line, String problem) {
        return line > 0 ? source + ":" + line + ": " + problem : source + ": " + problem;
    }
}
