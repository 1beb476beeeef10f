package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.newsgraph.ConfigurationException;
import org.newsgraph.NewsgraphException;

/**
 * {@code benchmark --startup}: what a command costs from start to exit. Runs the real jar in child JVMs, as a user
 * does, and prints the wall time of each command (the median of the runs): the JVM alone ({@code --version}), an
 * ingest of the seed folder into a new store, {@code cypher "RETURN 1"} and {@code stats} on it; each once plain and
 * once with a class-data-sharing archive that a first run of the same command wrote (JDK 13+:
 * {@code -XX:ArchiveClassesAtExit}, then {@code -XX:SharedArchiveFile}), and once through the launcher
 * {@code target/newsgraph} beside the jar (its archive, written by a first untimed run, and its JIT options).
 */
final class StartupBenchmark {

    /** One command to time: a name for the table and its arguments after {@code java -jar newsgraph.jar}. */
    private record Step(String name, List<String> args, boolean newStore) {
    }

    private final PrintWriter out;
    private final Path jar;
    private final Path seeds;
    private final int runs;

    StartupBenchmark(PrintWriter out, Path seeds, int runs) {
        this.out = out;
        this.jar = runningJar();
        this.seeds = seeds;
        this.runs = runs;
    }

    int run() throws IOException {
        Path work = Files.createTempDirectory("newsgraph-startup");
        try {
            Path db = work.resolve("startup.db");
            List<Step> steps = List.of(
                    new Step("--version (the JVM and the command line only)", List.of("--version"), false),
                    new Step("ingest " + seeds + " (into a new store)", List.of("ingest", "--no-progress", "--db",
                            db.toString(), seeds.toString()), true),
                    new Step("cypher \"RETURN 1\"", List.of("cypher", "--db", db.toString(), "RETURN 1"), false),
                    new Step("stats", List.of("stats", "--db", db.toString()), false));
            out.printf(Locale.ROOT, "start-up of java -jar %s, wall seconds (median of %d runs), %d cores, Java %s%n",
                    shown(jar), runs, Runtime.getRuntime().availableProcessors(), Runtime.version().feature());
            Path launcher = jar.resolveSibling("newsgraph");
            boolean withLauncher = Files.isExecutable(launcher);
            out.printf(Locale.ROOT, "%-52s %8s %10s %18s%n", "", "plain", "with CDS",
                    withLauncher ? shown(launcher) : "(no launcher)");
            out.flush();
            for (Step step : steps) {
                double plain = median(step, db, java(List.of()), null);
                Path archive = work.resolve("cds-" + steps.indexOf(step) + ".jsa");
                time(step, db, java(List.of("-XX:ArchiveClassesAtExit=" + archive)), null);
                double shared = median(step, db, java(List.of("-XX:SharedArchiveFile=" + archive)), null);
                String launched = "";
                if (withLauncher) {
                    Path own = work.resolve("launcher-" + steps.indexOf(step) + ".jsa");
                    time(step, db, List.of(launcher.toString()), own);     // writes its archive
                    launched = String.format(Locale.ROOT, "%.2f", median(step, db, List.of(launcher.toString()), own));
                }
                out.printf(Locale.ROOT, "%-52s %8.2f %10.2f %18s%n", step.name(), plain, shared, launched);
                out.flush();
            }
            out.println();
            out.println("CDS: a class-data-sharing archive of the classes a command loads, written by one run with");
            out.println("-XX:ArchiveClassesAtExit=FILE and used with -XX:SharedArchiveFile=FILE (see README).");
            if (withLauncher) {
                out.println(shown(launcher) + ": the launcher beside the jar, with its own archive (written by a first"
                        + " run) and C1 only for short commands (see README).");
            }
            out.flush();
        } finally {
            BenchmarkCommand.deleteTree(work);
        }
        return ExitCodes.OK;
    }

    /** The command line that runs the jar in this JVM's Java with {@code jvmOptions}. */
    private List<String> java(List<String> jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        return command;
    }

    private double median(Step step, Path db, List<String> launch, Path archive) {
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            times[i] = time(step, db, launch, archive);
        }
        Arrays.sort(times);
        return runs % 2 == 1 ? times[runs / 2] : (times[runs / 2 - 1] + times[runs / 2]) / 2;
    }

    /**
     * Runs one command ({@code launch} then the step's arguments) and returns its wall time in seconds; an ingest
     * starts from a new store. {@code archive}, when given, is the launcher's archive ({@code NEWSGRAPH_CDS}).
     */
    private double time(Step step, Path db, List<String> launch, Path archive) {
        if (step.newStore()) {
            deleteTreeQuietly(db);
        }
        List<String> command = new ArrayList<>(launch);
        command.addAll(step.args());
        try {
            long t0 = System.nanoTime();
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().remove("NEWSGRAPH_JAVA_OPTS");
            if (archive != null) {
                builder.environment().put("NEWSGRAPH_CDS", archive.toString());
            }
            Process p = builder.start();
            byte[] output = p.getInputStream().readAllBytes();
            if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new NewsgraphException("expected '" + String.join(" ", command) + "' to succeed, found exit "
                        + (p.isAlive() ? "(still running after 10 minutes)" : p.exitValue()) + ":\n"
                        + new String(output, java.nio.charset.StandardCharsets.UTF_8).strip());
            }
            return (System.nanoTime() - t0) / 1e9;
        } catch (IOException e) {
            throw new NewsgraphException("cannot start " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsgraphException("the start-up benchmark was interrupted", e);
        }
    }

    /** A path as the user would type it: relative to the working directory when it is below it. */
    private static Path shown(Path path) {
        Path here = Path.of("").toAbsolutePath();
        return path.startsWith(here) ? here.relativize(path) : path;
    }

    /** The jar this code runs from; the benchmark times it as a user runs it. */
    private static Path runningJar() {
        try {
            Path location = Path.of(StartupBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!location.toString().endsWith(".jar")) {
                throw new ConfigurationException("expected benchmark --startup to run from the packaged jar, found "
                        + location + "; build it with 'mvn -B -q package -DskipTests' and run java -jar "
                        + "target/newsgraph.jar benchmark --startup");
            }
            return location;
        } catch (URISyntaxException e) {
            throw new ConfigurationException("cannot tell where newsgraph's jar is: " + e.getMessage(), e);
        }
    }

    private static void deleteTreeQuietly(Path dir) {
        try {
            if (Files.exists(dir)) {
                BenchmarkCommand.deleteTree(dir);
            }
        } catch (IOException e) {
            throw new NewsgraphException("cannot delete " + dir + " before the next run: " + e.getMessage(), e);
        }
    }
}
