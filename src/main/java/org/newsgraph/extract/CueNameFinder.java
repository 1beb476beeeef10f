package org.newsgraph.extract;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.kb.KnowledgeBase;
import org.newsgraph.nlp.Token;

/**
 * Finds names the knowledge base does not know, from the cue words next to them: "Berater Michail Podoljak",
 * "die Nachrichtenagentur KCNA", "Norbert Röttgen, CDU-Außenpolitiker"; and then their short forms ("Röttgen").
 */
final class CueNameFinder {

    private final Map<String, EntityType> cueWords;
    private final NameForms forms;
    private final java.util.Set<String> determiners;

    private final KnowledgeBase kb;
    private final LabelIndex index;
    private final RoleResolver roles;

    CueNameFinder(KnowledgeBase kb, NameForms forms, LabelIndex index, RoleResolver roles) {
        this.kb = kb;
        this.cueWords = kb.cueWords();
        this.forms = forms;
        this.index = index;
        this.roles = roles;
        this.determiners = kb.words("determiner");
    }

    void link(ArticleLinking a) {
        Map<String, Entity> shortNames = new HashMap<>();
        for (int s = 0; s < a.sentences.size(); s++) {
            List<Token> tokens = a.tokens(s);
            for (int i = 0; i < tokens.size(); i++) {
                EntityType type = cueType(tokens.get(i).text());
                if (type == null) {
                    continue;
                }
                int end = nameRun(a, s, i + 1, type);
                if (end == i + 1 && isPlural(tokens.get(i).text()) && !isAcronym(tokens.get(end).text())) {
                    end = i;
                }
                if (end > i) {
                    Entity e = found(a, s, i + 1, end, type, shortNames);
                    if (type == EntityType.Person) {
                        officeFromText(a, s, i, e);
                    }
                    i = end;
                    continue;
                }
                int start = apposition(a, s, i);
                if (start >= 0) {
                    found(a, s, start, backToName(tokens, start), EntityType.Person, shortNames);
                }
            }
        }
        if (!shortNames.isEmpty()) {
            linkShortNames(a, shortNames);
        }
    }

    /**
     * "der litauische Außenminister Gabrielius Landsbergis": a person the knowledge base does not know holds the
     * office the cue names, in the state the qualifier names.
     */
    void officeFromText(ArticleLinking a, int s, int cue, Entity person) {
        String text = a.tokens(s).get(cue).text();
        int dash = text.lastIndexOf('-');
        String word = (dash > 0 ? text.substring(dash + 1) : text).toLowerCase(Locale.ROOT);
        org.newsgraph.kb.OfficeRole role = null;
        for (String stem : forms.nounStems(word)) {
            role = roles.role(stem).orElse(null);
            if (role != null) {
                break;
            }
        }
        if (role == null || role.generic()) {
            return;
        }
        Entity of = null;
        if (dash > 0) {
            org.newsgraph.kb.KbEntity q = index.single(text.substring(0, dash));
            of = q == null ? null : q.entity();
        }
        Mention before = cue > 0 ? a.endingAt(s, cue - 1) : null;
        if (of == null && before != null && (before.entity().type() == EntityType.Country
                || before.entity().type() == EntityType.Organization)) {
            of = before.entity();
        }
        if (of != null && of.type() != EntityType.Person) {
            a.offices.add(new Office(person, role.label(), of, null, null));
        }
    }

    private Entity found(ArticleLinking a, int s, int first, int last, EntityType type, Map<String, Entity> shortNames) {
        List<Token> tokens = a.tokens(s);
        StringBuilder name = new StringBuilder();
        for (int k = first; k <= last; k++) {
            name.append(k > first ? " " : "").append(tokens.get(k).text());
        }
        Entity e = new Entity(slug(name.toString()), type, name.toString(), null);
        a.add(e, s, first, last, "cue");
        if (type == EntityType.Person && last > first) {
            shortNames.put(tokens.get(last).text(), e);
        }
        return e;
    }

    /** "Behörden": a cue in the plural names several things, so one following word is no name for it. */
    private boolean isPlural(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return !cueWords.containsKey(lower) && cueType(text) != null;
    }

    private static boolean isAcronym(String x) {
        return x.length() >= 2 && x.equals(x.toUpperCase(Locale.ROOT));
    }

    /** True when {@code text} is a cue word ("Präsident", "Nato-Botschafterin"). */
    boolean isCue(String text) {
        return cueType(text) != null;
    }

    private EntityType cueType(String text) {
        int dash = text.lastIndexOf('-');
        String word = dash > 0 && dash < text.length() - 1 ? text.substring(dash + 1) : text;
        for (String stem : forms.nounStems(word.toLowerCase(Locale.ROOT))) {
            EntityType t = cueWords.get(stem);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    /** The last token of a run of uncovered proper names starting at {@code from}, or from - 1 when there is none. */
    private int nameRun(ArticleLinking a, int s, int from, EntityType type) {
        List<Token> tokens = a.tokens(s);
        int k = from;
        while (k < tokens.size() && k - from < 4 && isNameToken(tokens.get(k), type) && !a.isCovered(s, k)
                && cueType(tokens.get(k).text()) == null) {
            k++;
        }
        return k - 1;
    }

    private static boolean isNameToken(Token t, EntityType type) {
        String x = t.text();
        if (x.isEmpty() || !Character.isUpperCase(x.charAt(0)) || !Character.isLetter(x.charAt(x.length() - 1))) {
            return false;
        }
        return t.isProperNoun() || "X".equals(t.tag()) || type == EntityType.Organization && isAcronym(x);
    }

    /** "Michail Podoljak, Berater des ...": the start of the name before ", [der] cue", or -1. */
    private int apposition(ArticleLinking a, int s, int cue) {
        List<Token> tokens = a.tokens(s);
        int k = cue - 1;
        if (k >= 0 && determiners.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
            k--;
        }
        if (k < 2 || !tokens.get(k).text().equals(",")) {
            return -1;
        }
        int end = k - 1;
        int start = end;
        while (start >= 0 && isNameToken(tokens.get(start), EntityType.Person) && !a.isCovered(s, start)) {
            start--;
        }
        start++;
        return end - start >= 1 ? start : -1;
    }

    private static int backToName(List<Token> tokens, int start) {
        int k = start;
        while (k + 1 < tokens.size() && !tokens.get(k + 1).text().equals(",")) {
            k++;
        }
        return k;
    }

    void linkShortNames(ArticleLinking a, Map<String, Entity> shortNames) {
        for (int s = 0; s < a.sentences.size(); s++) {
            List<Token> tokens = a.tokens(s);
            for (int i = 0; i < tokens.size(); i++) {
                if (a.isCovered(s, i)) {
                    continue;
                }
                String text = tokens.get(i).text();
                Entity e = shortNames.get(text);
                if (e == null && forms.withoutGenitive(text) != null) {
                    e = shortNames.get(forms.withoutGenitive(text));
                }
                if (e != null) {
                    a.add(e, s, i, i, "short-name");
                }
            }
        }
    }

    /** A lower-case ASCII slug of a name: "Norbert Röttgen" -> norbert-roettgen. */
    static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("ß", "ss");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "x" : s;
    }
}
