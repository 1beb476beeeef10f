package org.newsgraph.nlp;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

/**
 * Finds sentence spans in an article: first blocks at line breaks (a headline or any line without final punctuation
 * is a block of its own, a blank line ends a paragraph), then OpenNLP's detector inside each block, then joins the
 * detector's false splits after ordinal dates ("am 7. | Dezember"), abbreviations ("Dr. | Müller") and before a
 * lower-case word. A line ending in . ! ? … ends its sentence under the same conditions; a line ending in a colon
 * or a quotation mark runs on into the next line of its paragraph.
 *
 * <p>Design decision: the detector ignores newlines, so line structure is decided here, before it runs.
 */
final class SentenceSplitter {

    /** Characters after which a line may continue into the next line of the same paragraph. */
    private static final String FINAL_PUNCTUATION = ".!?:\"“”»«…";
    /** Line ends after which a new line starts a new sentence unless the words say otherwise ("am 7.", "Dr."). */
    private static final String SENTENCE_END = ".!?…";

    private final SentenceDetectorME detector;
    private final BoundaryLexicon lexicon;

    SentenceSplitter(SentenceDetectorME detector, BoundaryLexicon lexicon) {
        this.detector = detector;
        this.lexicon = lexicon;
    }

    /** Writes the sentence spans of {@code text} (trimmed, in order) into {@code out}. */
    void split(String text, SpanBuffer out) {
        out.clear();
        int blockStart = -1;
        int blockEnd = -1;
        int lineStart = 0;
        int length = text.length();
        while (lineStart <= length) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? length : newline;
            int contentStart = skipSpace(text, lineStart, lineEnd);
            int contentEnd = trimSpace(text, contentStart, lineEnd);
            if (contentStart == contentEnd) {
                if (blockStart >= 0) {
                    detect(text, blockStart, blockEnd, out);
                    blockStart = -1;
                }
            } else {
                if (blockStart < 0) {
                    blockStart = contentStart;
                }
                blockEnd = contentEnd;
                if (FINAL_PUNCTUATION.indexOf(text.charAt(contentEnd - 1)) < 0) {
                    detect(text, blockStart, blockEnd, out);
                    blockStart = -1;
                }
            }
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
        }
        if (blockStart >= 0) {
            detect(text, blockStart, blockEnd, out);
        }
    }

    private void detect(String text, int blockStart, int blockEnd, SpanBuffer out) {
        int firstOfBlock = out.size();
        Span[] spans = detector.sentPosDetect(text.substring(blockStart, blockEnd));
        if (spans.length == 0) {
            out.add(blockStart, blockEnd);
            return;
        }
        for (Span span : spans) {
            int spanEnd = blockStart + span.getEnd();
            int start = skipSpace(text, blockStart + span.getStart(), spanEnd);
            int newline = text.indexOf('\n', start);
            while (newline >= 0 && newline < spanEnd) {
                int lineEnd = trimSpace(text, start, newline);
                int nextStart = skipSpace(text, newline, spanEnd);
                if (lineEnd > start && nextStart < spanEnd && SENTENCE_END.indexOf(text.charAt(lineEnd - 1)) >= 0
                        && !continues(text, lineEnd, nextStart, spanEnd)) {
                    addOrJoin(text, start, lineEnd, firstOfBlock, out);
                    start = nextStart;
                }
                newline = text.indexOf('\n', newline + 1);
            }
            addOrJoin(text, start, trimSpace(text, start, spanEnd), firstOfBlock, out);
        }
    }

    private void addOrJoin(String text, int start, int end, int firstOfBlock, SpanBuffer out) {
        if (start == end) {
            return;
        }
        if (out.size() > firstOfBlock && continues(text, out.end(out.size() - 1), start, end)) {
            out.extendLast(end);
        } else {
            out.add(start, end);
        }
    }

    /** Whether the sentence starting at {@code nextStart} continues the one ending at {@code previousEnd}. */
    private boolean continues(String text, int previousEnd, int nextStart, int nextEnd) {
        if (text.charAt(previousEnd - 1) != '.') {
            return false;
        }
        char first = text.charAt(nextStart);
        if (Character.isLowerCase(first)) {
            return true;
        }
        int wordStart = previousEnd - 1;
        while (wordStart > 0 && !isSpace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        while (wordStart < previousEnd - 1 && isOpening(text.charAt(wordStart))) {
            wordStart++;
        }
        if (lexicon.isAbbreviation(text.substring(wordStart, previousEnd))) {
            return true;
        }
        return isNumber(text, wordStart, previousEnd - 1) && lexicon.isMonth(firstWord(text, nextStart, nextEnd));
    }

    private static boolean isOpening(char c) {
        return c == '(' || c == '[' || "„“”\"»«‚‘".indexOf(c) >= 0;
    }

    private static boolean isNumber(String text, int start, int end) {
        if (start >= end) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String firstWord(String text, int start, int end) {
        int i = start;
        while (i < end && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return text.substring(start, i);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F';
    }

    static int skipSpace(String text, int from, int to) {
        while (from < to && isSpace(text.charAt(from))) {
            from++;
        }
        return from;
    }

    static int trimSpace(String text, int from, int to) {
        while (to > from && isSpace(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }
}
