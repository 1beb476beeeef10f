package org.newsgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.BadInputException;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleSink;
import org.newsgraph.ingest.ArticleSource;

/**
 * The embedded store's core-API writes ({@link CoreGraphWrites}) give the same graph, property by property and value
 * type by value type, and report the same counts as the Cypher writes ({@link CypherGraphWrites}), through a
 * sequence of batches that exercises merging, cross-document matching, re-ingesting and replacing articles.
 */
class CoreGraphWritesIT {

    private static final List<ArticleFacts> CORPUS = new ArrayList<>();
    private static PipelineExtractor extractor;

    @TempDir
    Path dir;

    @BeforeAll
    static void extractCorpus() {
        extractor = Pipeline.standard().extractor();
        ArticleSource.of(List.of(CorpusGraph.root().resolve("corpus"))).forEach(new ArticleSink() {
            @Override
            public void article(Article article, long bytesDone) {
                CORPUS.add(extractor.extract(article));
            }

            @Override
            public void failed(BadInputException problem, long bytesDone) {
                throw new AssertionError("the corpus reads without errors: " + problem.getMessage());
            }
        });
    }

    @Test
    void coreWritesGiveTheGraphAndCountsOfCypherWrites() {
        try (Stores stores = new Stores(dir, "")) {
            GraphStore cypher = stores.cypher();
            GraphStore core = stores.core();
            Neo4jDatabase cypherDb = stores.cypherDb();
            Neo4jDatabase coreDb = stores.coreDb();
            Function<List<ArticleFacts>, GraphStore.BatchResult> both = batch -> {
                GraphStore.BatchResult expected = cypher.writeAll(batch);
                GraphStore.BatchResult actual = core.writeAll(batch);
                assertEquals(expected, actual, "outcomes and counts");
                assertSameGraph(GraphDump.of(cypherDb), GraphDump.of(coreDb));
                return actual;
            };

            GraphStore.BatchResult first = both.apply(CORPUS);
            assertEquals(Collections.nCopies(CORPUS.size(), GraphStore.Outcome.CREATED), first.outcomes());
            assertTrue(first.counts().relationshipsCreated() > 50, "the corpus makes a graph: " + first.counts());

            GraphStore.BatchResult changed = both.apply(List.of(shortened(CORPUS.get(0), "v2")));
            assertEquals(List.of(GraphStore.Outcome.REPLACED), changed.outcomes());
            assertTrue(changed.counts().relationshipsDeleted() > 0 && changed.counts().nodesDeleted() > 0,
                    "the old version's facts go, with events no other article reports: " + changed.counts());

            GraphStore.BatchResult again = both.apply(List.of(CORPUS.get(1), CORPUS.get(2)));
            assertEquals(List.of(GraphStore.Outcome.UNCHANGED, GraphStore.Outcome.UNCHANGED), again.outcomes());
            assertEquals(CypherTx.Counts.NONE, again.counts());

            for (ArticleFacts f : CORPUS) {
                both.apply(List.of(copy(f, "copy-a-"), copy(f, "copy-b-")));
            }
            both.apply(List.of(shortened(copy(CORPUS.get(3), "copy-a-"), "v2"), CORPUS.get(0),
                    shortened(CORPUS.get(4), "v2"), shortened(CORPUS.get(4), "v3")));
            both.apply(CORPUS);
            assertTrue(core.isStored(CORPUS.get(2).article().id(), CORPUS.get(2).article().sha256()));
            assertNoRepeatedAliasOrTerm(coreDb);
        }
    }

    @Test
    void aBatchGivesTheGraphOfOneArticleAfterTheOther() {
        try (Stores stores = new Stores(dir, "batch-")) {
            GraphStore batch = stores.cypher();
            GraphStore single = stores.core();
            List<ArticleFacts> all = new ArrayList<>(CORPUS);
            CORPUS.forEach(f -> all.add(copy(f, "copy-")));
            batch.writeAll(all);
            all.forEach(single::write);
            assertSameGraph(GraphDump.of(stores.cypherDb()), GraphDump.of(stores.coreDb()));
        }
    }

