package org.newsgraph.nlp;

import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Tokenizes one sentence with OpenNLP and repairs what the German model does inconsistently:
 * quotes are split off words („Killer“ -> „ Killer “), a hyphenated compound written without spaces is one token
 * (US-Präsident, Moskau-Reise, and the truncated Staats- in "Staats- und Regierungschefs") while a spaced dash
 * stays a token of its own, and an abbreviation keeps its full stop (Nr.).
 */
final class TokenSplitter {

    /** Quotation marks that never belong to the word they touch. */
    private static final String QUOTES = "„“”»«‚‘‹›\"";

    private final TokenizerME tokenizer;
    private final BoundaryLexicon lexicon;
    private final java.util.List<String> clitics;

    TokenSplitter(TokenizerME tokenizer, BoundaryLexicon lexicon) {
        this(tokenizer, lexicon, java.util.List.of());
    }

    /** With {@code clitics}: endings split off as tokens of their own ("'s", see {@link Language#clitics()}). */
    TokenSplitter(TokenizerME tokenizer, BoundaryLexicon lexicon, java.util.List<String> clitics) {
        this.tokenizer = tokenizer;
        this.lexicon = lexicon;
        this.clitics = clitics;
    }

    /** Writes the token spans of {@code sentence} (offsets into {@code sentence}) into {@code out}. */
    void tokenize(String sentence, SpanBuffer out) {
        out.clear();
        for (Span span : tokenizer.tokenizePos(sentence)) {
            int start = span.getStart();
            int end = span.getEnd();
            while (end - start > 1 && QUOTES.indexOf(sentence.charAt(start)) >= 0) {
                append(sentence, start, start + 1, out);
                start++;
            }
            int trailing = end;
            while (trailing - start > 1 && QUOTES.indexOf(sentence.charAt(trailing - 1)) >= 0) {
                trailing--;
            }
            int clitic = cliticStart(sentence, start, trailing);
            if (clitic > start) {
                append(sentence, start, clitic, out);
                out.add(clitic, trailing);
            } else {
                append(sentence, start, trailing, out);
            }
            for (int i = trailing; i < end; i++) {
                append(sentence, i, i + 1, out);
            }
        }
    }

    /** Where a clitic ending of {@code [start, end)} begins, or -1 (only after at least one letter). */
    private int cliticStart(String s, int start, int end) {
        for (String c : clitics) {
            int at = end - c.length();
            if (at > start && s.startsWith(c, at) && Character.isLetter(s.charAt(at - 1))) {
                return at;
            }
        }
        return -1;
    }

    /** Adds {@code [start, end)}, or glues it to the previous token when together they form one word. */
    private void append(String s, int start, int end, SpanBuffer out) {
        int last = out.size() - 1;
        if (last >= 0 && out.end(last) == start && joins(s, out.start(last), start, end)) {
            out.extendLast(end);
        } else {
            out.add(start, end);
        }
    }

    /** Whether the token {@code [start, end)} continues the adjacent previous token {@code [previousStart, start)}. */
    private boolean joins(String s, int previousStart, int start, int end) {
        char lastOfPrevious = s.charAt(start - 1);
        char first = s.charAt(start);
        if (isHyphen(first)) {
            // "US" + "-" + ..., "Staats" + "-", "Nato" + "-Waffen"
            return isWordChar(lastOfPrevious) && (end - start == 1 || isWordChar(s.charAt(start + 1)));
        }
        if (isHyphen(lastOfPrevious)) {
            // "Moskau-" + "Reise"
            return start - previousStart > 1 && isWordChar(s.charAt(start - 2)) && isWordChar(first);
        }
        if (first == '.' && end - start == 1) {
            // "Nr" + "."
            return lexicon.isAbbreviation(s.substring(previousStart, end));
        }
        return false;
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
