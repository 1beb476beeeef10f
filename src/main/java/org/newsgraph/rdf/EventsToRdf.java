package org.newsgraph.rdf;

import static org.newsgraph.rdf.GraphRows.addLiteral;
import static org.newsgraph.rdf.GraphRows.addString;
import static org.newsgraph.rdf.GraphRows.rows;
import static org.newsgraph.rdf.GraphRows.str;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.extract.EventKind;

/**
 * Maps {@code (:Event)} nodes and their relationships to SEM events: the kind as a class ({@code ng:Summit}),
 * {@code sem:hasActor} for each participant, {@code sem:hasPlace}, {@code sem:hasTimeStamp} (or
 * {@code sem:hasBeginTimeStamp}/{@code sem:hasEndTimeStamp} for a range), {@code ng:concerns} for agreements, and
 * {@code prov:wasDerivedFrom} each article that reports it (with {@code article ng:reports event}).
 */
final class EventsToRdf {

    private final IriScheme iris;
    private final Model model;
    private final GraphToRdf nodes;

    EventsToRdf(IriScheme iris, Model model) {
        this.iris = iris;
        this.model = model;
        this.nodes = new GraphToRdf(iris);
    }

    void read(GraphSource.Rows tx) {
        rows(tx, "MATCH (e:Event) RETURN e.id AS id, e.kind AS kind, toString(e.date) AS date, e.status AS status, "
                + "e.title AS title, e.cameo AS cameo, toString(e.startTime) AS startTime, "
                + "toString(e.duration) AS duration", row -> {
                    Resource e = model.createResource(iris.event(str(row, "id")), Vocab.EVENT);
                    e.addProperty(Vocab.ID, str(row, "id"));
                    EventKind kind = GraphRows.kind(str(row, "kind"));
                    if (kind != null) {
                        e.addProperty(RDF.type, Vocab.eventClass(kind));
                    }
                    addString(e, Vocab.KIND, str(row, "kind"));
                    addString(e, Vocab.STATUS, str(row, "status"));
                    addString(e, RDFS.label, str(row, "title"));
                    addString(e, Vocab.CAMEO, str(row, "cameo"));
                    date(e, str(row, "date"));
                    if (str(row, "startTime") != null) {
                        e.addLiteral(Vocab.START_TIME, RdfLiterals.time(str(row, "startTime")));
                    }
                    if (str(row, "duration") != null) {
                        e.addLiteral(Vocab.DURATION, RdfLiterals.duration(str(row, "duration")));
                    }
                });
        rows(tx, "MATCH (x)-[r:PARTICIPATED_IN]->(e:Event) RETURN e.id AS event, labels(x) AS labels, x.id AS x, "
                + "r.role AS role", row -> {
                    event(row).addProperty(Vocab.HAS_ACTOR, node(row));
                    if ("convener".equals(str(row, "role"))) {
                        event(row).addProperty(Vocab.CONVENER, node(row));
                    }
                });
        rows(tx, "MATCH (e:Event)-[:TOOK_PLACE_IN]->(x) RETURN e.id AS event, labels(x) AS labels, x.id AS x",
                row -> event(row).addProperty(Vocab.HAS_PLACE, node(row)));
        rows(tx, "MATCH (e:Event)-[:CONCERNS]->(x) RETURN e.id AS event, labels(x) AS labels, x.id AS x",
                row -> event(row).addProperty(Vocab.CONCERNS, node(row)));
        rows(tx, "MATCH (a:Article)-[:REPORTS]->(e:Event) RETURN e.id AS event, a.id AS article", row -> {
            Resource article = model.createResource(iris.article(str(row, "article")));
            article.addProperty(Vocab.REPORTS, event(row));
            event(row).addProperty(Vocab.WAS_DERIVED_FROM, article);
        });
    }

    private void date(Resource e, String date) {
        if (date == null) {
            return;
        }
        e.addLiteral(Vocab.DATE, RdfLiterals.date(date));
        Literal single = RdfLiterals.partialDate(date);
        if (single != null) {
            e.addLiteral(Vocab.HAS_TIME_STAMP, single);
            return;
        }
        Literal[] range = RdfLiterals.range(date);
        if (range != null) {
            addLiteral(e, Vocab.HAS_BEGIN_TIME_STAMP, range[0]);
            addLiteral(e, Vocab.HAS_END_TIME_STAMP, range[1]);
        }
    }

    private Resource event(java.util.Map<String, Object> row) {
        return model.createResource(iris.event(str(row, "event")));
    }

    private Resource node(java.util.Map<String, Object> row) {
        return model.createResource(nodes.node(row.get("labels"), str(row, "x")));
    }
}
