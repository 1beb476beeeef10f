package org.newsgraph;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Programs outside the JVM that some integration tests drive (chromium, node, rapper), and how they skip. */
public final class ExternalTools {

    private ExternalTools() {
    }

    /**
     * Skips the calling test unless {@code condition} holds, saying why on the console too: Maven shows only
     * "Skipped: 1", the reason would be in the failsafe report alone.
     */
    public static void skipUnless(String test, boolean condition, String reason) {
        if (!condition) {
            System.out.println(test + " skipped: " + reason);
            System.out.flush();
        }
        assumeTrue(condition, "skipped: " + reason);
    }

    /** The executable {@code program} on the PATH, or null. */
    public static Path onPath(String program) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(folder, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
