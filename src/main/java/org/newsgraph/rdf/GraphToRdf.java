package org.newsgraph.rdf;

import static org.newsgraph.rdf.GraphRows.addString;
import static org.newsgraph.rdf.GraphRows.list;
import static org.newsgraph.rdf.GraphRows.rows;
import static org.newsgraph.rdf.GraphRows.str;
import static org.newsgraph.rdf.GraphRows.strings;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.neo4j.graphdb.GraphDatabaseService;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.StatementType;

/**
 * Maps the Neo4j graph (the public schema) to RDF in the terms of {@code ontology/newsgraph.ttl}.
 *
 * <pre>{@code
 * Model model = new GraphToRdf(IriScheme.defaults()).read(db.graph());
 * }</pre>
 *
 * Every fact carries its provenance: events and statements {@code prov:wasDerivedFrom} their articles, statements
 * their evidence sentences ({@code ng:evidence}), mentions their article, count and sentences.
 *
 * <p>Design decision: a statement is both a direct triple ({@code actor ng:demanded target}, for simple queries)
 * and a reified node ({@code rdf:Statement}, {@code ng:Statement}) carrying its properties. Reified nodes rather than
 * RDF-star, because Jena's RDF/XML writer cannot carry RDF-star annotations and every format must carry the same
 * triples.
 */
public final class GraphToRdf {

    private static final Pattern WIKIDATA_ID = Pattern.compile("(Q\\d+)$");

    private final IriScheme iris;

    public GraphToRdf(IriScheme iris) {
        this.iris = Objects.requireNonNull(iris, "iris");
    }

    /** Reads the whole embedded graph, in one read transaction without a time limit, into a new model. */
    public Model read(GraphDatabaseService graph) {
        return read(GraphSource.embedded(graph));
    }

    /** Reads the whole graph, in one read transaction, into a new model. */
    public Model read(GraphSource graph) {
        Model model = ModelFactory.createDefaultModel();
        Prefixes.declare(model, iris);
        graph.read(tx -> {
            articles(tx, model);
            entities(tx, model);
            mentions(tx, model);
            offices(tx, model);
            parts(tx, model);
            new EventsToRdf(iris, model).read(tx);
            statements(tx, model);
            return null;
        });
        return model;
    }

    private void articles(GraphSource.Rows tx, Model m) {
        rows(tx, "MATCH (a:Article) RETURN a.id AS id, a.title AS title, a.source AS source, a.url AS url, "
                + "toString(a.published) AS published, a.language AS language, a.path AS path, a.sha256 AS sha256",
                row -> {
                    Resource a = m.createResource(iris.article(str(row, "id")), Vocab.ARTICLE);
                    a.addProperty(Vocab.ID, str(row, "id"));
                    addString(a, RDFS.label, str(row, "title"));
                    addString(a, Vocab.SOURCE, str(row, "source"));
                    addString(a, Vocab.URL, str(row, "url"));
                    addString(a, Vocab.LANGUAGE, str(row, "language"));
                    addString(a, Vocab.PATH, str(row, "path"));
                    addString(a, Vocab.SHA256, str(row, "sha256"));
                    if (str(row, "published") != null) {
                        a.addLiteral(Vocab.PUBLISHED, RdfLiterals.published(str(row, "published")));
                    }
                });
    }

    private void entities(GraphSource.Rows tx, Model m) {
        for (EntityType type : EntityType.values()) {
            rows(tx, "MATCH (n:" + type.label() + ") RETURN n.id AS id, n.name AS name, n.aliases AS aliases, "
                    + "n.wikidata AS wikidata", row -> {
                        String id = str(row, "id");
                        Resource n = m.createResource(iris.entity(type.label(), id), Vocab.entityClass(type));
                        n.addProperty(Vocab.ID, id);
                        n.addProperty(RDFS.label, Objects.requireNonNullElse(str(row, "name"), id));
                        for (String alias : strings(row.get("aliases"))) {
                            n.addProperty(Vocab.ALIAS, alias);
                        }
                        String wikidata = str(row, "wikidata");
                        Matcher q = WIKIDATA_ID.matcher(wikidata == null ? "" : wikidata.strip());
                        if (q.find()) {
                            n.addProperty(OWL.sameAs, m.createResource(Vocab.WIKIDATA + q.group(1)));
                        }
                    });
        }
    }

    private void mentions(GraphSource.Rows tx, Model m) {
        rows(tx, "MATCH (a:Article)-[r:MENTIONS]->(n) RETURN a.id AS article, labels(n) AS labels, n.id AS id, "
                + "r.count AS count, r.sentences AS sentences", row -> {
                    String label = entityLabel(row.get("labels"));
                    Resource article = m.createResource(iris.article(str(row, "article")));
                    Resource entity = m.createResource(node(row.get("labels"), str(row, "id")));
                    article.addProperty(Vocab.MENTIONS, entity);
                    Resource mention = m.createResource(iris.mention(str(row, "article"), label, str(row, "id")),
                            Vocab.MENTION);
                    mention.addProperty(Vocab.ENTITY, entity);
                    mention.addProperty(Vocab.WAS_DERIVED_FROM, article);
                    if (row.get("count") instanceof Number count) {
                        mention.addLiteral(Vocab.COUNT, ResourceFactory.createTypedLiteral(
                                java.math.BigInteger.valueOf(count.longValue())));
                    }
                    for (Object sentence : list(row.get("sentences"))) {
                        if (sentence instanceof Number index) {
                            mention.addLiteral(Vocab.SENTENCE, ResourceFactory.createTypedLiteral(
                                    java.math.BigInteger.valueOf(index.longValue())));
                        } else if (sentence != null) {
                            mention.addProperty(Vocab.EVIDENCE, sentence.toString());
                        }
                    }
                });
    }

