package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.kb.KnowledgeBase;

/**
 * German inflection of names, as far as the linker needs it: the forms a label takes in running text
 * ("Weißes Haus" -> "Weißen Hauses", "Russland" -> "Russlands", "russisch" -> "russischen").
 *
 * <p>Design decision: the linker generates the inflected forms of every label once, when it is built, so that
 * matching text is a plain lookup per token; the endings come from the linking lexicon in {@code ontology/}.
 */
final class NameForms {

    private static final int MAX_FORMS = 256;

    private final List<String> adjectiveEndings;
    private final List<String> nounEndings;
    private final List<String> genitiveSuffixes;
    /** Endings of a name that news sites spell two ways ("Selenskyj", "Selenskij"): {written, also written}. */
    private final List<String[]> spellingVariants = new ArrayList<>();

    NameForms(KnowledgeBase kb) {
        this.adjectiveEndings = longestFirst(kb.words("adjectiveEnding"));
        this.nounEndings = longestFirst(kb.words("nounEnding"));
        this.genitiveSuffixes = longestFirst(kb.words("genitiveSuffix"));
        for (String pair : kb.words("spellingVariant")) {
            String[] ab = pair.split("\\|");
            if (ab.length == 2) {
                spellingVariants.add(ab);
            }
        }
    }

    /** Every form of a (multi-word) label, each as its list of tokens; the label itself comes first. */
    List<List<String>> labelForms(String label) {
        String[] tokens = label.strip().split("\\s+");
        List<Set<String>> perToken = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            Set<String> forms = new LinkedHashSet<>();
            forms.add(t);
            boolean last = i == tokens.length - 1;
            boolean beforeLower = !last && startsLower(tokens[i + 1]);
            if (!last && endsWithAny(t, adjectiveEndings)) {
                forms.addAll(adjectiveForms(t));
            }
            if (startsUpper(t) && (last || beforeLower)) {
                forms.addAll(nounForms(t));
            }
            if (startsUpper(t)) {
                for (String[] v : spellingVariants) {
                    if (t.length() > v[0].length() + 3 && t.endsWith(v[0])) {
                        forms.add(t.substring(0, t.length() - v[0].length()) + v[1]);
                    }
                }
            }
            if (i == 0 && startsLower(t)) {
                forms.addAll(capitalizeAll(forms));
            }
            perToken.add(forms);
        }
        List<List<String>> out = new ArrayList<>();
        product(perToken, 0, new ArrayList<>(), out);
        return out;
    }

    /** The forms of an adjective stem ("russisch" -> russisch, russische, russischen, ..., Russische, ...). */
    Set<String> adjectiveStemForms(String stem) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(stem);
        for (String e : adjectiveEndings) {
            forms.add(stem + e);
        }
        forms.addAll(capitalizeAll(forms));
        return forms;
    }

    /** The stem candidates of an inflected noun ("Präsidenten" -> Präsidenten, Präsident, Präsidente). */
    List<String> nounStems(String word) {
        List<String> stems = new ArrayList<>();
        stems.add(word);
        for (String e : nounEndings) {
            if (word.length() > e.length() + 2 && word.endsWith(e)) {
                stems.add(word.substring(0, word.length() - e.length()));
            }
        }
        return stems;
    }

    /** The name without a genitive suffix ("Russlands" -> Russland), or null when it has none. */
    String withoutGenitive(String word) {
        for (String s : genitiveSuffixes) {
            if (word.length() > s.length() + 2 && word.endsWith(s)) {
                return word.substring(0, word.length() - s.length());
            }
        }
        return null;
    }

    private Set<String> adjectiveForms(String t) {
        Set<String> forms = new LinkedHashSet<>();
        for (String e : adjectiveEndings) {
            if (t.endsWith(e) && t.length() > e.length() + 2) {
                String stem = t.substring(0, t.length() - e.length());
                for (String e2 : adjectiveEndings) {
                    forms.add(stem + e2);
                }
                break;
            }
        }
        return forms;
    }

    private Set<String> nounForms(String t) {
        Set<String> forms = new LinkedHashSet<>();
        for (String s : genitiveSuffixes) {
            if (Character.isLetter(s.charAt(0))) {
                forms.add(t + s);
            }
        }
        char lastChar = t.charAt(t.length() - 1);
        if (lastChar == 's' || lastChar == 'ß' || lastChar == 'x' || lastChar == 'z') {
            forms.remove(t + "s");
        }
        for (String e : nounEndings) {
            forms.add(t + e);
        }
        return forms;
    }

    private static void product(List<Set<String>> perToken, int i, List<String> prefix, List<List<String>> out) {
        if (out.size() >= MAX_FORMS) {
            return;
        }
        if (i == perToken.size()) {
            out.add(List.copyOf(prefix));
            return;
        }
        for (String form : perToken.get(i)) {
            prefix.add(form);
            product(perToken, i + 1, prefix, out);
            prefix.remove(prefix.size() - 1);
        }
    }

    private static Set<String> capitalizeAll(Set<String> forms) {
        Set<String> out = new LinkedHashSet<>();
        for (String f : forms) {
            out.add(f.substring(0, 1).toUpperCase(Locale.ROOT) + f.substring(1));
        }
        return out;
    }

    private static boolean endsWithAny(String t, List<String> endings) {
        for (String e : endings) {
            if (t.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    static boolean startsUpper(String t) {
        return !t.isEmpty() && Character.isUpperCase(t.charAt(0));
    }

    static boolean startsLower(String t) {
        return !t.isEmpty() && Character.isLowerCase(t.charAt(0));
    }

    private static List<String> longestFirst(Set<String> words) {
        List<String> list = new ArrayList<>(words);
        list.sort((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b));
        return list;
    }
}
