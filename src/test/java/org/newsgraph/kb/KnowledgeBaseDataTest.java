package org.newsgraph.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks the knowledge-base data in {@code ontology/*.ttl} as loaded from the classpath: it parses, every entity
 * has its canonical names, countries have capitals, offices have sane time spans, and the heads of state and
 * government of the G20 members, Ukraine and Belarus cover 2019-2024 without gaps.
 */
class KnowledgeBaseDataTest {

    private static final String NG = "https://newsgraph.org/ontology#";
    private static final String ID = "https://newsgraph.org/id/";
    private static final String WD = "http://www.wikidata.org/entity/";
    private static final List<String> FILES = List.of("countries.ttl", "organizations.ttl", "people.ttl",
            "offices.ttl", "places.ttl", "agreements.ttl", "cues.ttl");
    private static final List<String> ENTITY_TYPES = List.of("Country", "Person", "Organization", "Place", "Agreement");
    private static final List<String> G20_UA_BY = List.of("AR", "AU", "BR", "CA", "CN", "FR", "DE", "IN", "ID", "IT",
            "JP", "MX", "RU", "SA", "ZA", "KR", "TR", "GB", "US", "UA", "BY");
    /** Members whose head of government is an office of its own (not the president). */
    private static final List<String> SEPARATE_HEAD_OF_GOVERNMENT = List.of("AU", "CA", "CN", "FR", "DE", "IN", "IT",
            "JP", "RU", "SA", "GB", "UA", "BY");
    private static final LocalDate FROM = LocalDate.of(2019, 1, 1);
    private static final LocalDate TO = LocalDate.of(2024, 12, 31);

    private static Model kb;

    @BeforeAll
    static void loadAll() throws IOException {
        kb = ModelFactory.createDefaultModel();
        for (String file : FILES) {
            kb.add(parse(file));
        }
    }

    private static Model parse(String file) throws IOException {
        try (InputStream in = KnowledgeBaseDataTest.class.getResourceAsStream("/ontology/" + file)) {
            if (in == null) {
                throw new IOException("/ontology/" + file + " is not on the test classpath; run mvn test so the"
                        + " ontology/ folder is copied into target/classes");
            }
            return RDFParser.source(in).lang(Lang.TURTLE).base(ID).toModel();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"countries.ttl", "organizations.ttl", "people.ttl", "offices.ttl", "places.ttl",
            "agreements.ttl", "cues.ttl"})
    void everyFileParsesWithWellFormedTypedLiterals(String file) throws IOException {
        Model model = parse(file);
        assertTrue(model.size() > 100, file + " holds only " + model.size() + " triples");
        model.listStatements().forEachRemaining(st -> {
            if (st.getObject().isLiteral()) {
                Literal literal = st.getLiteral();
                assertTrue(literal.getDatatypeURI() == null || literal.getDatatype().isValid(literal.getLexicalForm()),
                        file + ": ill-formed literal " + literal + " on " + st.getSubject());
            }
        });
    }

    @Test
    void everyEntityHasExactlyOneGermanAndOneEnglishPrefLabel() {
        for (String type : ENTITY_TYPES) {
            for (Resource entity : entitiesOf(type)) {
                for (String lang : List.of("de", "en")) {
                    long count = labels(entity, SKOS.prefLabel, lang).size();
                    assertEquals(1, count, type + " " + entity + " has " + count + " skos:prefLabel@" + lang);
                }
            }
        }
    }

    @Test
    void noTwoEntitiesOfOneTypeShareAGermanPrefLabel() {
        for (String type : ENTITY_TYPES) {
            Map<String, Resource> seen = new HashMap<>();
            for (Resource entity : entitiesOf(type)) {
                for (String label : labels(entity, SKOS.prefLabel, "de")) {
                    Resource other = seen.putIfAbsent(label, entity);
                    assertTrue(other == null, type + " prefLabel \"" + label + "\" on both " + other + " and " + entity);
                }
            }
        }
    }

    /** The linker's short-name rule reads one family name ("Putin" after "Wladimir Putin"). */
    @Test
    void everyPersonHasOneFamilyNameAndAKnownGender() {
        for (Resource person : entitiesOf("Person")) {
            int names = person.listProperties(ng("familyName")).toList().size();
            assertEquals(1, names, person + " has " + names + " ng:familyName values");
            person.listProperties(ng("gender")).forEachRemaining(st -> assertTrue(
                    List.of("female", "male").contains(st.getString()), person + " ng:gender " + st.getObject()));
        }
        long women = entitiesOf("Person").stream().filter(p -> p.hasProperty(ng("gender"), "female")).count();
        assertTrue(women >= 50, "only " + women + " persons are marked ng:gender \"female\"");
    }

    @Test
    void entityIrisAreTypeSlashKey() {
        Pattern key = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
        for (String type : ENTITY_TYPES) {
            String prefix = ID + type.toLowerCase() + "/";
            for (Resource entity : entitiesOf(type)) {
                String iri = entity.getURI();
                assertTrue(iri.startsWith(prefix), entity + " should start with " + prefix);
                String local = iri.substring(prefix.length());
                assertTrue(type.equals("Country") ? local.matches("[A-Z]{2}") : key.matcher(local).matches(),
                        "bad key '" + local + "' in " + iri);
            }
        }
    }

    @Test
    void everySovereignStateHasCodeAdjectiveAndCapital() {
        List<Resource> countries = entitiesOf("Country");
        assertTrue(countries.size() >= 190, "only " + countries.size() + " countries");
        for (Resource country : countries) {
            String code = country.getURI().substring((ID + "country/").length());
            assertEquals(code, string(country, ng("isoCode")), "ng:isoCode of " + country);
            assertTrue(!labels(country, ng("adjective"), "de").isEmpty(), country + " has no ng:adjective@de");
            Resource capital = country.getPropertyResourceValue(ng("capital"));
            assertTrue(capital != null, country + " has no ng:capital");
            assertTrue(capital.hasProperty(RDF.type, ng("Place")), "capital " + capital + " is not an ng:Place");
            assertTrue(capital.hasProperty(ng("capitalOf"), country), capital + " lacks ng:capitalOf " + country);
        }
    }

    @Test
    void everyReferenceResolvesToATypedEntity() {
        List<String> links = List.of("capital", "capitalOf", "seatOfGovernment", "of", "locatedIn", "institutionOf",
                "partOf", "basedIn", "party", "seatOf");
        for (String link : links) {
            kb.listStatements(null, ng(link), (RDFNode) null).forEachRemaining(st -> {
                Resource target = st.getResource();
                boolean typed = ENTITY_TYPES.stream().anyMatch(t -> target.hasProperty(RDF.type, ng(t)));
                assertTrue(typed, "ng:" + link + " points to " + target + ", which no file defines");
            });
        }
    }

    @Test
    void everyOfficeHasRoleTargetAndSaneTimeSpan() {
        kb.listStatements(null, ng("holds"), (RDFNode) null).forEachRemaining(st -> {
            Resource office = st.getResource();
            String where = st.getSubject() + " ng:holds " + office.getPropertyResourceValue(ng("role"));
            Resource role = office.getPropertyResourceValue(ng("role"));
            assertTrue(role != null && role.hasProperty(RDF.type, ng("OfficeRole")), where + ": role not in offices.ttl");
            assertTrue(office.getPropertyResourceValue(ng("of")) != null, where + ": no ng:of");
            assertTrue(!labels(office, ng("title"), "en").isEmpty(), where + ": no English ng:title");
            LocalDate since = date(office, "since");
            assertTrue(since != null, where + ": no ng:since");
            LocalDate until = date(office, "until");
            assertTrue(until == null || !since.isAfter(until), where + ": since " + since + " after until " + until);
        });
    }

    @Test
    void headsOfStateOfG20UkraineAndBelarusCover2019To2024() {
        for (String code : G20_UA_BY) {
            assertCovered("HeadOfState", resource(ID + "country/" + code), 0);
        }
    }

    @Test
    void separateHeadsOfGovernmentCover2019To2024() {
        for (String code : SEPARATE_HEAD_OF_GOVERNMENT) {
            assertCovered("HeadOfGovernment", resource(ID + "country/" + code), 0);
        }
    }

    /** Allows a month between two foreign ministers: acting ministers are not recorded (MX 2023 had three weeks). */
    @Test
    void foreignMinistersCover2019To2024() {
        for (String code : G20_UA_BY) {
            assertCovered("ForeignMinister", resource(ID + "country/" + code), 31);
        }
    }

    @Test
    void europeanUnionLeadersCover2019To2024() {
        assertCovered("President", resource(ID + "organization/eu-kommission"), 0);
        assertCovered("President", resource(ID + "organization/europaeischer-rat"), 0);
        assertCovered("HighRepresentative", resource(ID + "organization/eu"), 0);
    }

    @Test
    void wikidataIdsAreQNumbers() {
        kb.listStatements(null, OWL.sameAs, (RDFNode) null).forEachRemaining(st -> {
            String iri = st.getResource().getURI();
            assertTrue(iri.startsWith(WD) && iri.substring(WD.length()).matches("Q\\d+"),
                    st.getSubject() + " owl:sameAs " + iri + " is not a wd:Q… id");
        });
    }

    @Test
    void officeRolesAndCuesCarryWordsInBothLanguages() {
        for (Resource role : kb.listSubjectsWithProperty(RDF.type, ng("OfficeRole")).toList()) {
            assertTrue(!labels(role, ng("titleWord"), "de").isEmpty() && !labels(role, ng("titleWord"), "en").isEmpty(),
                    role + " needs ng:titleWord in @de and @en");
        }
        Set<Resource> cueTypes = Set.of(ng("Person"), ng("Organization"), ng("Place"), ng("Agreement"));
        List<Resource> cues = kb.listSubjectsWithProperty(RDF.type, ng("Cue")).toList();
        assertTrue(cues.size() >= 40, "only " + cues.size() + " cues");
        for (Resource cue : cues) {
            assertTrue(!labels(cue, ng("word"), "de").isEmpty(), cue + " has no German ng:word");
            Resource type = cue.getPropertyResourceValue(ng("types"));
            assertTrue(type != null && cueTypes.contains(type), cue + " types " + type);
        }
    }

    private static void assertCovered(String role, Resource target, int allowedGapDays) {
        List<LocalDate[]> spans = new ArrayList<>();
        kb.listStatements(null, ng("holds"), (RDFNode) null).forEachRemaining(st -> {
            Resource office = st.getResource();
            if (office.hasProperty(ng("role"), ng(role)) && office.hasProperty(ng("of"), target)) {
                LocalDate until = date(office, "until");
                // ng:until is the last day in office (inclusive); the successor's ng:since may be that day or the next
                spans.add(new LocalDate[] {date(office, "since"), until == null ? LocalDate.MAX : until.plusDays(1)});
            }
        });
        spans.sort(Comparator.comparing(span -> span[0]));
        LocalDate covered = FROM;
        for (LocalDate[] span : spans) {
            if (span[0].isAfter(covered.plusDays(allowedGapDays))) {
                if (!covered.isAfter(TO)) {
                    fail("ng:" + role + " of " + target + ": nobody from " + covered + " to " + span[0]);
                }
            }
            if (span[1].isAfter(covered)) {
                covered = span[1];
            }
        }
        assertTrue(covered.isAfter(TO), "ng:" + role + " of " + target + ": nobody after " + covered);
    }

    private static LocalDate date(Resource office, String property) {
        Statement st = office.getProperty(ng(property));
        if (st == null) {
            return null;
        }
        Literal value = st.getLiteral();
        String lexical = value.getLexicalForm();
        String type = value.getDatatypeURI();
        if (XSDDatatype.XSDdate.getURI().equals(type)) {
            return LocalDate.parse(lexical);
        }
        if (XSDDatatype.XSDgYearMonth.getURI().equals(type)) {
            return LocalDate.parse(lexical + "-01");
        }
        if (XSDDatatype.XSDgYear.getURI().equals(type)) {
            return LocalDate.parse(lexical + "-01-01");
        }
        fail(office + " ng:" + property + " " + value + ": expected xsd:date, xsd:gYearMonth or xsd:gYear");
        return null;
    }

    private static List<Resource> entitiesOf(String type) {
        return kb.listSubjectsWithProperty(RDF.type, ng(type)).toList();
    }

    private static List<String> labels(Resource subject, Property property, String lang) {
        return subject.listProperties(property).toList().stream()
                .map(Statement::getObject)
                .filter(o -> o.isLiteral() && lang.equals(o.asLiteral().getLanguage()))
                .map(o -> o.asLiteral().getLexicalForm())
                .toList();
    }

    private static String string(Resource subject, Property property) {
        Statement st = subject.getProperty(property);
        return st == null ? null : st.getString();
    }

    private static Property ng(String local) {
        return kb.createProperty(NG + local);
    }

    private static Resource resource(String iri) {
        return kb.createResource(iri);
    }
}
