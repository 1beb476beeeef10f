package org.newsgraph.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.kb.Holding;
import org.newsgraph.kb.KbEntity;
import org.newsgraph.kb.KnowledgeBase;
import org.newsgraph.nlp.Token;

/**
 * Links office descriptions to people: "US-Präsident", "der russische Staatschef", "Russlands Präsident",
 * "Präsident der Ukraine", "Kreml-Chef", "die scheidende Bundeskanzlerin", "sein US-Amtskollege".
 */
final class DescriptionLinker {

    /** A title word in a token and the qualifier glued to it ("US-Präsident" -> präsident, US). */
    private record Title(String word, boolean colleague, KbEntity prefixQualifier) {
    }

    private final KnowledgeBase kb;
    private final NameForms forms;
    private final LabelIndex index;
    private final RoleResolver roles;
    private final Set<String> colleagueWords;
    private final Set<String> determiners;
    private final Set<String> indefinites;

    DescriptionLinker(KnowledgeBase kb, NameForms forms, LabelIndex index, RoleResolver roles) {
        this.kb = kb;
        this.forms = forms;
        this.index = index;
        this.roles = roles;
        this.colleagueWords = kb.words("colleagueWord");
        this.determiners = kb.words("determiner");
        this.indefinites = kb.words("indefiniteDeterminer");
    }

    void link(ArticleLinking a, int s) {
        List<Token> tokens = a.tokens(s);
        for (int i = 0; i < tokens.size(); i++) {
            if (a.isCovered(s, i) && a.startingAt(s, i) != null && a.startingAt(s, i).rule().equals("label")) {
                continue;
            }
            Title title = title(tokens.get(i).text());
            if (title == null || nameFollows(a, s, i)) {
                continue;
            }
            int first = i;
            int last = i;
            KbEntity qualifier = title.prefixQualifier();
            Mention before = i > 0 ? a.endingAt(s, i - 1) : null;
            if (qualifier == null && isQualifier(before)) {
                qualifier = kbEntity(before.entity());
                first = before.firstToken();
            }
            if (qualifier == null) {
                int k = i + 1;
                if (k < tokens.size() && determiners.contains(EntityLinker.lower(tokens.get(k).text()))) {
                    k++;
                }
                Mention after = k < tokens.size() ? a.startingAt(s, k) : null;
                if (isQualifier(after) && (k > i + 1 || after.surface().endsWith("s"))) {
                    qualifier = kbEntity(after.entity());
                    last = after.lastToken();
                }
            }
            if (first > 0 && indefinites.contains(EntityLinker.lower(tokens.get(first - 1).text()))) {
                continue;
            }
            Optional<KbEntity> person = title.colleague()
                    ? colleague(a, s, qualifier)
                    : roles.resolve(title.word(), qualifier, a.date, a.named);
            if (person.isPresent()) {
                a.add(person.get().entity(), s, first, last, "role");
            }
        }
    }

    private Title title(String text) {
        int dash = text.lastIndexOf('-');
        String word = dash > 0 && dash < text.length() - 1 ? text.substring(dash + 1) : text;
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) && dash <= 0) {
            return null;
        }
        KbEntity prefix = null;
        if (dash > 0) {
            String q = text.substring(0, dash);
            prefix = index.single(q);
            if (prefix == null && forms.withoutGenitive(q) != null) {
                prefix = index.single(forms.withoutGenitive(q));
            }
            if (prefix != null && prefix.type() == EntityType.Place && prefix.standsFor() != null) {
                prefix = kb.entity(EntityType.Country, prefix.standsFor()).orElse(prefix);
            }
        }
        for (String stem : forms.nounStems(EntityLinker.lower(word))) {
            if (colleagueWords.contains(stem)) {
                return new Title(stem, true, prefix);
            }
            if (roles.isTitle(stem)) {
                return new Title(stem, false, prefix);
            }
        }
        return null;
    }

    /** "Präsident Wladimir Putin": the name that follows is the person; the title only describes them. */
    private static boolean nameFollows(ArticleLinking a, int s, int i) {
        List<Token> tokens = a.tokens(s);
        if (i + 1 >= tokens.size()) {
            return false;
        }
        Mention next = a.startingAt(s, i + 1);
        if (next != null) {
            return next.entity().type() == EntityType.Person;
        }
        Token t = tokens.get(i + 1);
        return t.isProperNoun() && Character.isUpperCase(t.text().charAt(0));
    }

    private static boolean isQualifier(Mention m) {
        return m != null && (m.entity().type() == EntityType.Country || m.entity().type() == EntityType.Organization);
    }

    private KbEntity kbEntity(Entity e) {
        return kb.entity(e.type(), e.id()).orElse(null);
    }

    /** "sein US-Amtskollege": the holder of the office of the last person named, in the qualifier's state. */
    private Optional<KbEntity> colleague(ArticleLinking a, int s, KbEntity qualifier) {
        if (qualifier == null) {
            return Optional.empty();
        }
        for (int k = a.mentions.size() - 1; k >= 0; k--) {
            Mention m = a.mentions.get(k);
            if (m.sentence() > s || m.entity().type() != EntityType.Person) {
                continue;
            }
            for (Holding h : kb.holdings(m.entity().id())) {
                if (h.activeAt(a.date)) {
                    return roles.resolveRole(h.role(), qualifier, a.date, a.named);
                }
            }
        }
        return Optional.empty();
    }
}
