package org.newsgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Runs the newsgraph command line in this JVM as a user would, capturing what it prints.
 *
 * @param code the exit code
 * @param out standard output
 * @param err standard error
 */
public record CliRun(int code, String out, String err) {

    /** Runs {@code newsgraph ARGS...}; commands print to System.out/err or to picocli's writers, both are kept. */
    public static synchronized CliRun of(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            var cmd = Main.commandLine();
            cmd.setOut(new PrintWriter(System.out, true));
            cmd.setErr(new PrintWriter(System.err, true));
            int code = cmd.execute(args);
            return new CliRun(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Override
    public String toString() {
        return "exit " + code + "\n--- out:\n" + out + "--- err:\n" + err;
    }
}