    /** PART_OF as ng:partOf; an agreement's status as ng:agreementStatus. */
    private void parts(GraphSource.Rows tx, Model m) {
        rows(tx, "MATCH (p:Organization)-[:PART_OF]->(w) RETURN p.id AS part, labels(w) AS labels, w.id AS whole",
                row -> m.createResource(iris.entity("Organization", str(row, "part")))
                        .addProperty(Vocab.PART_OF, m.createResource(node(row.get("labels"), str(row, "whole")))));
        rows(tx, "MATCH (a:Agreement) WHERE a.status IS NOT NULL RETURN a.id AS id, a.status AS status",
                row -> m.createResource(iris.entity("Agreement", str(row, "id")))
                        .addProperty(Vocab.AGREEMENT_STATUS, str(row, "status")));
    }

    private void offices(GraphSource.Rows tx, Model m) {
        rows(tx, "MATCH (p:Person)-[o:HOLDS_OFFICE]->(x) RETURN p.id AS person, labels(x) AS labels, x.id AS of, "
                + "o.title AS title, toString(o.since) AS since, toString(o.until) AS until", row -> {
                    String of = node(row.get("labels"), str(row, "of"));
                    String title = Objects.requireNonNullElse(str(row, "title"), "");
                    Resource office = m.createResource(
                            iris.office(str(row, "person"), of, title, str(row, "since")), Vocab.OFFICE);
                    m.createResource(iris.entity("Person", str(row, "person"))).addProperty(Vocab.HOLDS, office);
                    office.addProperty(Vocab.OF, m.createResource(of));
                    addString(office, Vocab.TITLE, str(row, "title"));
                    for (String end : List.of("since", "until")) {
                        if (str(row, end) != null) {
                            office.addLiteral(end.equals("since") ? Vocab.SINCE : Vocab.UNTIL,
                                    RdfLiterals.date(str(row, end)));
                        }
                    }
                });
    }

    private void statements(GraphSource.Rows tx, Model m) {
        List<String> types = Arrays.stream(StatementType.values()).map(Enum::name).toList();
        rows(tx, "MATCH (x)-[s]->(y) WHERE type(s) IN $types RETURN type(s) AS type, labels(x) AS xl, x.id AS x, "
                + "labels(y) AS yl, y.id AS y, s.what AS what, s.cameo AS cameo, toString(s.date) AS date, "
                + "s.event AS event, s.evidence AS evidence, s.articles AS articles", Map.of("types", types), row -> {
                    StatementType type = StatementType.valueOf(str(row, "type"));
                    Property predicate = Vocab.statementProperty(type);
                    Resource actor = m.createResource(node(row.get("xl"), str(row, "x")));
                    Resource target = m.createResource(node(row.get("yl"), str(row, "y")));
                    actor.addProperty(predicate, target);
                    String what = Objects.requireNonNullElse(str(row, "what"), "");
                    Resource s = m.createResource(iris.statement(type.name(), actor.getURI(), target.getURI(), what));
                    s.addProperty(RDF.type, Vocab.STATEMENT).addProperty(RDF.type, RDF.Statement);
                    s.addProperty(RDF.subject, actor).addProperty(RDF.predicate, predicate)
                            .addProperty(RDF.object, target).addProperty(Vocab.WHAT, what);
                    addString(s, Vocab.CAMEO, str(row, "cameo"));
                    if (str(row, "date") != null) {
                        s.addLiteral(Vocab.DATE, RdfLiterals.date(str(row, "date")));
                    }
                    if (str(row, "event") != null) {
                        s.addProperty(Vocab.EVENT_OF, m.createResource(iris.event(str(row, "event"))));
                    }
                    strings(row.get("evidence")).forEach(sentence -> s.addProperty(Vocab.EVIDENCE, sentence));
                    strings(row.get("articles")).forEach(article ->
                            s.addProperty(Vocab.WAS_DERIVED_FROM, m.createResource(iris.article(article))));
                });
    }

    /** The IRI of a node from its labels and id: an entity, an event or an article. */
    String node(Object labels, String id) {
        List<String> names = strings(labels);
        if (names.contains("Event")) {
            return iris.event(id);
        }
        if (names.contains("Article")) {
            return iris.article(id);
        }
        return iris.entity(entityLabel(labels), id);
    }

    private static String entityLabel(Object labels) {
        List<String> names = strings(labels);
        for (EntityType type : EntityType.values()) {
            if (names.contains(type.label())) {
                return type.label();
            }
        }
        return names.isEmpty() ? "node" : names.get(0);
    }
}