    @Test
    void denseNodesGiveTheSameGraphBothWays() {
        try (Stores stores = new Stores(dir, "dense-")) {
            // 60 reports of each article: the people and events they name pass Neo4j's dense-node threshold (50).
            List<ArticleFacts> copies = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                for (ArticleFacts f : CORPUS) {
                    copies.add(copy(f, "dense-" + i + "-"));
                }
            }
            for (int from = 0; from < copies.size(); from += 32) {
                List<ArticleFacts> batch = copies.subList(from, Math.min(copies.size(), from + 32));
                assertEquals(stores.cypher().writeAll(batch), stores.core().writeAll(batch), "outcomes and counts");
            }
            List<ArticleFacts> changed = List.of(shortened(copies.get(7), "v2"), shortened(copies.get(100), "v2"));
            assertEquals(stores.cypher().writeAll(changed), stores.core().writeAll(changed),
                    "outcomes and counts of replacing");
            assertSameGraph(GraphDump.of(stores.cypherDb()), GraphDump.of(stores.coreDb()));
            try (org.neo4j.graphdb.Transaction tx = stores.coreDb().graph().beginTx()) {
                int most = 0;
                for (org.neo4j.graphdb.Node n : tx.getAllNodes()) {
                    most = Math.max(most, n.getDegree());
                }
                assertTrue(most > 200, "some node is dense: " + most + " relationships");
            }
        }
    }

    /** Two new embedded stores in {@code dir}: one written through Cypher, one through the core API. */
    private record Stores(Neo4jDatabase cypherDb, Neo4jDatabase coreDb, GraphStore cypher, GraphStore core)
            implements AutoCloseable {

        Stores(Path dir, String prefix) {
            this(Neo4jDatabase.open(Neo4jDatabase.Config.embedded(dir.resolve(prefix + "cypher.db"))),
                    Neo4jDatabase.open(Neo4jDatabase.Config.embedded(dir.resolve(prefix + "core.db"))));
        }

        private Stores(Neo4jDatabase cypherDb, Neo4jDatabase coreDb) {
            this(cypherDb, coreDb, new GraphStore(new CypherOnly(new EmbeddedCypherRunner(cypherDb, true))),
                    new GraphStore(new EmbeddedCypherRunner(coreDb, true)));
        }

        @Override
        public void close() {
            cypher.close();
            core.close();
        }
    }

    /** Aliases are appended only when new; a term of office (person, office, title, since) is one relationship. */
    private static void assertNoRepeatedAliasOrTerm(Neo4jDatabase db) {
        try (org.neo4j.graphdb.Transaction tx = db.graph().beginTx()) {
            for (org.neo4j.graphdb.Node n : tx.getAllNodes()) {
                List<String> aliases = List.of((String[]) n.getProperty("aliases", new String[0]));
                assertEquals(aliases.stream().distinct().toList(), aliases, "aliases of " + n.getAllProperties());
            }
            List<String> terms = new ArrayList<>();
            tx.findRelationships(CoreTx.HOLDS_OFFICE).forEachRemaining(r -> terms.add(
                    r.getStartNode().getProperty("id") + " " + r.getEndNode().getProperty("id") + " "
                            + r.getProperty("title") + " " + r.getProperty("since", null)));
            assertTrue(terms.size() > 5, "the corpus names offices: " + terms);
            assertEquals(terms.stream().distinct().count(), terms.size(), "one relationship per term: " + terms);
        }
    }

    @Test
    void institutionsArePartOfTheirOwnerAndAgreementsHaveTheirStatus() {
        ArticleFacts f = extractor.extract(new Article("institutions", null, null, null, "2024-05-02", "de",
                "institutions.txt", "sha-institutions", "Das russische Außenministerium wies die Vorwürfe am Montag zurück. "
                + "Armenien und Aserbaidschan unterzeichneten am Freitag einen Nichtangriffspakt."));
        try (Stores stores = new Stores(dir, "")) {
            assertEquals(stores.cypher().writeAll(List.of(f)), stores.core().writeAll(List.of(f)),
                    "outcomes and counts");
            assertSameGraph(GraphDump.of(stores.cypherDb()), GraphDump.of(stores.coreDb()));
            for (Neo4jDatabase db : List.of(stores.cypherDb(), stores.coreDb())) {
                try (var tx = db.graph().beginTx()) {
                    assertEquals(List.of("Russland"), tx.execute("MATCH (:Organization {name: "
                            + "'Außenministerium (Russland)'})-[:PART_OF]->(c:Country) RETURN c.name AS c")
                            .stream().map(r -> r.get("c")).toList());
                    assertEquals(List.of("signed"), tx.execute("MATCH (a:Agreement {name: 'Nichtangriffspakt'}) "
                            + "RETURN a.status AS s").stream().map(r -> r.get("s")).toList());
                }
            }
        }
    }

    /** A changed version of an article: the same id, the first half of its text. */
    private static ArticleFacts shortened(ArticleFacts f, String version) {
        Article a = f.article();
        int cut = a.text().indexOf('\n', a.text().length() / 2);
        String text = a.text().substring(0, cut < 0 ? a.text().length() / 2 : cut);
        return extractor.extract(new Article(a.id(), a.title(), a.source(), a.url(), a.published(), a.language(),
                a.path(), version + a.sha256(), text));
    }

    /** The same facts as another article (another id and sha256), as when two agencies run the same story. */
    private static ArticleFacts copy(ArticleFacts f, String prefix) {
        Article a = f.article();
        return new ArticleFacts(new Article(prefix + a.id(), a.title(), a.source(), a.url(), a.published(),
                a.language(), a.path(), prefix + a.sha256(), a.text()), f.sentences(), f.mentions(), f.offices(),
                f.events(), f.statements(), f.eventWeekdays(), f.parts(), f.agreementStatus());
    }

    private static void assertSameGraph(List<String> expected, List<String> actual) {
        GraphDump.assertSameGraph(expected, actual, "Cypher writes", "core writes");
    }

    /** The embedded store written by the Cypher statements (what a Bolt connection runs). */
    private record CypherOnly(CypherRunner inner) implements CypherRunner {
        @Override
        public <T> T write(Function<CypherTx, T> work) {
            return inner.write(work);
        }

        @Override
        public <T> T read(Function<CypherTx, T> work) {
            return inner.read(work);
        }

        @Override
        public String location() {
            return inner.location();
        }

        @Override
        public void close() {
            inner.close();
        }
    }
}
