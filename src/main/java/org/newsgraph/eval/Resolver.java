package org.newsgraph.eval;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Maps gold entity names to graph nodes (by name, or by a gold surface form seen as name or alias). */
final class Resolver {

    private final Map<String, Gold.GoldEntity> byName = new LinkedHashMap<>();
    private final Map<String, Set<String>> nodesByName = new LinkedHashMap<>();
    private final Map<String, String> goldNameByNode = new LinkedHashMap<>();

    Resolver(Gold gold, GraphFacts g) {
        for (Gold.GoldEntity e : gold.entities()) {
            byName.put(e.name(), e);
            Set<String> nodes = new LinkedHashSet<>();
            for (GraphFacts.Node n : g.mentioned()) {
                if (!n.label().equals(e.type())) {
                    continue;
                }
                boolean byForm = e.forms().contains(n.name()) || n.aliases().stream().anyMatch(e.forms()::contains);
                if (e.name().equals(n.name()) || byForm) {
                    nodes.add(n.label() + ":" + n.id());
                }
            }
            nodesByName.put(e.name(), nodes);
            nodes.forEach(k -> goldNameByNode.putIfAbsent(k, e.name()));
        }
    }

    /** The graph nodes ("Person:joe-biden") a gold name resolves to; a type of null accepts the gold entity's type. */
    Set<String> nodes(String goldName, String type) {
        Gold.GoldEntity e = byName.get(goldName);
        if (e == null || type != null && !type.equals(e.type())) {
            return Set.of();
        }
        return nodesByName.getOrDefault(goldName, Set.of());
    }

    /**
     * True when the graph node is the gold entity {@code goldName}: it resolves to it, or has its name when the gold
     * lists no such entity. A node may be several gold entities at once (one person named "Merkel" in one article's
     * gold and "Angela Merkel" in another's).
     */
    boolean is(GraphFacts.Ref ref, String goldName) {
        Set<String> nodes = nodesByName.get(goldName);
        return nodes != null && !nodes.isEmpty() ? nodes.contains(ref.label() + ":" + ref.id())
                : ref.name().equals(goldName);
    }

    /** A gold name for a graph node when one resolves to it, else its own name. */
    String canonical(GraphFacts.Ref ref) {
        return goldNameByNode.getOrDefault(ref.label() + ":" + ref.id(), ref.name());
    }

    /** Gold entities that resolve to more than one node (each should be one node). */
    List<String> duplicates() {
        return nodesByName.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> e.getKey() + " -> " + e.getValue()).toList();
    }
}
