package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.shared.PrefixMapping;
import org.junit.jupiter.api.Test;
import org.newsgraph.query.NamedQueries;
import org.newsgraph.query.NamedQuery;

class BrowserGuideTest {

    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("ng", "https://newsgraph.org/ontology#")
            .setNsPrefix("sem", "http://semanticweb.cs.vu.nl/2009/11/sem/")
            .setNsPrefix("owl", "http://www.w3.org/2002/07/owl#");

    @Test
    void everyNamedQuestionGetsASlideWithItsQueryRunnable() {
        List<NamedQuery> questions = List.copyOf(NamedQueries.load().all());
        String html = BrowserGuide.render(questions, "http://127.0.0.1:3030/newsgraph/sparql", PREFIXES);
        assertEquals(questions.size() + 2, count(html, "<slide "), "intro, one per question, SPARQL");
        for (NamedQuery q : questions) {
            assertTrue(html.contains("<h3>" + BrowserGuide.escape(q.question()) + "</h3>"), q.name());
            assertTrue(html.contains("<pre class=\"pre-scrollable code runnable\">"
                    + BrowserGuide.escape(BrowserGuide.body(q.cypher())) + "</pre>"), q.name());
        }
        assertFalse(html.contains("<script"), "Browser strips scripts; the guide has none");
    }

    @Test
    void headerCommentsAreNotPartOfTheRunnableQuery() {
        String body = BrowserGuide.body("// Question: Who?\n// Parameters: none\n\nMATCH (n)\nRETURN n");
        assertEquals("MATCH (n)\nRETURN n", body);
    }

    @Test
    void parametersAreSetByOneParamsCommand() {
        NamedQuery q = new NamedQuery("timeline", "When?", List.of("a", "b"), "$a: a name, $b: another",
                "MATCH (x {name: $a}), (y {name: $b}) RETURN x, y", null);
        assertEquals(":params {a: \"\", b: \"\"}", BrowserGuide.paramsCommand(q));
        assertNull(BrowserGuide.paramsCommand(new NamedQuery("all", "All?", List.of(), "none", "RETURN 1", null)));
    }

    @Test
    void sparqlTwinGetsTheDeclarationsOfThePrefixesItUses() {
        String sparql = BrowserGuide.withPrefixes("SELECT ?e WHERE { ?e a sem:Event ; ng:kind ?k }", PREFIXES);
        assertTrue(sparql.startsWith("PREFIX "), sparql);
        assertTrue(sparql.contains("PREFIX ng: <https://newsgraph.org/ontology#>\n"), sparql);
        assertTrue(sparql.contains("PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>\n"), sparql);
        assertFalse(sparql.contains("PREFIX owl:"), "owl: is not used");
        String declared = "PREFIX ng: <https://newsgraph.org/ontology#>\nSELECT * { ?e ng:kind ?k }";
        assertEquals(declared, BrowserGuide.withPrefixes(declared, PREFIXES));
    }

    @Test
    void textIsEscaped() {
        assertEquals("a &lt; b &amp;&amp; c &gt; &quot;d&quot;", BrowserGuide.escape("a < b && c > \"d\""));
    }

    @Test
    void browserIsToldToApplyTheStyleThenPlayTheGuide() {
        BrowserContent content = new BrowserContent("http://127.0.0.1:3030", "http://127.0.0.1:3030/newsgraph/sparql");
        assertEquals("style http://127.0.0.1:3030/browser-content/style.grass; "
                + "play http://127.0.0.1:3030/browser-content/guide.html", Neo4jListeners.postConnectCommands(content));
        String style = BrowserContent.style();
        for (String label : List.of("Person", "Country", "Organization", "Agreement", "Place", "Event", "Article")) {
            assertTrue(style.contains("node." + label + " {"), label);
        }
        assertTrue(style.contains("caption: '{kind} {date}'"), "events show kind and date");
    }

    private static int count(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
