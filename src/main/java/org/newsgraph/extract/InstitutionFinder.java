package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.kb.KbEntity;
import org.newsgraph.kb.KnowledgeBase;
import org.newsgraph.nlp.Token;

/**
 * Institutions of a state or organisation from general patterns over the word lists {@code institutionNoun} and
 * {@code standaloneInstitutionNoun} of {@code ontology/linking.ttl}, not one entry per ministry:
 * <ul>
 *   <li>a nationality adjective before it: "das russische Außenministerium", "the Russian Foreign Ministry";</li>
 *   <li>a compound with a name before it: "US-Verteidigungsministerium", "NATO-Russland-Rat";</li>
 *   <li>the owner after it: "Präsidialamt von Belarus", "das Außenministerium Russlands";</li>
 *   <li>alone after a determiner, for the nouns that stand alone, its owner from a seat after it: "das
 *       Außenministerium in Peking".</li>
 * </ul>
 * Each becomes an Organization named "Außenministerium (Russland)" (so the same ministry found by two patterns is
 * one node), with a {@link Part} to its owner.
 */
final class InstitutionFinder {

    private static final int MAX_WORDS = 4;

    private final KnowledgeBase kb;
    private final NameForms forms;
    private final LabelIndex index;
    private final Set<String> nouns;
    private final Set<String> standalone;
    private final Set<String> determiners;
    private final Set<String> ownerPrepositions;
    private final Set<String> locatives;

    InstitutionFinder(KnowledgeBase kb, NameForms forms, LabelIndex index) {
        this.kb = kb;
        this.forms = forms;
        this.index = index;
        this.standalone = kb.words("standaloneInstitutionNoun");
        this.nouns = new java.util.HashSet<>(kb.words("institutionNoun"));
        this.nouns.addAll(standalone);
        this.determiners = kb.words("determiner");
        this.ownerPrepositions = kb.words("ownerPreposition");
        this.locatives = kb.words("locativePreposition");
    }

    void link(ArticleLinking a) {
        for (int s = 0; s < a.sentences.size(); s++) {
            List<Token> tokens = a.tokens(s);
            for (int i = 0; i < tokens.size(); i++) {
                int end = compound(a, s, i);
                if (end < 0) {
                    end = qualified(a, s, i);
                }
                if (end >= i) {
                    i = end;
                }
            }
        }
    }

    /** "US-Verteidigungsministerium", "NATO-Russland-Rat": the last part an institution, the first a name. */
    private int compound(ArticleLinking a, int s, int i) {
        Token t = a.tokens(s).get(i);
        String text = t.text();
        int dash = text.lastIndexOf('-');
        if (dash <= 0 || dash == text.length() - 1) {
            return -1;
        }
        String head = noun(text.substring(dash + 1));
        if (head == null) {
            return -1;
        }
        String[] parts = text.substring(0, dash).split("-");
        KbEntity owner = ownerNamed(parts[0]);
        if (owner == null) {
            return -1;
        }
        a.removeWithin(s, i, i);
        String name = parts.length == 1 ? nameOf(head, owner.entity()) : text;
        add(a, s, i, i, name, owner.entity());
        return i;
    }

    /** An institution noun (of up to four words) at {@code i}, with its owner before, after or from a seat. */
    private int qualified(ArticleLinking a, int s, int i) {
        List<Token> tokens = a.tokens(s);
        for (int n = Math.min(MAX_WORDS, tokens.size() - i); n >= 1; n--) {
            if (anyCovered(a, s, i, i + n - 1)) {
                continue;
            }
            String head = noun(words(tokens, i, i + n - 1));
            if (head == null) {
                continue;
            }
            int last = i + n - 1;
            Mention before = i > 0 ? a.endingAt(s, i - 1) : null;
            if (before != null && before.rule().equals("adjective") && before.firstToken() == before.lastToken()) {
                a.remove(before);
                add(a, s, before.firstToken(), last, nameOf(head, before.entity()), before.entity());
                return last;
            }
            int next = last + 1;
            if (next < tokens.size() && ownerPrepositions.contains(lower(tokens.get(next).text()))) {
                next++;
            }
            Mention after = next < tokens.size() ? a.startingAt(s, next) : null;
            if (after != null && isOwner(after.entity()) && !after.rule().equals("adjective")) {
                a.remove(after);
                add(a, s, i, after.lastToken(), nameOf(head, after.entity()), after.entity());
                return after.lastToken();
            }
            if (!standalone.contains(head) || i == 0
                    || !determiners.contains(lower(tokens.get(i - 1).text()))) {
                return -1;
            }
            Entity seat = seatAfter(a, s, last + 1);
            add(a, s, i, last, seat == null ? capitalised(head) : nameOf(head, seat), seat);
            return last;
        }
        return -1;
    }

    /** "das Außenministerium in Peking": the state whose capital or seat follows a locative, or null. */
    private Entity seatAfter(ArticleLinking a, int s, int k) {
        List<Token> tokens = a.tokens(s);
        if (k + 1 >= tokens.size() || !locatives.contains(lower(tokens.get(k).text()))) {
            return null;
        }
        Mention m = a.startingAt(s, k + 1);
        if (m == null) {
            return null;
        }
        if (m.entity().type() == EntityType.Country) {
            return m.entity();
        }
        return kb.entity(m.entity().type(), m.entity().id())
                .map(KbEntity::standsFor)
                .flatMap(id -> kb.entity(EntityType.Country, id))
                .map(KbEntity::entity)
                .orElse(null);
    }

    private void add(ArticleLinking a, int s, int first, int last, String name, Entity owner) {
        Entity institution = new Entity(CueNameFinder.slug(name), EntityType.Organization, name, null);
        a.add(institution, s, first, last, "institution");
        if (owner != null) {
            a.parts.add(new Part(institution, owner));
        }
    }

    private KbEntity ownerNamed(String text) {
        KbEntity e = index.single(text);
        if (e == null) {
            String stem = forms.withoutGenitive(text);
            e = stem == null ? null : index.single(stem);
        }
        return e != null && isOwner(e.entity()) ? e : null;
    }

    private static boolean isOwner(Entity e) {
        return e.type() == EntityType.Country || e.type() == EntityType.Organization;
    }

    /** The listed institution noun {@code text} is a form of ("Außenministeriums" -> außenministerium), or null. */
    private String noun(String text) {
        for (String stem : forms.nounStems(lower(text))) {
            if (nouns.contains(stem)) {
                return stem;
            }
        }
        return null;
    }

    /** "Außenministerium (Russland)": one name for the ministry however the text qualifies it. */
    private static String nameOf(String head, Entity owner) {
        return capitalised(head) + " (" + owner.name() + ")";
    }

    private static String capitalised(String head) {
        StringBuilder b = new StringBuilder();
        for (String w : head.split(" ")) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1));
        }
        return b.toString();
    }

    private static String words(List<Token> tokens, int first, int last) {
        StringBuilder b = new StringBuilder();
        for (int k = first; k <= last; k++) {
            b.append(k > first ? " " : "").append(tokens.get(k).text());
        }
        return b.toString();
    }

    private static boolean anyCovered(ArticleLinking a, int s, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (a.isCovered(s, k)) {
                return true;
            }
        }
        return false;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
