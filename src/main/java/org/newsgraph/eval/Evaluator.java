package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.graph.CypherRunner;

/**
 * Scores the graph against a gold file: entities per type, events, met pairs and statements.
 *
 * <pre>{@code
 * Evaluation e = new Evaluator(Gold.read(Path.of("seed-gold.json"))).evaluate(store.runner());
 * e.score("events").f1();
 * }</pre>
 *
 * A gold entity is found when a node of its type has its name, or one of its surface forms as name or alias, and is
 * mentioned by one of its articles. A gold event is found when a graph event of the same kind and date (or a date within the
 * gold's partial one: "2019-12-09" for "2019-12"), reported by one of its articles, has at least half of its
 * participants. Met pairs are every two persons of a held event (a
 * convener, where the event has one, is information only: all five leaders of one conference call met each other, as
 * the who-met-whom question counts them). A gold statement is found when a relationship of the
 * same type joins the same actor and target, and its {@code what} contains every keyword. Matching is one to one,
 * except that one graph event that merged the reports of several articles is found for each of their gold events
 * (gold is written per article, so one real event reported by two articles is two gold events).
 * Only articles the gold file covers (by id prefix, of the id or its last path segment) are scored.
 */
public final class Evaluator {

    private final Gold gold;

    public Evaluator(Gold gold) {
        this.gold = gold;
    }

    public Evaluation evaluate(CypherRunner runner) {
        GraphFacts g = GraphFacts.read(runner);
        Map<String, String> articleToFile = articleFiles(g.articleIds());
        Resolver resolver = new Resolver(gold, g);
        List<Score> scores = new ArrayList<>(entityScores(g, articleToFile, resolver));
        Map<String, String> eventMatch = new LinkedHashMap<>();
        scores.add(events(g, articleToFile, resolver, eventMatch));
        scores.add(met(g, articleToFile, resolver, eventMatch));
        scores.add(statements(g, articleToFile, resolver));
        return new Evaluation(scores, resolver.duplicates(), boilerplateFound(g));
    }

    /** Graph article id -> gold file id, for the articles the gold covers: those any of its facts or dates name. */
    private Map<String, String> articleFiles(List<String> articleIds) {
        Set<String> files = new LinkedHashSet<>(gold.articleDates().keySet());
        for (Gold.GoldEntity e : gold.entities()) {
            files.addAll(e.in());
        }
        for (Gold.GoldEvent e : gold.events()) {
            files.addAll(e.in());
        }
        for (Gold.GoldRelation r : gold.relations()) {
            files.addAll(r.in());
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String id : articleIds) {
            String f = goldFile(id, files);
            if (f != null) {
                out.put(id, f);
            }
        }
        return out;
    }

    /**
     * The gold file id that names the article {@code id}, or null: the id, or its last path segment (an article read
     * from {@code tune/da01_foo.txt} inside a folder is {@code tune/da01_foo}), is the file id or starts with it and
     * one of {@code _ - .}.
     */
    static String goldFile(String id, java.util.Collection<String> files) {
        String name = id.substring(id.lastIndexOf('/') + 1);
        for (String f : files) {
            if (names(id, f) || names(name, f)) {
                return f;
            }
        }
        return null;
    }

    private static boolean names(String id, String file) {
        return id.equals(file) || id.startsWith(file + "_") || id.startsWith(file + "-") || id.startsWith(file + ".");
    }

