package org.newsgraph.extract.names;

import org.newsgraph.extract.EntityType;

/** The classes a statistical name finder tags (the CoNLL four), with the entity type each can become. */
public enum NameClass {
    PERSON(EntityType.Person),
    ORGANIZATION(EntityType.Organization),
    LOCATION(EntityType.Place),
    MISC(null);

    private final EntityType type;

    NameClass(EntityType type) {
        this.type = type;
    }

    /** The entity type a span of this class becomes, or null (MISC: nationalities, events, works). */
    public EntityType entityType() {
        return type;
    }

    /** The class of a CoreNLP answer label ("PERSON", "I-PER", "B-LOC", "ORGANIZATION"), or null for "O". */
    public static NameClass ofLabel(String label) {
        if (label == null || label.equals("O")) {
            return null;
        }
        String l = label.length() > 2 && label.charAt(1) == '-' ? label.substring(2) : label;
        return switch (l) {
            case "PERSON", "PER" -> PERSON;
            case "ORGANIZATION", "ORG" -> ORGANIZATION;
            case "LOCATION", "LOC" -> LOCATION;
            default -> MISC;
        };
    }
}
