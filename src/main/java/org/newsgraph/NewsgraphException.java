package org.newsgraph;

/**
 * The root of every error newsgraph reports to a user.
 *
 * <p>Messages say what was expected, what was found and how to fix it, naming the file (and line) where
 * there is one. The CLI prints {@link #getMessage()} alone, without a stack trace.
 */
public class NewsgraphException extends RuntimeException {

    public NewsgraphException(String message) {
        super(message);
    }

    public NewsgraphException(String message, Throwable cause) {
        super(message, cause);
    }
}
