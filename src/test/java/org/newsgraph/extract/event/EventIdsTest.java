package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;

class EventIdsTest {

    private static final Entity BIDEN = new Entity("joe-biden", EntityType.Person, "Joe Biden", null);
    private static final Entity PUTIN = new Entity("wladimir-putin", EntityType.Person, "Wladimir Putin", null);

    @Test
    void reportsOfOneDatedEventGetOneIdWhateverTheArticleAndOrder() {
        String a = EventIds.of("video", "2021-12-07", List.of(BIDEN, PUTIN), "call-de");
        String b = EventIds.of("video", "2021-12-07", List.of(PUTIN, BIDEN), "call-en");
        assertEquals(a, b);
        assertTrue(a.startsWith("video-2021-12-07-"), a);
    }

    @Test
    void undatedEventsOfTwoArticlesGetTwoIds() {
        String a = EventIds.of("inperson", null, List.of(PUTIN), "en02");
        String b = EventIds.of("inperson", null, List.of(PUTIN), "da06");
        assertNotEquals(a, b, "the matcher never joins undated reports, so their ids must not either");
        assertTrue(a.startsWith("inperson-undated-"), a);
        assertEquals(a, EventIds.of("inperson", "", List.of(PUTIN), "en02"));
    }
}
