package org.newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryParametersTest {

    @Test
    void plainValuesAreStringsEvenWhenTheyLookLikeNumbers() {
        assertEquals(Map.of("name", "Annalena Baerbock", "id", "2022", "q", "a=b"),
                QueryParameters.parse(List.of("name=Annalena Baerbock", "id=2022", "q=a=b")));
    }

    @Test
    void typedValuesAreConverted() {
        assertEquals(Map.of("n", 5L, "x", 0.5, "held", true),
                QueryParameters.parse(List.of("n:int=5", "x:float=0.5", "held:bool=true")));
    }

    @Test
    void badParametersSayWhatWasExpected() {
        var missingEquals = assertThrows(IllegalArgumentException.class, () -> QueryParameters.parse(List.of("name")));
        assertTrue(missingEquals.getMessage().contains("name=value"));
        var notAnInt = assertThrows(IllegalArgumentException.class, () -> QueryParameters.parse(List.of("n:int=fünf")));
        assertTrue(notAnInt.getMessage().contains("expected a int for parameter 'n'"), notAnInt.getMessage());
    }
}