    private List<Score> entityScores(GraphFacts g, Map<String, String> files, Resolver resolver) {
        Map<String, List<String>> missed = new LinkedHashMap<>();
        Map<String, Integer> tp = new LinkedHashMap<>();
        Set<String> matchedNodes = new HashSet<>();
        for (Gold.GoldEntity e : gold.entities()) {
            Set<String> nodes = resolver.nodes(e.name(), e.type());
            boolean found = g.mentioned().stream().anyMatch(n -> nodes.contains(n.label() + ":" + n.id())
                    && e.in().contains(files.get(n.article())));
            tp.merge(e.type(), found ? 1 : 0, Integer::sum);
            if (found) {
                matchedNodes.addAll(nodes);
            } else {
                missed.computeIfAbsent(e.type(), k -> new ArrayList<>()).add(e.name() + " in " + e.in());
            }
        }
        Map<String, Set<String>> spurious = new LinkedHashMap<>();
        for (GraphFacts.Node n : g.mentioned()) {
            if (files.containsKey(n.article()) && !matchedNodes.contains(n.label() + ":" + n.id())) {
                spurious.computeIfAbsent(n.label(), k -> new LinkedHashSet<>()).add(n.name() + " (" + n.id() + ")");
            }
        }
        List<Score> scores = new ArrayList<>();
        int allTp = 0;
        List<String> allMissed = new ArrayList<>();
        List<String> allSpurious = new ArrayList<>();
        for (String type : List.of("Person", "Country", "Organization", "Agreement", "Place")) {
            List<String> m = missed.getOrDefault(type, List.of());
            List<String> s = new ArrayList<>(spurious.getOrDefault(type, Set.of()));
            scores.add(new Score("entities/" + type, tp.getOrDefault(type, 0), s.size(), m.size(), m, s));
            allTp += tp.getOrDefault(type, 0);
            allMissed.addAll(m);
            allSpurious.addAll(s);
        }
        scores.add(new Score("entities", allTp, allSpurious.size(), allMissed.size(), List.of(), List.of()));
        return scores;
    }

    private Score events(GraphFacts g, Map<String, String> files, Resolver resolver, Map<String, String> match) {
        List<String> missed = new ArrayList<>();
        Set<String> used = new HashSet<>();
        Map<String, Set<String>> usedIn = new HashMap<>();
        for (Gold.GoldEvent ge : gold.events()) {
            GraphFacts.EventRow best = null;
            for (GraphFacts.EventRow e : g.events()) {
                boolean free = java.util.Collections.disjoint(usedIn.getOrDefault(e.id(), Set.of()), ge.in());
                if (free && matches(ge, e, files, resolver)) {
                    best = e;
                    break;
                }
            }
            if (best == null) {
                missed.add(ge.id() + " " + ge.kind() + " " + ge.date() + " " + ge.participants() + " " + ge.status());
            } else {
                used.add(best.id());
                usedIn.computeIfAbsent(best.id(), k -> new HashSet<>()).addAll(ge.in());
                match.merge(best.id(), ge.id(), (a, b) -> a + "|" + b);
            }
        }
        List<String> spurious = new ArrayList<>();
        for (GraphFacts.EventRow e : g.events()) {
            boolean scored = e.articles().stream().anyMatch(files::containsKey);
            if (scored && !used.contains(e.id())) {
                spurious.add(e.kind() + " " + e.date() + " " + e.status() + " "
                        + e.participants().stream().map(GraphFacts.Ref::name).toList() + " " + e.articles());
            }
        }
        int found = gold.events().size() - missed.size();
        return new Score("events", found, spurious.size(), missed.size(), missed, spurious);
    }

    private static boolean matches(Gold.GoldEvent ge, GraphFacts.EventRow e, Map<String, String> files,
                                   Resolver resolver) {
        if (!ge.kind().equals(e.kind()) || !sameDate(ge.date(), e.date())) {
            return false;
        }
        boolean reported = e.articles().stream().anyMatch(a -> ge.in().contains(files.get(a)));
        if (!reported) {
            return false;
        }
        Set<String> participants = new HashSet<>();
        e.participants().forEach(p -> participants.add(p.label() + ":" + p.id()));
        int common = 0;
        for (String name : ge.participants()) {
            if (resolver.nodes(name, null).stream().anyMatch(participants::contains)) {
                common++;
            }
        }
        return common >= 1 && 2 * common >= ge.participants().size();
    }

    /**
     * The graph's date is the gold's, or lies within the gold's partial date: an article that gives only the month
     * ("2019-12") reports the same event as one that gives the day, and merged reports carry the day.
     */
    static boolean sameDate(String gold, String graph) {
        if (java.util.Objects.equals(gold, graph)) {
            return true;
        }
        if (gold == null || graph == null || gold.contains("/") || gold.length() == 10) {
            return false;
        }
        for (String end : graph.split("/")) {
            if (!end.startsWith(gold + "-")) {
                return false;
            }
        }
        return true;
    }

