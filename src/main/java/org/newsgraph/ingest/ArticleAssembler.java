package org.newsgraph.ingest;

import java.util.List;
import org.newsgraph.BadInputException;

/**
 * Makes an {@link Article} from a page's lines: cleans the body, reads metadata from the page, lets metadata given
 * by the input (JSON fields, HTML meta) win, and detects the language when none is given. Shared by every reader.
 */
public final class ArticleAssembler {

    private final BodyCleaner cleaner;
    private final MetadataExtractor metadata;
    private final LanguageDetector languages;

    public ArticleAssembler(BodyCleaner cleaner, MetadataExtractor metadata, LanguageDetector languages) {
        this.cleaner = cleaner;
        this.metadata = metadata;
        this.languages = languages;
    }

    /** The assembler with the furniture patterns, date words, agencies and stopwords packaged with newsgraph. */
    public static ArticleAssembler load() {
        return new ArticleAssembler(new BodyCleaner(Boilerplate.load()), MetadataExtractor.load(),
                LanguageDetector.load());
    }

    public NewsDateParser dates() {
        return metadata.dates();
    }

    /**
     * @param lines the page as lines (plain text, or the block text of an HTML page)
     * @param plainText true for plain text, whose hard-wrapped paragraphs are joined
     * @param given metadata the input states explicitly; wins over what is read from the page
     * @param id the article id
     * @param file the file as the user gave it
     * @param line the JSONL line, or 0 for a whole file
     * @param sha256 hex digest of the raw input
     * @throws BadInputException when no article text is left after removing page furniture
     */
    public Article assemble(List<String> lines, boolean plainText, Metadata given, String id, String file, int line,
                            String sha256) {
        MetadataExtractor.Collector found = metadata.collector();
        BodyCleaner.CleanPage page = cleaner.clean(lines, plainText, given.title(), found);
        if (page.paragraphs().isEmpty()) {
            throw new BadInputException(file, line, "no article text left after removing page furniture"
                    + " (navigation, teasers, captions, player and comment lines); expected at least one paragraph"
                    + " of prose");
        }
        String text = page.text();
        Metadata all = given.orElse(new Metadata(page.title(), found.source(), null, found.published(), null));
        String language = all.language() != null ? all.language() : languages.detect(text);
        String path = line > 0 ? file + "#" + line : file;
        return new Article(id, all.title(), all.source(), all.url(), all.published(), language, path, sha256, text);
    }
}
