package org.newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.query.ResultTable.GraphNode;
import org.newsgraph.query.ResultTable.GraphRelationship;

class ResultFormatterTest {

    private static final GraphNode SCHOLZ = new GraphNode(List.of("Person"),
            Map.of("name", "Olaf Scholz", "aliases", List.of("Scholz", "Kanzler")));
    private static final GraphRelationship DEMANDED = new GraphRelationship("DEMANDED",
            Map.of("what", "Waffenruhe, sofort", "articles", List.of("a1", "a2")));
    private static final ResultTable TABLE = new ResultTable(List.of("p", "r", "count", "place"),
            List.of(Arrays.asList(SCHOLZ, DEMANDED, 3L, null)));

    @Test
    void jsonIsOneArrayOfRowObjectsWithNodesAsLabelsAndProperties() throws Exception {
        JsonNode json = new ObjectMapper().readTree(ResultFormatter.json(TABLE));
        assertTrue(json.isArray());
        JsonNode row = json.get(0);
        assertEquals(List.of("p", "r", "count", "place"), iterable(row.fieldNames()));
        assertEquals("Person", row.get("p").get("labels").get(0).asText());
        assertEquals("Kanzler", row.get("p").get("properties").get("aliases").get(1).asText());
        assertEquals("DEMANDED", row.get("r").get("type").asText());
        assertTrue(row.get("r").get("properties").get("articles").isArray());
        assertEquals(3, row.get("count").asInt());
        assertTrue(row.get("place").isNull());
    }

    @Test
    void csvQuotesCommasAndWritesNestedValuesAsJson() {
        String[] lines = ResultFormatter.csv(TABLE).split("\r\n");
        assertEquals("p,r,count,place", lines[0]);
        assertTrue(lines[1].startsWith("\"{\"\"labels\"\":[\"\"Person\"\"]"), lines[1]);
        assertTrue(lines[1].endsWith(",3,"), lines[1]);
    }

    @Test
    void tableAlignsColumnsAndCountsRows() {
        ResultTable t = new ResultTable(List.of("name", "n"),
                List.of(List.of("Annalena Baerbock", 12L), List.of("Lawrow", 7L)));
        String[] lines = ResultFormatter.table(t).split("\n");
        assertEquals("| name              | n  |", lines[1]);
        assertEquals("| Lawrow            | 7  |", lines[4]);
        assertEquals(lines[0], lines[2]);
        assertEquals("2 rows", lines[6]);
    }

    @Test
    void tableShowsNodesAndRelationshipsLikeCypher() {
        assertEquals("(:Person {aliases: [Scholz, Kanzler], name: \"Olaf Scholz\"})",
                ResultFormatter.text(new GraphNode(List.of("Person"), new java.util.TreeMap<>(SCHOLZ.properties()))));
        assertTrue(ResultFormatter.text(DEMANDED).startsWith("[:DEMANDED {"));
    }

    @Test
    void longCellsAreCutInTheTableOnly() {
        String sentence = "Der Außenminister forderte ".repeat(10);
        ResultTable t = new ResultTable(List.of("evidence"), List.of(List.of(sentence)));
        assertTrue(ResultFormatter.table(t).contains("…"));
        assertTrue(ResultFormatter.csv(t).contains(sentence));
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
