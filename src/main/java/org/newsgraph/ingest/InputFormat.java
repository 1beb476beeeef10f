package org.newsgraph.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The input formats newsgraph reads, by file extension. */
public enum InputFormat {
    TEXT("txt"),
    MARKDOWN("md"),
    HTML("html", "htm"),
    JSON_LINES("jsonl");

    /** The extensions of all formats, for messages: ".txt, .md, .html, .htm or .jsonl". */
    public static final String EXTENSIONS = ".txt, .md, .html, .htm or .jsonl";

    private final List<String> extensions;

    InputFormat(String... extensions) {
        this.extensions = List.of(extensions);
    }

    public List<String> extensions() {
        return extensions;
    }

    /** The format of a file by its extension (case-insensitive), or empty. */
    public static Optional<InputFormat> of(Path file) {
        String extension = extension(file);
        for (InputFormat format : values()) {
            if (format.extensions.contains(extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The file name without its extension: {@code corpus/000_3e27.txt} -> {@code 000_3e27}. */
    static String stem(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }
}
