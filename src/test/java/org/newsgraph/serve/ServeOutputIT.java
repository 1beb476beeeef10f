package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code java -jar target/newsgraph.jar serve} prints, run as a user runs it from another working directory:
 * {@code --no-auth} warns, and the Write hint names the jar that is running.
 */
class ServeOutputIT {

    @TempDir
    Path dir;

    @Test
    void noAuthWarnsAndTheWriteHintNamesTheRealJar() throws Exception {
        Path jar = Path.of(System.getProperty("newsgraph.jar", "target/newsgraph.jar")).toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), "the packaged jar at " + jar);
        FreePorts ports = FreePorts.find();
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "serve", "--no-auth", "--db", "graph.db",
                "--bolt-port", String.valueOf(ports.bolt()), "--http-port", String.valueOf(ports.http()),
                "--sparql-port", String.valueOf(ports.sparql()))
                .directory(dir.toFile()).redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(serve.getInputStream(),
                    StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null && !line.startsWith("Press Ctrl-C")) {
                output.add(line);
            }
            String text = String.join("\n", output);
            assertTrue(text.contains("warning: --no-auth"), "warns: " + text);
            Matcher write = Pattern.compile("Write\\s+java -jar (\\S+) ingest --neo4j bolt://127\\.0\\.0\\.1:"
                    + ports.bolt() + " PATH\\.\\.\\.").matcher(text);
            assertTrue(write.find(), "a Write hint: " + text);
            Path named = dir.resolve(write.group(1));
            assertTrue(Files.isSameFile(jar, named), "the hint names " + named + ", the jar is " + jar);
            serve.destroy();
            assertTrue(serve.waitFor(60, TimeUnit.SECONDS), "serve stops");
        } finally {
            serve.destroyForcibly();
        }
    }
}
