package org.newsgraph.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.extract.names.NameSpan;
import org.newsgraph.kb.KbEntity;
import org.newsgraph.nlp.Token;

/**
 * Turns the spans of a statistical name finder into mentions, after the knowledge base and the cue words had their
 * turn: only spans none of whose tokens another source covers, and only where the span is likely a name.
 *
 * <p>Design decision (measured on the development set's tune articles, see README "Names nobody listed"): a span
 * counts when its confidence is at least {@link #MIN_CONFIDENCE}; a person needs two tokens ("Milorad Dodik"), a
 * cue word before it, or a confidence of {@link #SINGLE_PERSON_CONFIDENCE} on a proper noun, since a single
 * capitalised word tagged PER is often a noun; an organization or place needs a token the tagger calls a proper
 * noun or an acronym. A confident name of several words replaces the shorter non-person mentions inside it. A span the knowledge base knows under another
 * form (a genitive "Dodiks", a state tagged LOC) links to the knowledge-base entity.
 */
final class StatisticalNames {

    /** The lowest confidence of a span that becomes an entity. */
    static final double MIN_CONFIDENCE = 0.5;
    /** The lowest confidence of a single word tagged PER without a cue before it ("Atatürk"). */
    static final double SINGLE_PERSON_CONFIDENCE = 0.9;
    /** The lowest confidence of a name of several words that replaces shorter mentions inside it. */
    static final double OVERRIDE_CONFIDENCE = 0.95;

    private final NameForms forms;
    private final LabelIndex index;
    private final CueNameFinder cues;

    StatisticalNames(NameForms forms, LabelIndex index, CueNameFinder cues) {
        this.forms = forms;
        this.index = index;
        this.cues = cues;
    }

    void link(ArticleLinking a, java.util.function.Function<org.newsgraph.nlp.Sentence, List<NameSpan>> names) {
        Map<String, Entity> seen = new HashMap<>();
        Map<String, Entity> shortNames = new HashMap<>();
        for (int s = 0; s < a.sentences.size(); s++) {
            if (!holdsUncoveredName(a, s)) {
                continue;
            }
            for (NameSpan span : names.apply(a.sentences.get(s))) {
                EntityType type = span.nameClass().entityType();
                if (type == null || span.confidence() < MIN_CONFIDENCE) {
                    continue;
                }
                int first = span.firstToken();
                int last = span.lastToken();
                List<Token> tokens = a.tokens(s);
                while (first <= last && !isNameWord(tokens.get(first).text())) {
                    first++;
                }
                while (last >= first && !isNameWord(tokens.get(last).text())) {
                    last--;
                }
                if (first > last || !likelyName(a, s, first, last, type, span.confidence())) {
                    continue;
                }
                if (anyCovered(a, s, first, last) && !overrides(a, s, first, last, span)) {
                    continue;
                }
                String surface = surface(tokens, first, last);
                KbEntity known = known(surface);
                if (known != null) {
                    a.add(known.entity(), s, first, last, "ner-kb");
                    continue;
                }
                Entity e = seen.get(surface);
                if (e == null) {
                    e = new Entity(CueNameFinder.slug(surface), type, surface, null);
                    seen.put(surface, e);
                    if (type == EntityType.Person && last > first) {
                        shortNames.put(tokens.get(last).text(), e);
                    }
                }
                a.add(e, s, first, last, "ner");
                if (type == EntityType.Person && first > 0) {
                    cues.officeFromText(a, s, first - 1, e);
                }
            }
        }
        if (!shortNames.isEmpty()) {
            cues.linkShortNames(a, shortNames);
        }
    }

    /**
     * A confident name of several words wins over shorter non-person mentions inside it, which it then replaces:
     * "Roland Dumas" is no genitive of the Duma, "Universität Ankara" no mention of Turkey. A person or a state
     * named inside it stays ("Republik Korea").
     */
    private static boolean overrides(ArticleLinking a, int s, int first, int last, NameSpan span) {
        if (last == first || span.confidence() < OVERRIDE_CONFIDENCE) {
            return false;
        }
        List<Mention> inside = new java.util.ArrayList<>();
        for (Mention m : a.mentions) {
            if (m.sentence() != s || m.lastToken() < first || m.firstToken() > last) {
                continue;
            }
            boolean within = m.firstToken() >= first && m.lastToken() <= last
                    && m.lastToken() - m.firstToken() < last - first;
            boolean state = m.entity().type() == EntityType.Country && !m.rule().equals("capital");
            if (!within || m.entity().type() == EntityType.Person || state) {
                return false;
            }
            inside.add(m);
        }
        inside.forEach(a::remove);
        return true;
    }

    private boolean likelyName(ArticleLinking a, int s, int first, int last, EntityType type, double confidence) {
        List<Token> tokens = a.tokens(s);
        if (type == EntityType.Person) {
            return last > first || first > 0 && cues.isCue(tokens.get(first - 1).text())
                    || confidence >= SINGLE_PERSON_CONFIDENCE && tokens.get(first).isProperNoun();
        }
        for (int k = first; k <= last; k++) {
            Token t = tokens.get(k);
            if (t.isProperNoun() || "X".equals(t.tag()) || isAcronym(t.text())) {
                return true;
            }
        }
        return false;
    }

    private KbEntity known(String surface) {
        KbEntity e = index.single(surface);
        if (e == null) {
            String stem = forms.withoutGenitive(surface);
            e = stem == null ? null : index.single(stem);
        }
        return e;
    }

    /** A proper noun, foreign word or acronym no other pass covered, or a capitalised first word: worth a look. */
    private static boolean holdsUncoveredName(ArticleLinking a, int s) {
        List<Token> tokens = a.tokens(s);
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!a.isCovered(s, k) && (t.isProperNoun() || "X".equals(t.tag()) || isAcronym(t.text())
                    || k == 0 && isNameWord(t.text()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyCovered(ArticleLinking a, int s, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (a.isCovered(s, k)) {
                return true;
            }
        }
        return false;
    }

    /** A word that can be part of a name: starts with a capital letter (or digit) and ends with a letter or digit. */
    private static boolean isNameWord(String x) {
        return !x.isEmpty() && (Character.isUpperCase(x.codePointAt(0)) || Character.isDigit(x.codePointAt(0)))
                && Character.isLetterOrDigit(x.codePointBefore(x.length()));
    }

    private static boolean isAcronym(String x) {
        return x.length() >= 2 && x.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    private static String surface(List<Token> tokens, int first, int last) {
        StringBuilder b = new StringBuilder();
        for (int k = first; k <= last; k++) {
            Token t = tokens.get(k);
            if (k > first) {
                b.append(t.start() > tokens.get(k - 1).end() ? " " : "");
            }
            b.append(t.text());
        }
        return b.toString();
    }
}
