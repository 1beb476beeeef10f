package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.Token;

/**
 * A cue from a lexicon: token sequences separated by gaps, written {@code "schlug ... vor"} or {@code "per Video"}.
 * A token of the pattern matches a token of the text when it equals its surface form or its lemma (lower case).
 *
 * <pre>{@code
 * CuePattern p = CuePattern.parse("sollen ... stattfinden");
 * int at = p.find(sentence.tokens(), 0, sentence.tokens().size());   // index of "sollen", or -1
 * }</pre>
 */
public final class CuePattern {

    private final String text;
    private final List<List<String>> parts;
    /**
     * Each word of the parts as it may stand in {@link #wordsOf}: its {@link #caseKey} and the word itself (a
     * zu-infinitive is compared as written). A token list that has neither for some word cannot match.
     */
    private final List<String[]> keys = new ArrayList<>();

    public CuePattern(String text, List<List<String>> parts) {
        this.text = text;
        this.parts = parts.stream().map(List::copyOf).toList();
        if (this.parts.isEmpty() || this.parts.stream().anyMatch(List::isEmpty)) {
            throw new IllegalArgumentException("expected a cue like 'per Video' or 'schlug ... vor', found '" + text + "'");
        }
        this.parts.stream().flatMap(List::stream).distinct().forEach(w -> keys.add(new String[] {caseKey(w), w}));
    }

    /** The cue as written in the lexicon. */
    public String text() {
        return text;
    }

    /** The token sequences between the gaps, lower case when parsed. */
    public List<List<String>> parts() {
        return parts;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CuePattern p && text.equals(p.text) && parts.equals(p.parts);
    }

    @Override
    public int hashCode() {
        return 31 * text.hashCode() + parts.hashCode();
    }

    @Override
    public String toString() {
        return "CuePattern[" + text + "]";
    }

    /** Parses {@code "a b ... c"}: parts separated by {@code ...}, tokens by spaces. */
    public static CuePattern parse(String text) {
        List<List<String>> parts = new ArrayList<>();
        for (String part : text.strip().split("\\s*\\.\\.\\.\\s*")) {
            parts.add(Arrays.stream(part.strip().split("\\s+")).filter(s -> !s.isEmpty())
                    .map(s -> s.toLowerCase(Locale.ROOT)).toList());
        }
        return new CuePattern(text, parts);
    }

    /**
     * True when the token's surface or lemma is {@code word} (lower case); a zu-infinitive of a separable verb
     * counts as its infinitive ("abzuhalten" is "abhalten").
     */
    public static boolean tokenIs(Token t, String word) {
        String surface = t.text();
        if (surface.equalsIgnoreCase(word) || t.lemma().equalsIgnoreCase(word)) {
            return true;
        }
        // "aufzunehmen" is "aufnehmen" with an infix zu: drop the first "zu" and compare.
        if (surface.length() <= 6 || surface.length() != word.length() + 2) {
            return false;
        }
        String lower = surface.toLowerCase(Locale.ROOT);
        int zu = lower.indexOf("zu");
        return zu >= 0 && (lower.substring(0, zu) + lower.substring(zu + 2)).equals(word);
    }

    /** Index of the first token of the first match within {@code [from, to)}, or -1. */
    public int find(List<Token> tokens, int from, int to) {
        int[] span = span(tokens, from, to);
        return span == null ? -1 : span[0];
    }

    /** First and last token index of the first match within {@code [from, to)}, or null. */
    public int[] span(List<Token> tokens, int from, int to) {
        if (!mayMatch(wordsOf(tokens))) {
            return null;
        }
        for (int start = Math.max(0, from); start < to; start++) {
            int end = matchFrom(tokens, start, to);
            if (end >= 0) {
                return new int[] {start, end};
            }
        }
        return null;
    }

    private int matchFrom(List<Token> tokens, int start, int to) {
        int pos = start;
        for (int p = 0; p < parts.size(); p++) {
            List<String> part = parts.get(p);
            int at = p == 0 ? (sequenceAt(tokens, pos, to, part) ? pos : -1) : seek(tokens, pos, to, part);
            if (at < 0) {
                return -1;
            }
            pos = at + part.size();
        }
        return pos - 1;
    }

    private static int seek(List<Token> tokens, int from, int to, List<String> part) {
        for (int i = from; i < to; i++) {
            if (sequenceAt(tokens, i, to, part)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean sequenceAt(List<Token> tokens, int at, int to, List<String> part) {
        if (at + part.size() > to) {
            return false;
        }
        for (int k = 0; k < part.size(); k++) {
            if (!tokenIs(tokens.get(at + k), part.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** False when a word of the pattern is missing from the words of a token list ({@link #wordsOf}). */
    private boolean mayMatch(Set<String> present) {
        for (String[] k : keys) {
            if (!present.contains(k[0]) && !present.contains(k[1])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every word a token of the list can match, as {@link #tokenIs} compares: surface and lemma by
     * {@link #caseKey} (what {@code equalsIgnoreCase} compares) and the lower-cased infinitive of a zu-infinitive.
     * Kept for the last list this thread asked about.
     *
     * <p>Design decision: dozens of patterns are tried on each sentence, almost all absent; checking their words
     * against this set first costs a few lookups instead of a scan of the sentence per pattern. Sentences hold
     * immutable token lists, so the list itself identifies the words.
     */
    static Set<String> wordsOf(List<Token> tokens) {
        Object[] last = LAST_WORDS.get();
        if (last[0] != tokens) {
            Set<String> words = new HashSet<>();
            for (Token t : tokens) {
                words.add(caseKey(t.text()));
                words.add(caseKey(t.lemma()));
                String lower = t.text().toLowerCase(Locale.ROOT);
                int zu = lower.length() > 6 ? lower.indexOf("zu") : -1;
                if (zu >= 0) {
                    words.add(lower.substring(0, zu) + lower.substring(zu + 2));
                }
            }
            last[0] = tokens;
            last[1] = words;
        }
        @SuppressWarnings("unchecked")
        Set<String> words = (Set<String>) last[1];
        return words;
    }

    private static final ThreadLocal<Object[]> LAST_WORDS = ThreadLocal.withInitial(() -> new Object[2]);

    /**
     * Two strings are equal ignoring case exactly when their case keys are equal: each code point upper-cased, then
     * lower-cased, as {@code String.equalsIgnoreCase} compares them.
     */
    static String caseKey(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            b.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c)));
            i += Character.charCount(c);
        }
        return b.toString();
    }
}