    private Score met(GraphFacts g, Map<String, String> files, Resolver resolver, Map<String, String> eventMatch) {
        record Pair(GraphFacts.Ref x, GraphFacts.Ref y, String event) { }
        List<Pair> graphPairs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (GraphFacts.EventRow e : g.events()) {
            if (!"held".equals(e.status()) || e.articles().stream().noneMatch(files::containsKey)) {
                continue;
            }
            List<GraphFacts.Ref> persons = e.participants().stream().filter(p -> "Person".equals(p.label())).toList();
            String matched = eventMatch.getOrDefault(e.id(), "unmatched event " + e.kind() + " " + e.date());
            for (String event : matched.split("\\|")) {
                for (int i = 0; i < persons.size(); i++) {
                    for (int j = i + 1; j < persons.size(); j++) {
                        if (seen.add(pairKey(persons.get(i).id(), persons.get(j).id(), event))) {
                            graphPairs.add(new Pair(persons.get(i), persons.get(j), event));
                        }
                    }
                }
            }
        }
        // by node, not by name: one person is "Merkel" in one article's gold and "Angela Merkel" in another's
        List<String> missed = new ArrayList<>();
        Set<Pair> used = new HashSet<>();
        Set<String> goldSeen = new HashSet<>();
        int found = 0;
        for (Gold.GoldMet m : gold.met()) {
            if (!goldSeen.add(pairKey(m.a(), m.b(), m.event()))) {
                continue;
            }
            Pair hit = graphPairs.stream().filter(p -> !used.contains(p) && p.event().equals(m.event())
                    && (resolver.is(p.x(), m.a()) && resolver.is(p.y(), m.b())
                        || resolver.is(p.x(), m.b()) && resolver.is(p.y(), m.a()))).findFirst().orElse(null);
            if (hit == null) {
                missed.add(pairKey(m.a(), m.b(), m.event()));
            } else {
                used.add(hit);
                found++;
            }
        }
        List<String> spurious = graphPairs.stream().filter(p -> !used.contains(p))
                .map(p -> pairKey(resolver.canonical(p.x()), resolver.canonical(p.y()), p.event())).toList();
        return new Score("met pairs", found, spurious.size(), missed.size(), missed, spurious);
    }

    private static String pairKey(String a, String b, String event) {
        return (a.compareTo(b) < 0 ? a + " + " + b : b + " + " + a) + " @ " + event;
    }

    private Score statements(GraphFacts g, Map<String, String> files, Resolver resolver) {
        List<GraphFacts.Rel> rels = g.statements().stream()
                .filter(r -> r.articles().stream().anyMatch(files::containsKey)).toList();
        Set<Integer> used = new HashSet<>();
        List<String> missed = new ArrayList<>();
        int tp = 0;
        for (Gold.GoldRelation gr : gold.relations()) {
            int found = -1;
            for (int i = 0; i < rels.size() && found < 0; i++) {
                GraphFacts.Rel r = rels.get(i);
                if (!used.contains(i) && r.type().equals(gr.rel())
                        && resolver.is(r.actor(), gr.actor()) && resolver.is(r.target(), gr.target())
                        && containsAll(r.what(), gr.keywords())
                        && r.articles().stream().anyMatch(a -> gr.in().contains(files.get(a)))) {
                    found = i;
                }
            }
            if (found >= 0) {
                used.add(found);
                tp++;
            } else {
                missed.add(gr.rel() + " " + gr.actor() + " -> " + gr.target() + ": " + gr.what() + " " + gr.in());
            }
        }
        List<String> spurious = new ArrayList<>();
        for (int i = 0; i < rels.size(); i++) {
            if (!used.contains(i)) {
                GraphFacts.Rel r = rels.get(i);
                spurious.add(r.type() + " " + r.actor().name() + " -> " + r.target().name() + ": " + r.what() + " "
                        + r.articles());
            }
        }
        return new Score("statements", tp, spurious.size(), missed.size(), missed, spurious);
    }

    private static boolean containsAll(String what, List<String> keywords) {
        String w = what == null ? "" : what.toLowerCase(Locale.ROOT);
        return keywords.stream().allMatch(k -> w.contains(k.toLowerCase(Locale.ROOT)));
    }

    private List<String> boilerplateFound(GraphFacts g) {
        List<String> found = new ArrayList<>();
        for (String name : gold.boilerplateOnly()) {
            for (GraphFacts.Node n : g.mentioned()) {
                if (name.equals(n.name()) || n.aliases().contains(name)) {
                    found.add(name + " (" + n.label() + " " + n.id() + " in " + n.article() + ")");
                }
            }
        }
        return found.stream().distinct().toList();
    }
}
