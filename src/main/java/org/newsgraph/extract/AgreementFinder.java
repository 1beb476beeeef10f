package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.nlp.Token;

/**
 * Named documents and agreements the knowledge base does not list, from the word lists of
 * {@code ontology/linking.ttl}: a compound whose head is an agreement noun ("Nichtangriffspakt",
 * "Vertragsentwurf", "Getreide-Abkommen", "Abschlusserklärung"), or an agreement noun after a place adjective or an
 * agreement adjective ("Wiener Dokument", "Pariser Abkommen", "gemeinsame Erklärung"). Then the status the text
 * gives any agreement of the article, from the words of its sentences ("unterzeichnet" -> signed).
 *
 * <p>Design decision: a bare "Abkommen" or "Erklärung" is no entity (it may be anything said or agreed); the
 * modifier inside the compound or before it is what makes it a named document.
 */
final class AgreementFinder {

    /** Statuses in rising order: a later one wins over an earlier one in the same article. */
    static final List<String> STATUSES = List.of("draft", "signed", "in force");

    private final NameForms forms;
    private final Set<String> nouns;
    private final Set<String> drafts;
    private final Set<String> exclusions;
    private final Set<String> adjectives;
    private final Map<String, Set<String>> statusWords;

    AgreementFinder(org.newsgraph.kb.KnowledgeBase kb, NameForms forms) {
        this.forms = forms;
        this.drafts = kb.words("draftAgreementNoun");
        this.nouns = new java.util.HashSet<>(kb.words("agreementNoun"));
        this.nouns.addAll(drafts);
        this.exclusions = kb.words("agreementExclusion");
        this.adjectives = kb.words("agreementAdjective");
        this.statusWords = Map.of("draft", kb.words("draftWord"), "signed", kb.words("signedWord"),
                "in force", kb.words("inForceWord"));
    }

    void link(ArticleLinking a) {
        for (int s = 0; s < a.sentences.size(); s++) {
            List<Token> tokens = a.tokens(s);
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (a.isCovered(s, i) || !isNoun(t)) {
                    continue;
                }
                String stem = agreementStem(t.text());
                if (stem == null) {
                    continue;
                }
                String lower = stem.toLowerCase(Locale.ROOT);
                boolean compound = !nouns.contains(lower) || drafts.contains(lower) || t.text().indexOf('-') > 0;
                int first = i;
                if (i > 0 && !a.isCovered(s, i - 1) && isModifier(tokens.get(i - 1))) {
                    first = i - 1;
                } else if (!compound) {
                    continue;
                }
                String name = (first < i ? nominative(tokens.get(first).text()) + " " : "") + capitalised(stem);
                Entity e = new Entity(CueNameFinder.slug(name), EntityType.Agreement, name, null);
                a.add(e, s, first, i, "agreement");
            }
        }
        statuses(a);
    }

    /** The status of each agreement the article mentions, from the words of the sentences that mention it. */
    private void statuses(ArticleLinking a) {
        for (Mention m : a.mentions) {
            if (m.entity().type() != EntityType.Agreement) {
                continue;
            }
            String status = isDraft(m.entity().name()) ? "draft" : null;
            for (Token t : a.tokens(m.sentence())) {
                String w = t.text().toLowerCase(Locale.ROOT);
                for (String candidate : STATUSES) {
                    if (matches(candidate, w, a, m.sentence()) && rank(candidate) > rank(status)) {
                        status = candidate;
                    }
                }
            }
            if (status != null && rank(status) > rank(a.agreementStatus.get(m.entity()))) {
                a.agreementStatus.put(m.entity(), status);
            }
        }
    }

    private boolean matches(String status, String word, ArticleLinking a, int s) {
        Set<String> words = statusWords.get(status);
        if (words.contains(word)) {
            return true;
        }
        for (String w : words) {
            if (w.indexOf(' ') > 0 && a.sentences.get(s).text().toLowerCase(Locale.ROOT).contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** A draft by its name: "Vertragsentwurf", "Vertrag über Sicherheitsgarantien (Entwurf)". */
    private boolean isDraft(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String w : statusWords.get("draft")) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return drafts.stream().anyMatch(lower::contains);
    }

    private static int rank(String status) {
        return status == null ? -1 : STATUSES.indexOf(status);
    }

    /** The nominative of the word when it is (or ends in) an agreement noun ("Nichtangriffspakts"), or null. */
    private String agreementStem(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String stem : forms.nounStems(lower)) {
            if (exclusions.contains(stem)) {
                return null;
            }
            String head = stem.substring(stem.lastIndexOf('-') + 1);
            for (String noun : nouns) {
                if (head.endsWith(noun) && (head.length() > noun.length() + 2 || head.equals(noun))) {
                    return text.substring(0, stem.length());
                }
            }
        }
        return null;
    }

    /** "Wiener", "Pariser" (a capitalised place adjective in -er) or a listed adjective ("gemeinsamen"). */
    private boolean isModifier(Token t) {
        String x = t.text();
        if (x.length() > 3 && Character.isUpperCase(x.charAt(0)) && x.endsWith("er") && !"NOUN".equals(t.tag())) {
            return true;
        }
        for (String stem : forms.nounStems(x.toLowerCase(Locale.ROOT))) {
            if (adjectives.contains(stem)) {
                return true;
            }
        }
        return adjectives.contains(x.toLowerCase(Locale.ROOT));
    }

    private static boolean isNoun(Token t) {
        String x = t.text();
        return !x.isEmpty() && Character.isUpperCase(x.charAt(0))
                && ("NOUN".equals(t.tag()) || "PROPN".equals(t.tag()));
    }

    /** "gemeinsamen" -> "gemeinsame": the adjective as it stands before a singular noun in the nominative. */
    private String nominative(String adjective) {
        if (Character.isUpperCase(adjective.charAt(0))) {
            return adjective;
        }
        return adjective.endsWith("en") ? adjective.substring(0, adjective.length() - 1) : adjective;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
