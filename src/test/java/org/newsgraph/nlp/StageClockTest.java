package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StageClockTest {

    @Test
    void stagesAccumulateInFirstRecordedOrder() {
        StageClock clock = new StageClock();
        clock.add("pos", 2_000_000_000L, 100);
        clock.add("tokens", 1_000_000_000L, 100);
        clock.add("pos", 2_000_000_000L, 100);
        assertEquals(List.of("pos", "tokens"), clock.stages());
        assertEquals(4_000_000_000L, clock.nanos("pos"));
        assertEquals(200, clock.tokens("pos"));
        assertEquals(50.0, clock.tokensPerSecond("pos"), 1e-9);
        assertEquals(0.0, clock.tokensPerSecond("lemmas"));
        clock.add("link", 500_000_000L, 0);
        assertTrue(clock.report().startsWith("pos"), clock.report());
        assertTrue(clock.report().contains("50 tokens/s"), clock.report());
        assertEquals(2, clock.report().split("tokens/s").length - 1, clock.report());
        assertEquals(5_500_000_000L, clock.totalNanos());

        StageClock other = new StageClock();
        other.addAll(clock);
        assertEquals(200, other.tokens("pos"));
        clock.reset();
        assertEquals(List.of(), clock.stages());
    }

    @Test
    void analyzerAndBaselineRecordTheirStages() {
        StageClock analyzerClock = new StageClock();
        StageClock bareClock = new StageClock();
        String text = "Die Verhandlungen in Wien gehen weiter. Ein Ergebnis wird für Freitag erwartet.";
        int analyzed = new OpenNlpAnalyzer(Seeds.MODELS, analyzerClock).analyze(text).stream()
                .mapToInt(s -> s.tokens().size()).sum();
        int bare = new BareOpenNlpPipeline(Seeds.MODELS, bareClock).run(text);
        assertEquals(List.of(StageClock.SENTENCES, StageClock.TOKENS, StageClock.POS, StageClock.LEMMAS),
                analyzerClock.stages());
        assertEquals(List.of(StageClock.SENTENCES, StageClock.TOKENS, StageClock.POS), bareClock.stages());
        assertEquals(analyzed, analyzerClock.tokens(StageClock.LEMMAS));
        assertEquals(bare, bareClock.tokens(StageClock.POS));
        assertEquals(14, analyzed);
        assertEquals(analyzed, bare);
        assertEquals(bare, new BareOpenNlpPipeline(Seeds.MODELS).run(text));
    }
}
