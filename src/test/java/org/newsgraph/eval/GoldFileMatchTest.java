package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which gold file an article of the graph is: its id, or the last segment of its path id, starts with the file id. */
class GoldFileMatchTest {

    private static final List<String> FILES = List.of("da01", "g04", "tune");

    @Test
    void aGoldIdMatchesAnArticleIdOrItsLastPathSegmentAsAPrefix() {
        assertEquals("da01", Evaluator.goldFile("da01", FILES));
        assertEquals("da01", Evaluator.goldFile("da01_foo", FILES));
        assertEquals("da01", Evaluator.goldFile("tune/da01_foo", FILES));
        assertEquals("da01", Evaluator.goldFile("sets/tune/da01-foo", FILES));
        assertEquals("g04", Evaluator.goldFile("g04_istanbul#2", FILES));
        assertEquals("da01", Evaluator.goldFile("tune/da01_foo~3e27ebda7fca339e", FILES));
    }

    @Test
    void aGoldIdIsNotPartOfAWord() {
        assertNull(Evaluator.goldFile("da011", FILES));
        assertNull(Evaluator.goldFile("xda01_foo", FILES));
        assertNull(Evaluator.goldFile("tune/xda01", FILES));
        assertNull(Evaluator.goldFile("tune2/other", FILES));
    }
}
