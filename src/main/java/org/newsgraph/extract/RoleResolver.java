package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.ingest.PartialDate;
import org.newsgraph.kb.Holding;
import org.newsgraph.kb.KbEntity;
import org.newsgraph.kb.KnowledgeBase;
import org.newsgraph.kb.OfficeRole;

/**
 * Resolves an office description ("der US-Präsident", "Kreml-Chef", "die scheidende Bundeskanzlerin") to the person
 * who held that office at the article's date, from the offices in the knowledge base.
 *
 * <p>Design decision: when several people fit (no date, or no qualifier), a person the article names is preferred;
 * when that still leaves more than one, the description stays unresolved rather than guessed.
 */
final class RoleResolver {

    private final KnowledgeBase kb;
    private final Map<String, List<Holding>> holdingsByTitle = new HashMap<>();
    private final Map<String, OfficeRole> rolesByWord = new HashMap<>();
    private final Set<String> genericWords = new HashSet<>();
    private final Set<String> feminineSuffixes;

    RoleResolver(KnowledgeBase kb) {
        this.kb = kb;
        this.feminineSuffixes = kb.words("feminineTitleSuffix");
        for (OfficeRole role : kb.roles().values()) {
            for (String w : role.titleWords()) {
                rolesByWord.putIfAbsent(w, role);
                if (role.generic()) {
                    genericWords.add(w);
                }
            }
        }
        for (List<Holding> holdings : kb.allHoldings()) {
            for (Holding h : holdings) {
                for (String t : h.titles()) {
                    holdingsByTitle.computeIfAbsent(t, k -> new ArrayList<>()).add(h);
                }
            }
        }
    }

    /** True when the lower-case word (already stemmed) names an office. */
    boolean isTitle(String lowerWord) {
        return holdingsByTitle.containsKey(lowerWord) || rolesByWord.containsKey(lowerWord);
    }

    /** The office role a title word names, if the lexicon knows it. */
    Optional<OfficeRole> role(String lowerWord) {
        return Optional.ofNullable(rolesByWord.get(lowerWord));
    }

    /**
     * The person an office description denotes.
     *
     * @param title the title word, lower case and stemmed ("präsident", "chef")
     * @param qualifier the country or organization it is attached to, or null
     * @param date the article's date, or null
     * @param named ids of the persons the article names
     */
    Optional<KbEntity> resolve(String title, KbEntity qualifier, PartialDate date, Set<String> named) {
        Set<String> ofIds = new LinkedHashSet<>();
        if (qualifier != null) {
            ofIds.add(qualifier.id());
            if (qualifier.standsFor() != null) {
                ofIds.add(qualifier.standsFor());
            }
        }
        boolean generic = genericWords.contains(title);
        if (generic && qualifier == null) {
            return Optional.empty();
        }
        List<Holding> candidates = new ArrayList<>();
        if (generic) {
            for (List<Holding> holdings : kb.allHoldings()) {
                for (Holding h : holdings) {
                    if (ofIds.contains(h.ofId()) && h.activeAt(date)) {
                        candidates.add(h);
                    }
                }
            }
            candidates = topOffice(candidates);
        } else {
            OfficeRole role = rolesByWord.get(title);
            for (Holding h : holdingsByTitle.getOrDefault(title, List.of())) {
                if ((ofIds.isEmpty() || ofIds.contains(h.ofId())) && h.activeAt(date)) {
                    candidates.add(h);
                }
            }
            if (candidates.isEmpty() && role != null && !ofIds.isEmpty()) {
                for (List<Holding> holdings : kb.allHoldings()) {
                    for (Holding h : holdings) {
                        if (h.role().equals(role.id()) && ofIds.contains(h.ofId()) && h.activeAt(date)) {
                            candidates.add(h);
                        }
                    }
                }
            }
        }
        return choose(byGender(candidates, title), named);
    }

    /** The holder of a role ({@code HeadOfState}) of the qualifier's state at the date. */
    Optional<KbEntity> resolveRole(String roleId, KbEntity qualifier, PartialDate date, Set<String> named) {
        Set<String> ofIds = new LinkedHashSet<>();
        ofIds.add(qualifier.id());
        if (qualifier.standsFor() != null) {
            ofIds.add(qualifier.standsFor());
        }
        List<Holding> candidates = new ArrayList<>();
        for (List<Holding> holdings : kb.allHoldings()) {
            for (Holding h : holdings) {
                if (h.role().equals(roleId) && ofIds.contains(h.ofId()) && h.activeAt(date)) {
                    candidates.add(h);
                }
            }
        }
        return choose(candidates, named);
    }

    /** A feminine title ("Bundeskanzlerin") keeps the women among the candidates, when there are any. */
    private List<Holding> byGender(List<Holding> candidates, String title) {
        boolean feminine = feminineSuffixes.stream().anyMatch(s -> title.endsWith(s) && title.length() > s.length() + 3);
        if (!feminine) {
            return candidates;
        }
        List<Holding> women = candidates.stream()
                .filter(h -> kb.entity(org.newsgraph.extract.EntityType.Person, h.personId())
                        .map(KbEntity::female).orElse(false))
                .toList();
        return women.isEmpty() ? candidates : women;
    }

    /** Of several offices of one state, the head of state's, else the head of government's. */
    private static List<Holding> topOffice(List<Holding> holdings) {
        for (String role : List.of("HeadOfState", "HeadOfGovernment", "SecretaryGeneral")) {
            List<Holding> top = holdings.stream().filter(h -> h.role().equals(role)).toList();
            if (!top.isEmpty()) {
                return top;
            }
        }
        return holdings;
    }

    private Optional<KbEntity> choose(List<Holding> candidates, Set<String> named) {
        Set<String> persons = new LinkedHashSet<>();
        candidates.forEach(h -> persons.add(h.personId()));
        if (persons.size() > 1) {
            Set<String> namedOnes = new LinkedHashSet<>(persons);
            namedOnes.retainAll(named);
            persons.clear();
            persons.addAll(namedOnes);
        }
        if (persons.size() != 1) {
            return Optional.empty();
        }
        return kb.entity(org.newsgraph.extract.EntityType.Person, persons.iterator().next());
    }
}
