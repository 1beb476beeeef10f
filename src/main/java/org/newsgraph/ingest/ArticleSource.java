package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.BadInputException;

/**
 * The articles in a list of files and folders, streamed to an {@link ArticleSink} one by one.
 *
 * <pre>
 *   ArticleSource source = ArticleSource.of(List.of(Path.of("corpus")));
 *   progressBar.maxHint(source.totalBytes());
 *   source.forEach(sink);   // sink.article(article, bytesDone) / sink.failed(problem, bytesDone)
 * </pre>
 *
 * <p>Folders are searched recursively for {@code .txt}, {@code .md}, {@code .html}, {@code .htm} and {@code .jsonl}
 * files (other files there are ignored, as are hidden ones), in sorted order; the inputs are taken in the order
 * given. A missing or unreadable path, or a file named explicitly with another extension, is a bad input reported to
 * the sink, never an exception that stops the rest.
 *
 * <p>An article's id is the JSON Lines {@code "id"} when given, else its path without the extension: relative to
 * the folder given ({@code a/article} for {@code same/a/article.txt} when {@code same/} is given), or the file name
 * for a file given directly; {@code #line} is added for a JSON Lines line. Ids are unique within one
 * {@link #forEach} ({@link ArticleIds}).
 */
public final class ArticleSource {

    /** One file to read, or a problem found while listing the inputs. */
    private record Input(InputFile file, InputFormat format, long size, BadInputException problem) {
    }

    private final List<Input> inputs;
    private final Map<InputFormat, ArticleReader> readers;

    private ArticleSource(List<Input> inputs, Map<InputFormat, ArticleReader> readers) {
        this.inputs = List.copyOf(inputs);
        this.readers = readers;
    }

    /** Lists the inputs under {@code paths}, with the readers and cleaning data packaged with newsgraph. */
    public static ArticleSource of(List<Path> paths) {
        return of(paths, ArticleAssembler.load(), Boilerplate.load());
    }

    /** Lists the inputs under {@code paths}, reading them with the given assembler and furniture patterns. */
    public static ArticleSource of(List<Path> paths, ArticleAssembler assembler, Boilerplate boilerplate) {
        List<Input> inputs = new ArrayList<>();
        for (Path path : paths) {
            list(path, inputs);
        }
        HtmlReader html = new HtmlReader(assembler, boilerplate);
        Map<InputFormat, ArticleReader> readers = new EnumMap<>(InputFormat.class);
        readers.put(InputFormat.TEXT, new PlainTextReader(assembler, false));
        readers.put(InputFormat.MARKDOWN, new PlainTextReader(assembler, true));
        readers.put(InputFormat.HTML, html);
        readers.put(InputFormat.JSON_LINES, new JsonLinesReader(assembler, html));
        return new ArticleSource(inputs, readers);
    }

    /** The sum of the sizes of all input files, in bytes: the end of the progress. */
    public long totalBytes() {
        long total = 0;
        for (Input input : inputs) {
            total += input.size();
        }
        return total;
    }

    /** The number of input files found (including paths that turned out bad). */
    public int fileCount() {
        return inputs.size();
    }

    /** The files to read, in reading order (without the paths that were bad already when listed). */
    public List<Path> files() {
        return inputs.stream().filter(i -> i.problem() == null).map(i -> i.file().path()).toList();
    }

    /** Reads every input in order, passing each article or bad input to {@code sink}. */
    public void forEach(ArticleSink sink) {
        ArticleIds ids = new ArticleIds();
        long offset = 0;
        for (Input input : inputs) {
            if (input.problem() != null) {
                sink.failed(input.problem(), offset);
                continue;
            }
            long base = offset;
            long size = input.size();
            readers.get(input.format()).read(input.file(), ids, new ArticleSink() {
                @Override
                public void article(Article article, long bytesDone) {
                    sink.article(article, base + Math.min(bytesDone, size));
                }

                @Override
                public void failed(BadInputException problem, long bytesDone) {
                    sink.failed(problem, base + Math.min(bytesDone, size));
                }
            });
            offset += size;
        }
    }

    private static void list(Path path, List<Input> inputs) {
        String shown = path.toString();
        if (!Files.exists(path)) {
            inputs.add(bad(shown, "does not exist; check the path (relative paths start at "
                    + Path.of("").toAbsolutePath() + ")"));
        } else if (Files.isDirectory(path)) {
            listFolder(path, inputs);
        } else {
            Optional<InputFormat> format = InputFormat.of(path);
            if (format.isEmpty()) {
                inputs.add(bad(shown, "has an unknown extension '." + InputFormat.extension(path)
                        + "'; expected " + InputFormat.EXTENSIONS));
            } else {
                inputs.add(file(new InputFile(path, shown, InputFormat.stem(path)), format.get()));
            }
        }
    }

    private static void listFolder(Path folder, List<Input> inputs) {
        List<Path> found = new ArrayList<>();
        List<Input> problems = new ArrayList<>();
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            return !dir.equals(folder) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE
                                    : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (!hidden(file) && InputFormat.of(file).isPresent()) {
                                found.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (Files.isDirectory(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                                    || InputFormat.of(file).isPresent()) {
                                problems.add(bad(unreadable(file.toString(), e)));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.add(bad(unreadable(folder.toString(), e)));
        }
        found.sort(null);
        for (Path file : found) {
            inputs.add(file(new InputFile(file, file.toString(), idBase(folder, file)),
                    InputFormat.of(file).orElseThrow()));
        }
        inputs.addAll(problems);
    }

    /** The path of {@code file} in {@code folder} without the extension, folders joined by {@code /}. */
    private static String idBase(Path folder, Path file) {
        Path relative = folder.relativize(file);
        StringBuilder base = new StringBuilder();
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            base.append(relative.getName(i)).append('/');
        }
        return base.append(InputFormat.stem(file)).toString();
    }

    private static boolean hidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static Input file(InputFile file, InputFormat format) {
        try {
            return new Input(file, format, Files.size(file.path()), null);
        } catch (IOException e) {
            return bad(unreadable(file.shown(), e));
        }
    }

    private static Input bad(String shown, String problem) {
        return bad(new BadInputException(shown, 0, problem));
    }

    private static Input bad(BadInputException problem) {
        return new Input(null, null, 0, problem);
    }

    /** The bad input for a file that cannot be opened or read. */
    static BadInputException unreadable(String shown, IOException e) {
        String problem;
        if (e instanceof AccessDeniedException) {
            problem = "cannot be read: permission denied; check its permissions (chmod +r)";
        } else if (e instanceof NoSuchFileException) {
            problem = "does not exist (or is a broken link); check the path";
        } else {
            problem = "cannot be read: " + e.getMessage() + "; expected a readable file";
        }
        return new BadInputException(shown, 0, problem, e);
    }
}
