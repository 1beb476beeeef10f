package org.newsgraph.graph;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Whether a process holds a store folder, asked without opening it: while a store is open Neo4j holds an operating
 * system lock on {@code data/databases/store_lock}. Asking takes milliseconds; Neo4j itself finds out only after
 * seconds of starting up.
 */
final class StoreLock {

    private StoreLock() {
    }

    /** True when the store in {@code dir} is open in some process (this one included). */
    static boolean held(Path dir) {
        Path lockFile = dir.resolve("data").resolve("databases").resolve("store_lock");
        if (!Files.isRegularFile(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false; // cannot tell; Neo4j's own start-up will say
        }
    }
}
