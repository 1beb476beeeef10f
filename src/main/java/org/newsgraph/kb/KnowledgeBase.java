package org.newsgraph.kb;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.newsgraph.ConfigurationException;
import org.newsgraph.extract.EntityType;

/**
 * What newsgraph knows before it reads an article: entities, offices, cue words and the linking lexicon, loaded from
 * the Turtle files in {@code ontology/} (packaged in the jar under {@code /ontology/}).
 *
 * <pre>{@code
 * KnowledgeBase kb = KnowledgeBase.loadDefault();
 * kb.entity(EntityType.Country, "RU").map(KbEntity::name);   // Optional[Russland]
 * }</pre>
 *
 * Immutable after loading; safe to share between threads.
 */
public final class KnowledgeBase {

    /** The data files read from {@code /ontology/} on the classpath, in this order. Missing ones are skipped. */
    public static final List<String> FILES = List.of("countries.ttl", "organizations.ttl", "places.ttl",
            "places-geonames.ttl", "agreements.ttl", "offices.ttl", "people.ttl", "cues.ttl", "linking.ttl");

    private final Map<String, KbEntity> entities;
    private final Map<String, List<Holding>> holdingsByPerson;
    private final Map<String, OfficeRole> roles;
    private final Map<String, EntityType> cueWords;
    private final Map<String, Set<String>> lexicon;
    private final Map<String, String> partOf;

    KnowledgeBase(Map<String, KbEntity> entities, Map<String, List<Holding>> holdingsByPerson,
                  Map<String, OfficeRole> roles, Map<String, EntityType> cueWords, Map<String, Set<String>> lexicon) {
        this(entities, holdingsByPerson, roles, cueWords, lexicon, Map.of());
    }

    KnowledgeBase(Map<String, KbEntity> entities, Map<String, List<Holding>> holdingsByPerson,
                  Map<String, OfficeRole> roles, Map<String, EntityType> cueWords, Map<String, Set<String>> lexicon,
                  Map<String, String> partOf) {
        this.partOf = ordered(partOf);
        this.entities = ordered(entities);
        this.holdingsByPerson = ordered(holdingsByPerson);
        this.roles = ordered(roles);
        this.cueWords = ordered(cueWords);
        this.lexicon = ordered(lexicon);
    }

    /**
     * An unmodifiable copy that keeps the order it was given. Not {@code Map.copyOf}: its iteration order changes
     * from one JVM to the next, and the order of the entities decides which of two entries with the same label
     * wins (the country or the city of Singapore), so every ingest of the same articles linked them differently.
     */
    private static <K, V> Map<K, V> ordered(Map<K, V> map) {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** Loads the knowledge base packaged with newsgraph. */
    public static KnowledgeBase loadDefault() {
        Model model = ModelFactory.createDefaultModel();
        int read = 0;
        for (String file : FILES) {
            String resource = "/ontology/" + file;
            try (InputStream in = KnowledgeBase.class.getResourceAsStream(resource)) {
                if (in == null) {
                    continue;
                }
                RDFParser.source(in).lang(Lang.TURTLE).base("https://newsgraph.org/").parse(model);
                read++;
            } catch (IOException | RiotException e) {
                throw new ConfigurationException("expected valid Turtle in the knowledge base file " + resource
                        + ", found an error: " + e.getMessage() + "; fix the file in ontology/ and rebuild", e);
            }
        }
        if (read == 0) {
            throw new ConfigurationException("expected the knowledge base under /ontology/ on the classpath, found "
                    + "none of " + FILES + "; run 'mvn package' so the jar carries ontology/");
        }
        return new KnowledgeBaseReader(model).read();
    }

    /** Loads the knowledge base from Turtle files (for tests and for users' own additions). */
    public static KnowledgeBase load(Collection<Path> files) {
        Model model = ModelFactory.createDefaultModel();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new ConfigurationException("expected a Turtle file, found no file at " + file);
            }
            try {
                RDFParser.source(file).lang(Lang.TURTLE).parse(model);
            } catch (RiotException e) {
                throw new ConfigurationException("expected valid Turtle in " + file + ", found an error: "
                        + e.getMessage(), e);
            }
        }
        return new KnowledgeBaseReader(model).read();
    }

    public Collection<KbEntity> entities() {
        return entities.values();
    }

    public Optional<KbEntity> entity(EntityType type, String id) {
        return Optional.ofNullable(entities.get(key(type, id)));
    }

    /** The entity with this id, of whatever type (ids are unique per type; countries use ISO codes). */
    public Optional<KbEntity> entityById(String id) {
        for (EntityType t : EntityType.values()) {
            KbEntity e = entities.get(key(t, id));
            if (e != null) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** All terms in office of a person, in knowledge-base order. */
    public List<Holding> holdings(String personId) {
        return holdingsByPerson.getOrDefault(personId, List.of());
    }

    public Collection<List<Holding>> allHoldings() {
        return holdingsByPerson.values();
    }

    public Map<String, OfficeRole> roles() {
        return roles;
    }

    /** The type a cue word gives to the proper name next to it; keys are lower case. */
    public Map<String, EntityType> cueWords() {
        return cueWords;
    }

    /**
     * The country or organisation an institution of the knowledge base belongs to ({@code ng:institutionOf} or
     * {@code ng:partOf}: Kreml -> Russland, Nordatlantikrat -> NATO), or empty.
     */
    public Optional<KbEntity> partOf(String organizationId) {
        String whole = partOf.get(organizationId);
        return whole == null ? Optional.empty() : entityById(whole);
    }

    /** A word list of the linking lexicon ({@code governmentNoun}, {@code locativePreposition}, ...), lower case. */
    public Set<String> words(String listName) {
        return lexicon.getOrDefault(listName, Set.of());
    }

    static String key(EntityType type, String id) {
        return type.name() + ":" + id;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** Helper for the reader: mutable collections it fills. */
    static final class Builder {
        final Map<String, KbEntity> entities = new LinkedHashMap<>();
        final Map<String, List<Holding>> holdings = new HashMap<>();
        final Map<String, OfficeRole> roles = new LinkedHashMap<>();
        final Map<String, EntityType> cues = new HashMap<>();
        final Map<String, Set<String>> lexicon = new HashMap<>();
        final Map<String, String> partOf = new HashMap<>();

        void holding(Holding h) {
            holdings.computeIfAbsent(h.personId(), k -> new ArrayList<>()).add(h);
        }

        KnowledgeBase build() {
            return new KnowledgeBase(entities, holdings, roles, cues, lexicon, partOf);
        }
    }
}
