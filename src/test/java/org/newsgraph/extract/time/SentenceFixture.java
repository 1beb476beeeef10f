package org.newsgraph.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Builds real {@link Sentence} records from text with a plain split, shaped like OpenNLP's German tokens: words
 * and numbers keep an inner or trailing period ("7.", "Dez.", "16.00", "13.04.2021"), other punctuation stands
 * alone, and the sentence-final period is its own token. Tags are "X": the time rules must not need them.
 */
final class SentenceFixture {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.:'\\-]*|[^\\s\\p{L}\\p{N}]");

    private SentenceFixture() {
    }

    static Sentence sentence(String text) {
        return sentence(text, false);
    }

    /** With {@code splitPeriods}, every period is a token of its own ("7", "."), as some tokenizers do. */
    static Sentence sentence(String text, boolean splitPeriods) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            int start = m.start();
            String t = m.group();
            boolean last = text.substring(m.end()).isBlank();
            if (t.length() > 1 && t.endsWith(".") && (last || splitPeriods)) {
                add(tokens, t.substring(0, t.length() - 1), start);
                add(tokens, ".", m.end() - 1);
            } else if (splitPeriods && t.length() > 1 && t.matches("\\d+\\.")) {
                add(tokens, t.substring(0, t.length() - 1), start);
                add(tokens, ".", m.end() - 1);
            } else {
                add(tokens, t, start);
            }
        }
        return new Sentence(0, text, 0, tokens);
    }

    private static void add(List<Token> tokens, String text, int start) {
        tokens.add(new Token(text, start, start + text.length(), "X", text.toLowerCase(java.util.Locale.ROOT)));
    }
}
