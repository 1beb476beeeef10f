package org.newsgraph.rdf;

import java.util.Locale;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sys.JenaSystem;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.EventKind;
import org.newsgraph.extract.StatementType;

/**
 * The RDF terms of the export: newsgraph's own ({@code ng:}, see {@code ontology/newsgraph.ttl}) and those of SEM
 * and PROV-O it uses directly.
 */
public final class Vocab {

    static {
        JenaSystem.init();
    }

    public static final String NG = "https://newsgraph.org/ontology#";
    public static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String SCHEMA = "https://schema.org/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";

    public static final Resource ARTICLE = ng("Article");
    public static final Resource EVENT = ng("Event");
    public static final Resource STATEMENT = ng("Statement");
    public static final Resource MENTION = ng("Mention");
    public static final Resource OFFICE = ng("Office");

    public static final Property ID = ngp("id");
    public static final Property ALIAS = ngp("alias");
    public static final Property SOURCE = ngp("source");
    public static final Property URL = ngp("url");
    public static final Property PUBLISHED = ngp("published");
    public static final Property LANGUAGE = ngp("language");
    public static final Property PATH = ngp("path");
    public static final Property SHA256 = ngp("sha256");
    public static final Property MENTIONS = ngp("mentions");
    public static final Property ENTITY = ngp("entity");
    public static final Property COUNT = ngp("count");
    public static final Property SENTENCE = ngp("sentence");
    public static final Property EVIDENCE = ngp("evidence");
    public static final Property REPORTS = ngp("reports");
    public static final Property KIND = ngp("kind");
    public static final Property STATUS = ngp("status");
    public static final Property CAMEO = ngp("cameo");
    public static final Property DATE = ngp("date");
    public static final Property START_TIME = ngp("startTime");
    public static final Property DURATION = ngp("duration");
    public static final Property CONCERNS = ngp("concerns");
    public static final Property WHAT = ngp("what");
    public static final Property EVENT_OF = ngp("event");
    public static final Property HOLDS = ngp("holds");
    public static final Property PART_OF = ngp("partOf");
    public static final Property AGREEMENT_STATUS = ngp("agreementStatus");
    public static final Property OF = ngp("of");
    public static final Property TITLE = ngp("title");
    public static final Property SINCE = ngp("since");
    public static final Property UNTIL = ngp("until");

    public static final Property HAS_ACTOR = ResourceFactory.createProperty(SEM, "hasActor");
    /** The participant the others met with, in a multi-party event (a sub-property of sem:hasActor). */
    public static final Property CONVENER = ResourceFactory.createProperty(NG, "convener");
    public static final Property HAS_PLACE = ResourceFactory.createProperty(SEM, "hasPlace");
    public static final Property HAS_TIME_STAMP = ResourceFactory.createProperty(SEM, "hasTimeStamp");
    public static final Property HAS_BEGIN_TIME_STAMP = ResourceFactory.createProperty(SEM, "hasBeginTimeStamp");
    public static final Property HAS_END_TIME_STAMP = ResourceFactory.createProperty(SEM, "hasEndTimeStamp");
    public static final Property WAS_DERIVED_FROM = ResourceFactory.createProperty(PROV, "wasDerivedFrom");

    private Vocab() {
    }

    /** The class of an entity type: {@code ng:Person}, {@code ng:Country}, ... */
    public static Resource entityClass(EntityType type) {
        return ng(type.label());
    }

    /** The class of an event kind: {@code video_conference} -> {@code ng:VideoConference}. */
    public static Resource eventClass(EventKind kind) {
        StringBuilder name = new StringBuilder();
        for (String part : kind.id().split("_")) {
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return ng(name.toString());
    }

    /** The property of a statement type: {@code DEMANDED} -> {@code ng:demanded}. */
    public static Property statementProperty(StatementType type) {
        return ngp(type.name().toLowerCase(Locale.ROOT));
    }

    private static Resource ng(String local) {
        return ResourceFactory.createResource(NG + local);
    }

    private static Property ngp(String local) {
        return ResourceFactory.createProperty(NG, local);
    }
}
