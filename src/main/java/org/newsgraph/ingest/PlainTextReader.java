package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a {@code .txt} or {@code .md} file as one article. Markdown markup (headings, emphasis, links, images) is
 * reduced to its text first; a {@code # heading} is a headline like any other short first line.
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

    @Override
    Article parse(String text, String id, String shown, String sha256) {
        return assembler.assemble(lines(text), true, Metadata.NONE, id, shown, 0, sha256);
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
