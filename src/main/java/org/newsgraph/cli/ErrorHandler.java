package org.newsgraph.cli;

import org.newsgraph.NewsgraphException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Prints a {@link NewsgraphException} as one line, without a stack trace, and maps it to an exit code.
 * Anything else is a bug: it is printed in full so it can be reported.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parseResult) {
        if (e instanceof NewsgraphException) {
            cmd.getErr().println(cmd.getColorScheme().errorText("newsgraph: " + e.getMessage()));
            return ExitCodes.FAILED;
        }
        if (e instanceof IllegalArgumentException) {
            cmd.getErr().println(cmd.getColorScheme().errorText("newsgraph: " + e.getMessage()));
            return ExitCodes.USAGE;
        }
        cmd.getErr().println("newsgraph: unexpected error (please report it):");
        e.printStackTrace(cmd.getErr());
        return ExitCodes.FAILED;
    }
}
