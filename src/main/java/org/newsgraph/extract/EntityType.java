package org.newsgraph.extract;

/** The kinds of entity newsgraph knows; each is a node label in the graph. */
public enum EntityType {
    Person,
    Country,
    Organization,
    Agreement,
    Place;

    /** The Neo4j label (the same as the name). */
    public String label() {
        return name();
    }
}
