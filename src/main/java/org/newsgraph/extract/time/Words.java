package org.newsgraph.extract.time;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * The tokens of one sentence as the time rules read them: lower-cased phrase keys, numbers and surfaces.
 *
 * <p>Design decision: the rules look at token text and case only, never at tags, so they work the same on OpenNLP's
 * tokens ("7." as one token) and on a plain split ("7", "."): a "." token is glued to the token before it.
 */
final class Words {

    /** Suffixes of English ordinals ("7th"); grammar, like the "." of German ordinals, not world knowledge. */
    private static final java.util.Set<String> ENGLISH_ORDINAL_SUFFIXES = java.util.Set.of("st", "nd", "rd", "th");
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,3}(?:[.,]\\d{1,2})?");

    private static final int CACHED_PHRASE_TOKENS = 8;

    private final Sentence sentence;
    private final List<Token> tokens;
    private final String[] lower;
    private final String[][] keys;

    Words(Sentence sentence) {
        this.sentence = sentence;
        this.tokens = sentence.tokens();
        this.lower = new String[tokens.size()];
        for (int i = 0; i < lower.length; i++) {
            lower[i] = tokens.get(i).text().toLowerCase(Locale.ROOT);
        }
        this.keys = new String[tokens.size()][CACHED_PHRASE_TOKENS];
    }

    int size() {
        return tokens.size();
    }

    String text(int i) {
        return tokens.get(i).text();
    }

    String lower(int i) {
        return lower[i];
    }

    boolean is(int i, String text) {
        return i >= 0 && i < size() && text(i).equals(text);
    }

    boolean startsUpper(int i) {
        return i < size() && !text(i).isEmpty() && Character.isUpperCase(text(i).charAt(0));
    }

    boolean startsLower(int i) {
        return i < size() && !text(i).isEmpty() && Character.isLowerCase(text(i).charAt(0));
    }

    boolean isPunctuation(int i) {
        return i < size() && text(i).chars().noneMatch(Character::isLetterOrDigit);
    }

    String tag(int i) {
        return tokens.get(i).tag();
    }

    /** Lower-cased key of tokens {@code i .. i+n-1}, words joined by a space and "." glued on; null past the end. */
    String key(int i, int n) {
        if (i < 0 || i + n > size()) {
            return null;
        }
        if (n <= CACHED_PHRASE_TOKENS && keys[i][n - 1] != null) {
            return keys[i][n - 1];
        }
        StringBuilder b = new StringBuilder();
        for (int k = i; k < i + n; k++) {
            String t = lower(k);
            if (k > i && !t.equals(".")) {
                b.append(' ');
            }
            b.append(t);
        }
        String key = b.toString();
        if (n <= CACHED_PHRASE_TOKENS) {
            keys[i][n - 1] = key;
        }
        return key;
    }

    static String normalize(String phrase) {
        return phrase.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replace(" .", ".");
    }

    /** An integer written in digits at token {@code i} ("7", "2021"), or null. */
    Integer integer(int i) {
        if (i < 0 || i >= size()) {
            return null;
        }
        String t = text(i);
        int n = leadingDigits(t);
        return n >= 1 && n <= 4 && n == t.length() ? Integer.valueOf(t) : null;
    }

    /** A day of month written as an ordinal: "7." or "7" "."; with {@code bare}, also "7" alone. */
    Hit<Integer> day(int i, boolean bare) {
        if (i >= size()) {
            return null;
        }
        String t = text(i);
        int digits = leadingDigits(t);
        if (digits < 1 || digits > 2) {
            return null;
        }
        String rest = t.substring(digits);
        int length = 1;
        if (rest.equals(".")) {
            length = 1;
        } else if (rest.isEmpty() && is(i + 1, ".")) {
            length = 2;
        } else if (!(rest.isEmpty() && bare || ENGLISH_ORDINAL_SUFFIXES.contains(rest))) {
            return null;
        }
        int d = Integer.parseInt(t, 0, digits, 10);
        return d >= 1 && d <= 31 ? new Hit<>(d, length) : null;
    }

    /** How many ASCII digits {@code t} starts with (a per-token check: no regex on this hot path). */
    static int leadingDigits(String t) {
        int n = 0;
        while (n < t.length() && t.charAt(n) >= '0' && t.charAt(n) <= '9') {
            n++;
        }
        return n;
    }

    /** An amount in digits ("2", "1,5") or words from the lexicon ("zwei", "eineinhalb"), or null. */
    Hit<BigDecimal> amount(int i, TimeLexicon lexicon) {
        if (i >= size()) {
            return null;
        }
        if (DECIMAL.matcher(text(i)).matches()) {
            return new Hit<>(new BigDecimal(text(i).replace(',', '.')), 1);
        }
        return lexicon.numbers().at(this, i);
    }

    /** The text from the start of token {@code first} to the end of token {@code last}. */
    String surface(int first, int last) {
        int from = tokens.get(first).start() - sentence.start();
        int to = tokens.get(last).end() - sentence.start();
        if (from >= 0 && to <= sentence.text().length() && from <= to) {
            return sentence.text().substring(from, to);
        }
        StringBuilder b = new StringBuilder();
        for (int k = first; k <= last; k++) {
            b.append(k > first ? " " : "").append(text(k));
        }
        return b.toString();
    }
}
