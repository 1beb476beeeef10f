package org.newsgraph.ingest;

import java.util.Objects;

/**
 * One news article as read from its file: clean body text and metadata.
 *
 * @param id stable identifier, unique in a run: the JSONL {@code id} when given, else derived from the path (and
 *           line), see {@link ArticleSource}
 * @param title the headline, or null
 * @param source the agency or publication ("AFP", "svoboda.org"), or null
 * @param url the address it was published at, or null
 * @param published ISO 8601 publication date, possibly partial or with a time ("2021-12", "2021-12-07T18:42"), or null
 * @param language ISO 639-1 code ("de", "en")
 * @param path where it was read from (a file path, with {@code #line} for a JSONL line)
 * @param sha256 hex digest of the raw input, to tell a changed version from the same one
 * @param text the clean body text: paragraphs separated by blank lines, the headline not repeated
 */
public record Article(String id, String title, String source, String url, String published, String language,
                      String path, String sha256, String text) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(text, "text");
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id must not be blank (from " + path + ")");
        }
        if (language == null || language.isBlank()) {
            language = "de";
        }
    }

    /** The publication date as a {@link PartialDate}, or null when unknown. */
    public PartialDate publishedDate() {
        return published == null ? null : PartialDate.parse(published);
    }
}
