package org.newsgraph.graph;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Optional;
import org.newsgraph.StoreException;

/**
 * A store folder's note that a running {@code newsgraph serve} holds it: which process, its Bolt address, and how to
 * log in. Serve writes it into the store folder ({@value #FILE}, readable by the user only, as it holds the password)
 * once it is ready and removes it when it stops; a command that finds the store held reads it to go through serve.
 *
 * <pre>{@code
 * ServedStore.find(dir).ifPresent(s -> connect(s.bolt(), s.user(), s.password()));
 * }</pre>
 *
 * @param pid the serve process
 * @param bolt its Bolt URI, as it prints it ({@code bolt://127.0.0.1:7687})
 * @param user the user to log in as
 * @param password the password, or null when serve runs without authentication
 */
public record ServedStore(long pid, String bolt, String user, String password) {

    /** The file's name in the store folder. */
    public static final String FILE = "serve.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    public ServedStore {
        Objects.requireNonNull(bolt, "bolt");
        Objects.requireNonNull(user, "user");
    }

    /** The record for this process. */
    public static ServedStore ofThisProcess(String bolt, String user, String password) {
        return new ServedStore(ProcessHandle.current().pid(), bolt, user, password);
    }

    /**
     * Writes the record into the store folder {@code dir}, readable and writable by the user only from the start.
     *
     * @throws StoreException when the folder cannot be written
     */
    public void write(Path dir) {
        Path file = dir.resolve(FILE);
        try {
            Path tmp = Files.createTempFile(dir, "serve-", ".tmp", ownerOnly());
            try {
                Files.write(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(this));
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new StoreException("cannot write " + file + " (" + e.getMessage() + "), where serve tells other "
                    + "commands how to reach it; check that the store folder is writable", e);
        }
    }

    /** Removes the record from {@code dir} if it is this one (not one a later serve wrote). */
    public void remove(Path dir) {
        Path file = dir.resolve(FILE);
        if (read(file).filter(this::equals).isPresent()) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a stale record names a process that is gone; find() ignores it
            }
        }
    }

    /**
     * The serve that holds the store in {@code dir} right now: its record is there, its process runs and the store
     * is locked. A record left by a serve that was killed names a process that is gone, and is ignored.
     */
    public static Optional<ServedStore> find(Path dir) {
        return read(dir.resolve(FILE))
                .filter(s -> ProcessHandle.of(s.pid()).map(ProcessHandle::isAlive).orElse(false))
                .filter(s -> StoreLock.held(dir));
    }

    private static Optional<ServedStore> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), ServedStore.class));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static FileAttribute<?>[] ownerOnly() {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------"))};
        }
        return new FileAttribute<?>[0];
    }

    @Override
    public String toString() {
        return "ServedStore[pid=" + pid + ", bolt=" + bolt + ", user=" + user + ", auth=" + (password != null) + "]";
    }
}
