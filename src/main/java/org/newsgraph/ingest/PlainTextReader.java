package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a {@code .txt} or {@code .md} file as one article. Markdown markup (headings, emphasis, links, images) is
 * reduced to its text first; a {@code # heading} is a headline like any other short first line.
 *
 * <p>A file may open with a front-matter header, as static site generators write it: a line {@code ---}, then
 * {@code key: value} lines ({@code title}, {@code source}, {@code url}, {@code published} or {@code date},
 * {@code language}; other keys are ignored), then {@code ---}. What it states wins over what is read from the page.
 */
public final class PlainTextReader extends WholeFileReader {

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    private static final Pattern MD_HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+|\\s+#+\\s*$");
    private static final Pattern MD_QUOTE_OR_LIST = Pattern.compile("^\\s{0,3}(?:>\\s?|[-*+]\\s+(?=\\S))");
    private static final Pattern MD_IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)");
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]+)\\]\\([^)]*\\)");
    private static final Pattern MD_EMPHASIS = Pattern.compile("\\*\\*|__|(?<![\\p{L}\\d])[*_](?=\\S)|(?<=\\S)[*_](?![\\p{L}\\d])");
    private static final Pattern MD_RULE_OR_FENCE = Pattern.compile("^\\s*(?:(?:[-*_]\\s*){3,}|```.*|~~~.*)$");
    private static final Pattern HTML_TAG = Pattern.compile("<[^>]{1,200}>");

    private final ArticleAssembler assembler;
    private final boolean markdown;

    public PlainTextReader(ArticleAssembler assembler, boolean markdown) {
        this.assembler = assembler;
        this.markdown = markdown;
    }

    private static final int FRONT_MATTER_MAX_LINES = 30;
    private static final Pattern FRONT_MATTER_FIELD = Pattern.compile("^([A-Za-z_-]+)\\s*:\\s*(.*)$");

    @Override
    Article parse(String text, String id, String shown, String sha256) {
        List<String> raw = List.of(LINE_BREAK.split(text, -1));
        int end = frontMatterEnd(raw);
        Metadata given = end < 0 ? Metadata.NONE : frontMatter(raw.subList(1, end));
        List<String> body = new ArrayList<>(raw.size());
        for (String line : raw.subList(end + 1, raw.size())) {
            body.add(markdown ? plain(line) : line);
        }
        return assembler.assemble(body, true, given, id, shown, 0, sha256);
    }

    /** The index of the line that closes a front-matter header, or -1 when the file has none. */
    static int frontMatterEnd(List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return -1;
        }
        for (int i = 1; i < Math.min(lines.size(), FRONT_MATTER_MAX_LINES); i++) {
            String line = lines.get(i).strip();
            if (line.equals("---")) {
                return i;
            }
            if (!line.isEmpty() && !FRONT_MATTER_FIELD.matcher(line).matches()) {
                return -1;
            }
        }
        return -1;
    }

    private static Metadata frontMatter(List<String> fields) {
        java.util.Map<String, String> values = new java.util.HashMap<>();
        for (String line : fields) {
            java.util.regex.Matcher m = FRONT_MATTER_FIELD.matcher(line.strip());
            if (m.matches()) {
                values.put(m.group(1).toLowerCase(java.util.Locale.ROOT), unquote(m.group(2).strip()));
            }
        }
        String published = values.containsKey("published") ? values.get("published") : values.get("date");
        return new Metadata(values.get("title"), values.get("source"), values.get("url"), published,
                values.get("language"));
    }

    private static String unquote(String v) {
        return v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))
                ? v.substring(1, v.length() - 1) : v;
    }

    /** The lines of a text, with Markdown reduced to plain text when this reader reads Markdown. */
    List<String> lines(String text) {
        String[] raw = LINE_BREAK.split(text, -1);
        List<String> lines = new ArrayList<>(raw.length);
        for (String line : raw) {
            lines.add(markdown ? plain(line) : line);
        }
        return lines;
    }

    static String plain(String line) {
        if (MD_RULE_OR_FENCE.matcher(line).matches()) {
            return "";
        }
        String s = MD_HEADING.matcher(line).replaceAll("");
        s = MD_QUOTE_OR_LIST.matcher(s).replaceFirst("");
        s = MD_IMAGE.matcher(s).replaceAll("");
        s = MD_LINK.matcher(s).replaceAll("$1");
        s = HTML_TAG.matcher(s).replaceAll("");
        return MD_EMPHASIS.matcher(s).replaceAll("");
    }
}
