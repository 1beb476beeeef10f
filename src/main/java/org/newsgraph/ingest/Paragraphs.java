package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;

/** Turning a page's lines into normalised paragraphs, and the small text measures the cleaner uses. */
final class Paragraphs {

    private static final int WRAP_MIN = 40;
    private static final int WRAP_MAX = 100;
    private static final int WRAPPED_LINE_MAX = 120;

    private Paragraphs() {
    }

    /**
     * Normalises whitespace in each line and groups lines into paragraphs: each non-blank line is one paragraph,
     * unless {@code joinWrapped} and the page is hard-wrapped (most lines 40-100 characters, breaking mid-sentence),
     * in which case the lines between blank lines are joined.
     */
    static List<String> of(List<String> lines, boolean joinWrapped) {
        List<String> normal = new ArrayList<>(lines.size());
        for (String line : lines) {
            normal.add(normalize(line));
        }
        boolean wrapped = joinWrapped && hardWrapped(normal);
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : normal) {
            if (line.isEmpty() || !wrapped) {
                flush(current, paragraphs);
                if (!line.isEmpty()) {
                    paragraphs.add(line);
                }
                continue;
            }
            if (current.length() > 0 && current.charAt(current.length() - 1) != '-') {
                current.append(' ');
            }
            current.append(line);
        }
        flush(current, paragraphs);
        return paragraphs;
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (current.length() > 0) {
            paragraphs.add(current.toString());
            current.setLength(0);
        }
    }

    private static boolean hardWrapped(List<String> lines) {
        int nonBlank = 0;
        int wrapped = 0;
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            nonBlank++;
            if (line.length() > WRAPPED_LINE_MAX) {
                return false;
            }
            if (line.length() >= WRAP_MIN && line.length() <= WRAP_MAX && !endsSentence(line)) {
                wrapped++;
            }
        }
        return nonBlank >= 4 && wrapped * 2 >= nonBlank;
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
