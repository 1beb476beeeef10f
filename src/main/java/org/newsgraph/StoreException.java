package org.newsgraph;

/** The graph store cannot be opened, read or written (locked by a running server, unreachable, corrupt). */
public class StoreException extends NewsgraphException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
