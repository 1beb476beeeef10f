package org.newsgraph.kb;

import java.util.List;
import java.util.Objects;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;

/**
 * One entity of the knowledge base with everything the linker needs to find it in text.
 *
 * @param id the key of its IRI ({@code RU}, {@code wladimir-putin}); the node id in the graph
 * @param type its type
 * @param name the German preferred label (the graph's {@code name})
 * @param nameEn the English preferred label, or null
 * @param labels every name it goes by (preferred and alternative labels, German and English)
 * @param adjectives adjective stems ("russisch", "Russian") for countries
 * @param prefixes compound prefixes ("US" in "US-Präsident")
 * @param familyName the family name for persons, or null
 * @param wikidata the Wikidata id ("Q159"), or null
 * @param female true when the knowledge base marks the person as a woman ({@code ng:gender "female"})
 * @param standsFor the country a capital, seat of government or institution stands for as an actor, or null
 */
public record KbEntity(String id, EntityType type, String name, String nameEn, List<String> labels,
                       List<String> adjectives, List<String> prefixes, String familyName, String wikidata,
                       String standsFor, boolean female) {

    public KbEntity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        labels = List.copyOf(labels);
        adjectives = List.copyOf(adjectives);
        prefixes = List.copyOf(prefixes);
    }

    /** The same in every run (see {@link Entity#hashCode}): not the enum's identity hash. */
    @Override
    public int hashCode() {
        return Objects.hash(id, type.name(), name, nameEn, labels, adjectives, prefixes, familyName, wikidata,
                standsFor, female);
    }

    /** The graph entity for this knowledge-base entry. */
    public Entity entity() {
        return new Entity(id, type, name, wikidata);
    }
}
