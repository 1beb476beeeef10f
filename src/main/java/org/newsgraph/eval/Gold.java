package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsgraph.ConfigurationException;

/**
 * A gold file in the format of {@code seed-gold.json}: hand-annotated entities, events, met pairs and statements.
 * File ids are prefixes of article ids ("000" for article {@code 000_3e27ebda7fca339e}).
 */
public record Gold(List<GoldEntity> entities, List<String> boilerplateOnly, List<GoldEvent> events,
                   List<GoldMet> met, List<GoldRelation> relations, Map<String, String> articleDates) {

    public record GoldEntity(String type, String name, List<String> forms, List<String> in) {
    }

    public record GoldEvent(String id, String kind, String date, String place, List<String> participants,
                            String status, List<String> in) {
    }

    public record GoldMet(String a, String b, String event) {
    }

    public record GoldRelation(String rel, String actor, String target, String what, List<String> keywords,
                               List<String> in) {
    }

    /**
     * This gold restricted to the articles whose file id starts with {@code prefix} ("en" for the English ones):
     * facts of other articles are dropped, facts of several articles keep only the matching ones.
     */
    public Gold only(String prefix) {
        java.util.function.Predicate<String> keep = id -> id.startsWith(prefix);
        List<GoldEntity> es = new ArrayList<>();
        for (GoldEntity e : entities) {
            List<String> in = e.in().stream().filter(keep).toList();
            if (!in.isEmpty()) {
                es.add(new GoldEntity(e.type(), e.name(), e.forms(), in));
            }
        }
        List<GoldEvent> evs = new ArrayList<>();
        java.util.Set<String> eventIds = new java.util.HashSet<>();
        for (GoldEvent e : events) {
            List<String> in = e.in().stream().filter(keep).toList();
            if (!in.isEmpty()) {
                evs.add(new GoldEvent(e.id(), e.kind(), e.date(), e.place(), e.participants(), e.status(), in));
                eventIds.add(e.id());
            }
        }
        List<GoldMet> ms = met.stream().filter(m -> eventIds.contains(m.event())).toList();
        List<GoldRelation> rs = new ArrayList<>();
        for (GoldRelation r : relations) {
            List<String> in = r.in().stream().filter(keep).toList();
            if (!in.isEmpty()) {
                rs.add(new GoldRelation(r.rel(), r.actor(), r.target(), r.what(), r.keywords(), in));
            }
        }
        Map<String, String> dates = new TreeMap<>();
        articleDates.forEach((k, v) -> {
            if (keep.test(k)) {
                dates.put(k, v);
            }
        });
        return new Gold(es, boilerplateOnly, evs, ms, rs, dates);
    }

    public static Gold read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new ConfigurationException("expected a readable gold file at " + file + ", found: " + e.getMessage(),
                    e);
        }
    }

    public static Gold parse(InputStream in, String name) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new ConfigurationException("expected a JSON gold file like seed-gold.json in " + name + ", found: "
                    + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new ConfigurationException("expected a JSON object in the gold file " + name);
        }
        List<GoldEntity> entities = new ArrayList<>();
        for (JsonNode e : root.path("entities")) {
            entities.add(new GoldEntity(text(e, "type"), text(e, "name"), strings(e.path("forms")),
                    strings(e.path("in"))));
        }
        List<GoldEvent> events = new ArrayList<>();
        for (JsonNode e : root.path("events")) {
            events.add(new GoldEvent(text(e, "id"), text(e, "kind"), text(e, "date"), text(e, "place"),
                    strings(e.path("participants")), text(e, "status"), strings(e.path("in"))));
        }
        List<GoldMet> met = new ArrayList<>();
        for (JsonNode m : root.path("met")) {
            met.add(new GoldMet(m.path(0).asText(), m.path(1).asText(), m.path(2).asText()));
        }
        List<GoldRelation> relations = new ArrayList<>();
        for (JsonNode r : root.path("relations")) {
            relations.add(new GoldRelation(text(r, "rel"), text(r, "actor"), text(r, "target"), text(r, "what"),
                    strings(r.path("keywords")), strings(r.path("in"))));
        }
        Map<String, String> dates = new TreeMap<>();
        root.path("article_dates").fields().forEachRemaining(f -> dates.put(f.getKey(),
                f.getValue().isNull() ? null : f.getValue().asText()));
        return new Gold(entities, strings(root.path("boilerplate_only")), events, met, relations, dates);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }
}
