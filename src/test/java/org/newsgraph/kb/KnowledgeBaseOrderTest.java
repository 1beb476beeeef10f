package org.newsgraph.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;

/**
 * The knowledge base lists its entries in the order it read them, the same in every run: where two entries share a
 * label ("Singapore" the country and the city), the first one wins, so an order that changed from one JVM to the
 * next linked the same article differently on every ingest.
 */
class KnowledgeBaseOrderTest {

    @Test
    void entriesComeTypeByTypeAsTheReaderReadsThem() {
        List<EntityType> seen = new ArrayList<>();
        for (KbEntity e : KnowledgeBase.loadDefault().entities()) {
            if (seen.isEmpty() || seen.get(seen.size() - 1) != e.type()) {
                seen.add(e.type());
            }
        }
        List<EntityType> inOrder = Arrays.stream(EntityType.values()).filter(seen::contains).toList();
        assertEquals(inOrder, seen.subList(0, Math.min(seen.size(), inOrder.size() + 1)),
                "each type once, in the reader's order");
    }

    @Test
    void theCountryOfSingaporeComesBeforeTheCity() {
        List<String> keys = KnowledgeBase.loadDefault().entities().stream()
                .filter(e -> e.labels().contains("Singapore")).map(e -> e.type() + ":" + e.id()).toList();
        assertTrue(keys.size() >= 2, keys.toString());
        assertEquals("Country:SG", keys.get(0), keys.toString());
    }

    @Test
    void anEntityHashesByItsTextNotByTheIdentityOfItsType() {
        Entity e = new Entity("SG", EntityType.Country, "Singapur", "Q334");
        assertEquals(Objects.hash("SG", "Country", "Singapur", "Q334"), e.hashCode());
    }
}
