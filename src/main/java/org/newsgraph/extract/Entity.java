package org.newsgraph.extract;

import java.util.Objects;

/**
 * A canonical entity: one node in the graph.
 *
 * @param id unique per type; the knowledge base id ("RU", "wladimir-putin") or a slug of the name for an entity
 *           found only in the text
 * @param type its label
 * @param name the canonical name (the German preferred label for knowledge-base entities)
 * @param wikidata the Wikidata id ("Q7747"), or null
 */
public record Entity(String id, EntityType type, String name, String wikidata) {

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        if (id.isBlank()) {
            throw new IllegalArgumentException("entity id must not be blank (name '" + name + "')");
        }
    }

    /**
     * The same in every run: a record's own hash takes the enum's identity hash, which differs from one JVM to the
     * next, and sets of entities iterated in that order made ties between candidates (the country or the city of
     * Singapore) come out differently on every ingest of the same articles.
     */
    @Override
    public int hashCode() {
        return Objects.hash(id, type.name(), name, wikidata);
    }

    /** The key that is unique in the graph: label and id. */
    public String key() {
        return type.label() + ":" + id;
    }
}
