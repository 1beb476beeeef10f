package org.newsgraph.graph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.EventKind;
import org.newsgraph.extract.EventStatus;
import org.newsgraph.extract.Statement;
import org.newsgraph.extract.StatementType;
import org.newsgraph.ingest.Article;

/**
 * Where a report merges does not depend on how the articles are cut into transactions: a report that matches
 * several stored events or statements joins the same one whether those were committed before or written earlier in
 * the same batch, and what merged reports say about a place is kept the same way.
 */
class MergeOrderIT {

    private static final Entity BIDEN = new Entity("joe-biden", EntityType.Person, "Joe Biden", "Q6279");
    private static final Entity PUTIN = new Entity("wladimir-putin", EntityType.Person, "Wladimir Putin", "Q7747");
    private static final Entity MACRON = new Entity("emmanuel-macron", EntityType.Person, "Emmanuel Macron", "Q3052772");
    private static final Entity RUSSIA = new Entity("RU", EntityType.Country, "Russland", "Q159");
    private static final Entity GENEVA = new Entity("genf", EntityType.Place, "Genf", null);
    private static final Entity MOSCOW = new Entity("moskau", EntityType.Place, "Moskau", null);

    /**
     * Four reports in input order: two video conferences of the same pair a week apart and two threats a year
     * apart; then a report of "a video conference in December" (matches both conferences) with an undated threat
     * (matches both threats); then a report of the later conference with a third participant and another place,
     * whose id is smaller than the stored one's.
     */
    private static final List<ArticleFacts> ARTICLES = List.of(
            article("a1", event("video-2021-12-14-bbbbbbbb", "2021-12-14", GENEVA, BIDEN, PUTIN),
                    threat("2020-12-07", "Sanktionen")),
            article("a2", event("video-2021-12-07-bbbbbbbb", "2021-12-07", null, BIDEN, PUTIN),
                    threat("2021-12-07", "harte Maßnahmen")),
            article("a3", event("video-2021-12-bbbbbbbb", "2021-12", null, BIDEN, PUTIN),
                    threat(null, "wirtschaftliche Folgen")),
            article("a4", event("video-2021-12-14-aaaaaaaa", "2021-12-14", MOSCOW, BIDEN, PUTIN, MACRON), null));

    @TempDir
    Path dir;

    @Test
    void aReportJoinsTheSameEventAndStatementHoweverTheArticlesAreBatched() {
        List<String> oneByOne = graph("one-by-one", List.of(List.of(0), List.of(1), List.of(2), List.of(3)));
        GraphDump.assertSameGraph(oneByOne, graph("all-at-once", List.of(List.of(0, 1, 2, 3))),
                "one article per transaction", "one batch of four");
        GraphDump.assertSameGraph(oneByOne, graph("one-then-three", List.of(List.of(0), List.of(1, 2, 3))),
                "one article per transaction", "batches of 1 and 3");
        GraphDump.assertSameGraph(oneByOne, graph("two-and-two", List.of(List.of(0, 1), List.of(2, 3))),
                "one article per transaction", "batches of 2 and 2");
    }

    private List<String> graph(String name, List<List<Integer>> batches) {
        try (Neo4jDatabase db = Neo4jDatabase.open(Neo4jDatabase.Config.embedded(dir.resolve(name + ".db")));
             GraphStore store = new GraphStore(new EmbeddedCypherRunner(db, false))) {
            for (List<Integer> batch : batches) {
                store.writeAll(batch.stream().map(ARTICLES::get).toList());
            }
            return GraphDump.of(db);
        }
    }

    private static Event event(String id, String date, Entity place, Entity... participants) {
        return new Event(id, EventKind.VIDEO_CONFERENCE, date, EventStatus.HELD, "Videogipfel", "040", null, null,
                List.of(participants), place, List.of(), List.of("Videogipfel am " + date + "."), "Videogipfel");
    }

    private static Statement threat(String date, String what) {
        return new Statement(StatementType.THREATENED, BIDEN, RUSSIA, what, "138", date, null,
                List.of("Biden drohte mit " + what + "."));
    }

    private static ArticleFacts article(String id, Event event, Statement statement) {
        Article a = new Article(id, "Titel " + id, null, null, event.date(), "de", id + ".txt", "sha-" + id,
                "Text von " + id + ".");
        List<Statement> statements = new ArrayList<>();
        if (statement != null) {
            statements.add(statement);
        }
        return new ArticleFacts(a, List.of("Text von " + id + "."), List.of(), List.of(), List.of(event), statements,
                Map.of());
    }
}
