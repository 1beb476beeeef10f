package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsgraph.graph.Neo4jDatabase;

/** The export of the fixture graph: valid against the shapes, the same in every format, readable by rapper. */
class RdfExportIT {

    private static final IriScheme IRIS = IriScheme.defaults();
    private static final String ID = IriScheme.DEFAULT_BASE;

    @TempDir
    static Path dir;
    static Neo4jDatabase db;
    static Model data;

    @BeforeAll
    static void export() throws Exception {
        db = FixtureGraph.open(dir);
        data = new GraphToRdf(IRIS).read(db.graph());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void exportOfTheFixtureConformsToTheShapes() {
        ValidationReport report = ShaclValidator.get().validate(Shapes.parse(Ontology.shapes()), data.getGraph());
        if (!report.conforms()) {
            ShLib.printReport(report);
        }
        assertTrue(report.conforms(), "the export violates ontology/shapes.ttl (report printed above)");
    }

    @Test
    void shapesRejectAnEventWithoutParticipantsOrKind() {
        Model broken = ModelFactory.createDefaultModel().add(data);
        Resource summit = broken.createResource(ID + "event/summit-2021-06-joe-biden-wladimir-putin");
        broken.removeAll(summit, Vocab.HAS_ACTOR, null);
        broken.remove(summit, RDF.type, broken.createResource(Vocab.NG + "Summit"));
        ValidationReport report = ShaclValidator.get().validate(Shapes.parse(Ontology.shapes()), broken.getGraph());
        assertFalse(report.conforms());
        assertEquals(2, report.getEntries().stream().filter(e -> e.focusNode().equals(summit.asNode())).count(),
                "one violation for the missing sem:hasActor, one for the missing kind class");
    }

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void everyFormatIsReadBackByJenaWithTheSameNumberOfTriples(RdfFormat format) {
        byte[] bytes = write(format);
        Dataset back = DatasetFactory.create();
        RDFParser.source(new ByteArrayInputStream(bytes)).lang(format.lang()).parse(back);
        if (format.quads()) {
            assertEquals(0, back.getDefaultModel().size(), "quad formats put everything into the named graph");
            assertEquals(data.size(), back.getNamedModel(IRIS.graph()).size());
            assertTrue(back.getNamedModel(IRIS.graph()).isIsomorphicWith(data));
        } else {
            assertEquals(data.size(), back.getDefaultModel().size());
            assertTrue(back.getDefaultModel().isIsomorphicWith(data), format + " changes the graph");
        }
    }

    @ParameterizedTest
    @EnumSource(value = RdfFormat.class, names = {"TURTLE", "NTRIPLES", "RDFXML", "TRIG", "NQUADS"})
    void rapperParsesTheExportWithoutErrors(RdfFormat format) throws Exception {
        org.newsgraph.ExternalTools.skipUnless("RdfExportIT", org.newsgraph.ExternalTools.onPath("rapper") != null,
                "no 'rapper' on PATH (apt-get install -y raptor2-utils; .ci/run does)");
        Path file = dir.resolve("export." + format.extension());
        Files.write(file, write(format));
        Process rapper = new ProcessBuilder("rapper", "--count", "--input", rapperName(format), file.toString())
                .redirectErrorStream(true).start();
        String output = new String(rapper.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(rapper.waitFor(60, TimeUnit.SECONDS), "rapper did not finish");
        assertEquals(0, rapper.exitValue(), "rapper failed on " + format + ":\n" + output);
        assertFalse(output.contains("Error") || output.contains("Warning"), output);
        Matcher count = Pattern.compile("returned (\\d+) (triples|statements)").matcher(output);
        assertTrue(count.find(), "rapper printed no count:\n" + output);
        assertEquals(data.size(), Long.parseLong(count.group(1)), "rapper counted other triples:\n" + output);
    }

    @Test
    void entitiesHaveStableIrisAndWikidataLinks() {
        Resource putin = data.getResource(ID + "person/wladimir-putin");
        assertTrue(data.contains(putin, RDF.type, data.getResource(Vocab.NG + "Person")));
        assertTrue(data.contains(putin, OWL.sameAs, data.getResource("http://www.wikidata.org/entity/Q7747")));
        assertTrue(data.contains(data.getResource(ID + "country/RU"), OWL.sameAs,
                data.getResource("http://www.wikidata.org/entity/Q159")));
        Resource podoljak = data.getResource(ID + "person/mychajlo-podoljak");
        assertFalse(data.contains(podoljak, OWL.sameAs), "no Wikidata id in the graph, no owl:sameAs");
        Model again = new GraphToRdf(IRIS).read(db.graph());
        assertTrue(again.isIsomorphicWith(data) && again.containsAll(data), "a second export differs");
    }

    @Test
    void datesAreTypedByTheirPrecision() {
        assertEquals(XSDDatatype.XSDdate, literal("event/video_conference-2021-12-07-joe-biden-wladimir-putin",
                Vocab.HAS_TIME_STAMP).getDatatype());
        Literal june = literal("event/summit-2021-06-joe-biden-wladimir-putin", Vocab.HAS_TIME_STAMP);
        assertEquals(XSDDatatype.XSDgYearMonth, june.getDatatype());
        assertEquals("2021-06", june.getLexicalForm());
        Literal annexed = data.listStatements(null, Vocab.DATE, (org.apache.jena.rdf.model.RDFNode) null).toList()
                .stream().map(s -> s.getLiteral()).filter(l -> l.getLexicalForm().equals("2014")).findFirst()
                .orElseThrow();
        assertEquals(XSDDatatype.XSDgYear, annexed.getDatatype());
        String range = "event/summit-2021-04-22-joe-biden";
        assertEquals("2021-04-22", literal(range, Vocab.HAS_BEGIN_TIME_STAMP).getLexicalForm());
        assertEquals("2021-04-23", literal(range, Vocab.HAS_END_TIME_STAMP).getLexicalForm());
        assertEquals("2021-04-22/2021-04-23", literal(range, Vocab.DATE).getLexicalForm());
        assertFalse(data.getResource(ID + range).hasProperty(Vocab.HAS_TIME_STAMP));
    }

    @Test
    void clockTimesAndDurationsAreTypedWhereTheyCanBe() {
        String video = "event/video_conference-2021-12-07-joe-biden-wladimir-putin";
        assertEquals(XSDDatatype.XSDduration, literal(video, Vocab.DURATION).getDatatype());
        assertEquals("PT2H5M", literal(video, Vocab.DURATION).getLexicalForm());
        Literal start = literal(video, Vocab.START_TIME);
        assertEquals(XSDDatatype.XSDtime, start.getDatatype());
        assertEquals("16:00:00+01:00", start.getLexicalForm());
        Literal zoneName = literal("event/phone_call-2021-12-30-joe-biden-wladimir-putin", Vocab.START_TIME);
        assertEquals(XSDDatatype.XSDstring, zoneName.getDatatype(), "'21:35 MEZ' is no xsd:time");
    }

    @Test
    void statementsAreDirectTriplesAndReifiedNodesWithProvenance() {
        Resource putin = data.getResource(ID + "person/wladimir-putin");
        Resource nato = data.getResource(ID + "organization/nato");
        assertTrue(data.contains(putin, Vocab.statementProperty(org.newsgraph.extract.StatementType.DEMANDED), nato));
        List<Resource> nodes = data.listResourcesWithProperty(RDF.subject, putin).toList().stream()
                .filter(s -> s.hasProperty(RDF.object, nato)).toList();
        assertEquals(1, nodes.size());
        Resource s = nodes.get(0);
        assertTrue(s.hasProperty(RDF.type, Vocab.STATEMENT) && s.hasProperty(RDF.type, RDF.Statement));
        assertTrue(s.getURI().startsWith(ID + "statement/demanded/"));
        assertEquals("Garantien, die die Osterweiterung der NATO ausschließen", s.getProperty(Vocab.WHAT).getString());
        assertTrue(s.getProperty(Vocab.EVIDENCE).getString().startsWith("Putin forderte in dem Gespräch"));
        assertEquals(List.of(ID + "article/001", ID + "article/003"), s.listProperties(Vocab.WAS_DERIVED_FROM)
                .mapWith(st -> st.getResource().getURI()).toList().stream().sorted().toList());
        assertEquals(ID + "event/video_conference-2021-12-07-joe-biden-wladimir-putin",
                s.getPropertyResourceValue(Vocab.EVENT_OF).getURI());
    }

    @Test
    void eventsAreDerivedFromEveryArticleThatReportsThem() {
        Resource video = data.getResource(ID + "event/video_conference-2021-12-07-joe-biden-wladimir-putin");
        assertEquals(4, video.listProperties(Vocab.WAS_DERIVED_FROM).toList().size());
        assertEquals(2, video.listProperties(Vocab.HAS_ACTOR).toList().size());
        assertTrue(video.hasProperty(RDF.type, data.getResource(Vocab.NG + "VideoConference")));
    }

    private static Literal literal(String path, org.apache.jena.rdf.model.Property p) {
        return data.getResource(ID + path).getProperty(p).getLiteral();
    }

    private static byte[] write(RdfFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RdfExporter(IRIS).write(data, format, out);
        return out.toByteArray();
    }

    private static String rapperName(RdfFormat format) {
        return switch (format) {
            case TURTLE -> "turtle";
            case NTRIPLES -> "ntriples";
            case RDFXML -> "rdfxml";
            case TRIG -> "trig";
            case NQUADS -> "nquads";
            default -> throw new IllegalArgumentException("rapper cannot read " + format);
        };
    }
}
