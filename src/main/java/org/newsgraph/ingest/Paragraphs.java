package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;

/** Turning a page's lines into normalised paragraphs, and the small text measures the cleaner uses. */
final class Paragraphs {

    /** A wrapped text is at least this wide; narrower blocks are lists of labels, not running text. */
    private static final int WRAP_MIN = 40;
    /** A longer line is a whole paragraph on one line, never part of a hard-wrapped one. */
    private static final int WRAPPED_LINE_MAX = 120;
    /** A line filled to this share of its block's width broke only because the next word did not fit. */
    private static final double FILL = 0.8;

    private Paragraphs() {
    }

    /**
     * Normalises whitespace in each line and groups lines into paragraphs. Each non-blank line is one paragraph,
     * except that with {@code joinWrapped} a run of lines of one block (lines between blank lines) that reads as
     * one hard-wrapped running text is joined into one paragraph (see {@link #wrappedRunEnd}).
     *
     * <p>Design decision: wrapping is judged per block, not per page, so a short article whose only paragraph is
     * wrapped is joined, while a block of short unrelated lines (captions, labels, player controls) on the same
     * page stays one paragraph per line for the furniture rules. The page only lends its wrap width, so that a
     * wrapped line that happens to end a sentence is recognised too.
     */
    static List<String> of(List<String> lines, boolean joinWrapped) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (String line : lines) {
            String normal = normalize(line);
            if (!normal.isEmpty()) {
                block.add(normal);
            } else if (!block.isEmpty()) {
                blocks.add(block);
                block = new ArrayList<>();
            }
        }
        if (!block.isEmpty()) {
            blocks.add(block);
        }
        int pageWidth = joinWrapped ? pageWidth(blocks) : 0;
        List<String> paragraphs = new ArrayList<>();
        for (List<String> b : blocks) {
            int width = joinWrapped ? width(b) : 0;
            int i = 0;
            while (i < b.size()) {
                int end = width >= WRAP_MIN ? wrappedRunEnd(b, i, width, pageWidth) : i;
                paragraphs.add(join(b.subList(i, end + 1)));
                i = end + 1;
            }
        }
        return paragraphs;
    }

    /** The width the page is wrapped at: its longest line in a run that breaks mid-sentence, or 0 for none. */
    private static int pageWidth(List<List<String>> blocks) {
        int pageWidth = 0;
        for (List<String> block : blocks) {
            int width = width(block);
            for (int i = 0; width >= WRAP_MIN && i < block.size(); i++) {
                int end = wrappedRunEnd(block, i, width, 0);
                for (int j = i; j <= end && end > i; j++) {
                    pageWidth = Math.max(pageWidth, block.get(j).length());
                }
                i = end;
            }
        }
        return pageWidth;
    }

    /**
     * The last line of the hard-wrapped run that starts at line {@code from}, or {@code from} when none starts
     * there. A run is consecutive lines each continued by the next (see {@link #continues}) that has a wrap break
     * and ends with a line ending a sentence: a paragraph of prose, not a caption or a list. A wrap break is a
     * line ending mid-sentence, or one too full for the next word at the page's wrap width {@code pageWidth} (0
     * when unknown). Lines after the run's last sentence end (a caption glued below it) are left out of the run.
     */
    static int wrappedRunEnd(List<String> block, int from, int width, int pageWidth) {
        int last = from;
        boolean wrapBreak = false;
        for (int end = from; end + 1 < block.size() && continues(block.get(end), block.get(end + 1), width); end++) {
            String line = block.get(end);
            wrapBreak |= !endsSentence(line)
                    || (pageWidth > 0 && line.length() + 1 + firstWordLength(block.get(end + 1)) > pageWidth);
            if (wrapBreak && endsSentence(block.get(end + 1))) {
                last = end + 1;
            }
        }
        return last;
    }

    /**
     * True when line {@code next} continues line {@code line} of a text wrapped at about {@code width} columns:
     * the line is filled (the next word would hardly have fit on it), or it breaks mid-sentence into a line that
     * starts in lower case.
     */
    private static boolean continues(String line, String next, int width) {
        if (line.length() > WRAPPED_LINE_MAX || next.length() > WRAPPED_LINE_MAX) {
            return false;
        }
        boolean filled = line.length() + 1 + firstWordLength(next) > FILL * width;
        boolean lowerContinuation = !endsSentence(line) && line.length() * 2 >= width
                && Character.isLowerCase(next.codePointAt(0));
        return filled || lowerContinuation;
    }

    private static int firstWordLength(String line) {
        int space = line.indexOf(' ');
        return space < 0 ? line.length() : space;
    }

    /** The width a block is wrapped at: its longest line that could be part of a wrapped paragraph. */
    private static int width(List<String> block) {
        int width = 0;
        for (String line : block) {
            if (line.length() <= WRAPPED_LINE_MAX) {
                width = Math.max(width, line.length());
            }
        }
        return width;
    }

    /** Joins wrapped lines with a space, or without one after a line-final hyphen ("US-" + "Präsident"). */
    private static String join(List<String> run) {
        StringBuilder joined = new StringBuilder();
        for (String line : run) {
            if (joined.length() > 0 && joined.charAt(joined.length() - 1) != '-') {
                joined.append(' ');
            }
            joined.append(line);
        }
        return joined.toString();
    }

    /** Collapses whitespace (including no-break spaces), drops zero-width characters and soft hyphens, strips. */
    static String normalize(String line) {
        StringBuilder sb = new StringBuilder(line.length());
        boolean space = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u00AD') {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                continue;
            }
            if (space && sb.length() > 0) {
                sb.append(' ');
            }
            space = false;
            sb.append(c);
        }
        return sb.toString();
    }

    /** True when the text ends a sentence (., !, ?, …), possibly followed by closing quotes or brackets. */
    static boolean endsSentence(String p) {
        int i = p.length() - 1;
        while (i >= 0 && "\"“”»«'’)]".indexOf(p.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?…".indexOf(p.charAt(i)) >= 0;
    }

    static int words(String p) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < p.length(); i++) {
            boolean space = p.charAt(i) == ' ';
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    /** True when Latin letters are at least as many as letters of other scripts. */
    static boolean mostlyLatin(String p) {
        int latin = 0;
        int other = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            if (c < 0x250 || Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                latin++;
            } else {
                other++;
            }
        }
        return latin >= other;
    }

    static boolean mostlyLatin(List<String> paragraphs) {
        long latin = 0;
        for (String p : paragraphs) {
            latin += mostlyLatin(p) ? p.length() : -p.length();
        }
        return latin >= 0;
    }
}
