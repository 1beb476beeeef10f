package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.Token;

/** Cue patterns on hand-made token lists: gaps, lemmas, zu-infinitives, case, and switching between sentences. */
class CuePatternTest {

    /** Tokens from "surface/lemma" pairs; the tag does not matter to patterns. */
    private static List<Token> tokens(String... pairs) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String p : pairs) {
            String[] sl = p.split("/");
            out.add(new Token(sl[0], at, at + sl[0].length(), "X", sl.length > 1 ? sl[1] : sl[0].toLowerCase()));
            at += sl[0].length() + 1;
        }
        return List.copyOf(out);
    }

    @Test
    void aPatternWithAGapMatchesAcrossTheWordsBetween() {
        List<Token> s = tokens("Die", "Außenministerin/außenministerin", "schlug/schlagen", "ein", "Treffen", "in",
                "Wien", "vor", ".");
        assertArrayEquals(new int[] {2, 7}, CuePattern.parse("schlug ... vor").span(s, 0, s.size()));
        assertEquals(2, CuePattern.parse("schlagen ... vor").find(s, 0, s.size()), "the lemma counts too");
        assertNull(CuePattern.parse("schlug ... vor").span(s, 3, s.size()), "the range limits where it may start");
    }

    @Test
    void aZuInfinitiveCountsAsItsInfinitive() {
        List<Token> s = tokens("Beide", "planen", ",", "ein", "Treffen", "abzuhalten/abzuhalten", ".");
        assertEquals(5, CuePattern.parse("abhalten").find(s, 0, s.size()));
    }

    @Test
    void caseIsIgnoredAsEqualsIgnoreCaseIgnoresIt() {
        List<Token> s = tokens("PER", "VIDEO", "aus", "İstanbul/İstanbul");
        assertEquals(0, CuePattern.parse("per Video").find(s, 0, s.size()));
        assertEquals(3, CuePattern.parse("istanbul").find(s, 0, s.size()));
    }

    @Test
    void caseIsIgnoredCodePointByCodePointOutsideTheBasicPlaneToo() {
        List<Token> s = tokens("per", "\uD801\uDC00");   // DESERET CAPITAL LETTER LONG I
        assertEquals(0, CuePattern.parse("per \uD801\uDC28").find(s, 0, s.size()));   // ... and its small letter
    }

    @Test
    void aPatternBuiltWithCapitalLettersMatchesAsTokenIsDoes() {
        List<Token> s = tokens("Gespräche", "per", "Video");
        assertEquals(1, new CuePattern("Per Video", List.of(List.of("Per", "Video"))).find(s, 0, s.size()));
    }

    @Test
    void switchingBetweenSentencesGivesEachItsOwnAnswer() {
        List<Token> a = tokens("Das", "Treffen", "soll/sollen", "im", "Juni", "stattfinden", ".");
        List<Token> b = tokens("Das", "Treffen", "fand/finden", "im", "Juni", "statt", ".");
        CuePattern planned = CuePattern.parse("soll ... stattfinden");
        CuePattern held = CuePattern.parse("fand ... statt");
        assertEquals(2, planned.find(a, 0, a.size()));
        assertEquals(-1, planned.find(b, 0, b.size()));
        assertEquals(2, held.find(b, 0, b.size()));
        assertEquals(-1, held.find(a, 0, a.size()));
        assertEquals(2, planned.find(a, 0, a.size()));
    }

    @Test
    void theWordFilterNeverChangesAnAnswer() {
        List<Token> s = tokens("Der", "Kreml-Chef/kreml-chef", "kündigte/ankündigen", "an", ",", "sich", "mit",
                "dem", "Präsidenten", "per", "Videoschalte", "zu", "treffen", "und", "vorzuschlagen/vorzuschlagen");
        for (String text : List.of("kündigte ... an", "per Videoschalte", "sich ... treffen", "vorschlagen",
                "mit ... Präsidenten ... treffen", "per Telefon", "an ... per", "treffen ... an", "zu treffen")) {
            CuePattern p = CuePattern.parse(text);
            for (int from = 0; from <= s.size(); from++) {
                assertArrayEquals(scan(p, s, from), p.span(s, from, s.size()), text + " from " + from);
            }
        }
    }

    /** The plain scan the filter stands in front of: every start, every part, token by token. */
    private static int[] scan(CuePattern p, List<Token> s, int from) {
        for (int start = from; start < s.size(); start++) {
            int pos = start;
            boolean ok = true;
            for (int part = 0; part < p.parts().size() && ok; part++) {
                List<String> words = p.parts().get(part);
                int found = -1;
                for (int at = pos; at + words.size() <= s.size() && found < 0 && (part > 0 || at == pos); at++) {
                    boolean all = true;
                    for (int k = 0; k < words.size() && all; k++) {
                        all = CuePattern.tokenIs(s.get(at + k), words.get(k));
                    }
                    found = all ? at : -1;
                }
                ok = found >= 0;
                pos = found + words.size();
            }
            if (ok) {
                return new int[] {start, pos - 1};
            }
        }
        return null;
    }
}
