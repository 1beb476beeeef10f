package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code target/newsgraph} as a user runs it: the first run writes the class-data-sharing archive,
 * the next maps newsgraph's classes from it, short commands get the first JIT compiler only, long ones the full
 * JIT, and a missing Java is named.
 */
class LauncherIT {

    @TempDir
    Path dir;

    private record Run(int exit, String output) {
    }

    @Test
    void firstRunWritesTheArchiveAndTheNextLoadsClassesFromIt() throws Exception {
        Path archive = dir.resolve("newsgraph.jsa");
        Run first = run(Map.of("NEWSGRAPH_CDS", archive.toString()), "--version");
        assertEquals(0, first.exit(), first.output());
        assertTrue(first.output().contains("newsgraph"), first.output());
        assertTrue(Files.size(archive) > 1_000_000, "the first run wrote the archive");
        try (var left = Files.list(dir)) {
            assertEquals(List.of(archive), left.toList(), "no temporary archive is left behind");
        }

        Path log = dir.resolve("classes.log");
        Run second = run(Map.of("NEWSGRAPH_CDS", archive.toString(),
                "NEWSGRAPH_JAVA_OPTS", "-Xlog:class+load=info:file=" + log), "--version");
        assertEquals(0, second.exit(), second.output());
        assertTrue(Files.readString(log).contains("org.newsgraph.cli.Main source: shared objects file"),
                "the second run maps newsgraph's classes from the archive");
    }

    @Test
    void shortCommandsGetTheFirstCompilerOnlyAndServeTheFullJit() throws Exception {
        Map<String, String> flags = Map.of("NEWSGRAPH_CDS", "off", "NEWSGRAPH_JAVA_OPTS", "-XX:+PrintFlagsFinal");
        Run stats = run(flags, "stats", "--help");
        assertEquals(0, stats.exit(), stats.output());
        assertTrue(stats.output().matches("(?s).*TieredStopAtLevel\\s+= 1\\b.*"), "stats runs with C1 only");
        Run serve = run(flags, "serve", "--help");
        assertEquals(0, serve.exit(), serve.output());
        assertTrue(serve.output().matches("(?s).*TieredStopAtLevel\\s+= 4\\b.*"), "serve keeps the full JIT");
    }

    @Test
    void aMissingJavaIsNamed() throws Exception {
        Run run = run(Map.of("JAVA_HOME", dir.resolve("no-java").toString()), "--version");
        assertEquals(2, run.exit(), run.output());
        assertTrue(run.output().contains("expected a Java 17 or later as $JAVA_HOME/bin/java"), run.output());
    }

    private static Run run(Map<String, String> env, String... args) throws Exception {
        Path launcher = Path.of(System.getProperty("newsgraph.jar")).resolveSibling("newsgraph");
        assertTrue(Files.isExecutable(launcher), "the build puts the launcher beside the jar: " + launcher);
        List<String> command = new java.util.ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("NEWSGRAPH_JAVA_OPTS");
        builder.environment().putAll(env);
        Process p = builder.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the launcher did not end: " + command);
        return new Run(p.exitValue(), output);
    }
}
