package org.newsgraph.cli;

/** Exit codes of every command. */
public final class ExitCodes {
    public static final int OK = 0;
    /** Some input could not be read; the rest was processed. */
    public static final int SOME_INPUT_FAILED = 1;
    /** Wrong options or arguments. */
    public static final int USAGE = 2;
    /** The command could not do its work (store locked, bad query, missing resource). */
    public static final int FAILED = 3;

    private ExitCodes() {
    }
}
