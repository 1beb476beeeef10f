package org.newsgraph.ingest;

/**
 * What is known about an article besides its text; every field may be null.
 *
 * @param title the headline
 * @param source the agency or publication
 * @param url where it was published
 * @param published ISO 8601 date, possibly partial or with a time
 * @param language ISO 639-1 code
 */
public record Metadata(String title, String source, String url, String published, String language) {

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    public static final Metadata NONE = new Metadata(null, null, null, null, null);

    public Metadata {
        title = blankToNull(title);
        source = blankToNull(source);
        url = blankToNull(url);
        published = blankToNull(published);
        language = blankToNull(language);
    }

    /** This metadata with each missing field taken from {@code fallback}. */
    public Metadata orElse(Metadata fallback) {
        return new Metadata(title != null ? title : fallback.title, source != null ? source : fallback.source,
                url != null ? url : fallback.url, published != null ? published : fallback.published,
                language != null ? language : fallback.language);
    }

    private static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = SPACES.matcher(s.strip()).replaceAll(" ");
        return t.isEmpty() ? null : t;
    }
}
