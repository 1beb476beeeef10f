package org.newsgraph.ingest;

import java.util.HashMap;
import java.util.Map;
import org.newsgraph.BadInputException;

/**
 * Hands out the ids of one run's articles so that distinct inputs never share one (a second article under a taken id
 * would replace the first). An id the input gives (a JSON Lines {@code "id"}) names one article: its second use is a
 * bad input, reported with file and line and skipped. An id made from the path ({@link InputFile#idBase()}, plus
 * {@code #line} for a JSON Lines line without {@code "id"}) stays as it is when free or held by the same content (the
 * same file given twice); when other content holds it, it gets {@code ~} and the first 16 hex digits of the content's
 * sha256, its content address.
 *
 * <pre>{@code
 * ArticleIds ids = new ArticleIds();                       // one per run
 * String id = ids.fromPath("a/article", sha256);           // "a/article", or "a/article~3e27ebda7fca339e"
 * ids.taken(id, "same/a/article.txt", 0, sha256);          // once the article is read
 * }</pre>
 */
final class ArticleIds {

    /** Length of the content address appended to an id made from a path that other content holds. */
    static final int CONTENT_ADDRESS_LENGTH = 16;

    private record Use(String file, int line, String sha256) {
        String where() {
            return line > 0 ? file + ":" + line : file;
        }
    }

    private final Map<String, Use> used = new HashMap<>();

    /**
     * The id for an article that gives its own.
     *
     * @throws BadInputException when an earlier article of this run has it
     */
    String given(String id, String file, int line) {
        Use before = used.get(id);
        if (before != null) {
            throw new BadInputException(file, line, "repeats the id \"" + id + "\" of " + before.where() + "; an id "
                    + "names one article, so this line is skipped; give it an \"id\" of its own");
        }
        return id;
    }

    /** The id for an article named by its path: {@code base}, unless other content of this run holds it. */
    String fromPath(String base, String sha256) {
        Use before = used.get(base);
        if (before == null || before.sha256().equals(sha256)) {
            return base;
        }
        return base + "~" + sha256.substring(0, CONTENT_ADDRESS_LENGTH);
    }

    /** Records that the article read from {@code file} (at {@code line}, 0 for a whole file) has {@code id}. */
    void taken(String id, String file, int line, String sha256) {
        used.putIfAbsent(id, new Use(file, line, sha256));
    }
}
