package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.kb.KbEntity;
import org.newsgraph.kb.KnowledgeBase;
import org.newsgraph.nlp.Token;

/**
 * Every form of every knowledge-base name, keyed by its first token, for longest-match lookup in a sentence.
 *
 * <p>Design decision: case-sensitive matching. German capitalises nouns and names, so "Russland" never collides with
 * a common word, while lower-case adjective forms ("russischen") are indexed on their own.
 */
final class LabelIndex {

    /** What a run of tokens names. */
    enum Kind { NAME, FAMILY_NAME, ADJECTIVE, PREFIX }

    /** One indexed form. */
    record Entry(List<String> tokens, KbEntity entity, Kind kind) {
    }

    /** A match in a sentence: tokens [first, last]. */
    record Match(Entry entry, int first, int last) {
    }

    private final Map<String, List<Entry>> byFirstToken = new HashMap<>();
    private final Map<String, KbEntity> prefixes = new HashMap<>();

    LabelIndex(KnowledgeBase kb, NameForms forms) {
        Map<String, Integer> familyNameCount = new HashMap<>();
        for (KbEntity e : kb.entities()) {
            if (e.familyName() != null) {
                familyNameCount.merge(e.familyName(), 1, Integer::sum);
            }
        }
        for (KbEntity e : kb.entities()) {
            for (String label : e.labels()) {
                for (List<String> form : forms.labelForms(label)) {
                    add(new Entry(form, e, Kind.NAME));
                }
                if (!label.contains(" ")) {
                    prefixes.putIfAbsent(label, e);
                }
            }
            if (e.familyName() != null && familyNameCount.get(e.familyName()) == 1
                    && !e.labels().contains(e.familyName())) {
                for (List<String> form : forms.labelForms(e.familyName())) {
                    add(new Entry(form, e, Kind.FAMILY_NAME));
                }
            }
            for (String stem : e.adjectives()) {
                if (stem.contains(" ")) {
                    continue;
                }
                for (String form : forms.adjectiveStemForms(stem)) {
                    add(new Entry(List.of(form), e, Kind.ADJECTIVE));
                }
            }
            for (String prefix : e.prefixes()) {
                prefixes.put(prefix, e);
            }
        }
        for (List<Entry> list : byFirstToken.values()) {
            list.sort((a, b) -> b.tokens().size() - a.tokens().size());
        }
    }

    private void add(Entry entry) {
        List<Entry> list = byFirstToken.computeIfAbsent(entry.tokens().get(0), k -> new ArrayList<>(2));
        for (Entry existing : list) {
            if (existing.tokens().equals(entry.tokens())) {
                // First come wins, but a name beats an adjective or family name of the same form.
                if (existing.kind() == Kind.NAME || entry.kind() != Kind.NAME) {
                    return;
                }
                list.remove(existing);
                break;
            }
        }
        list.add(entry);
    }

    /** The longest indexed form starting at token {@code i}, or null. */
    Match longestAt(List<Token> tokens, int i) {
        List<Entry> candidates = byFirstToken.get(tokens.get(i).text());
        if (candidates == null) {
            return null;
        }
        for (Entry c : candidates) {
            int n = c.tokens().size();
            if (i + n > tokens.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 1; k < n && all; k++) {
                all = c.tokens().get(k).equals(tokens.get(i + k).text());
            }
            if (all) {
                return new Match(c, i, i + n - 1);
            }
        }
        return null;
    }

    /** The entity a single word names, by label or compound prefix ("US", "Kreml", "Nato"), or null. */
    KbEntity single(String word) {
        List<Entry> candidates = byFirstToken.get(word);
        if (candidates != null) {
            for (Entry c : candidates) {
                if (c.tokens().size() == 1 && c.kind() != Kind.FAMILY_NAME) {
                    return c.entity();
                }
            }
        }
        return prefixes.get(word);
    }
}
