package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Accumulates wall time and token counts per named stage, for benchmarks that print per-stage figures.
 * Stages appear in the order they were first recorded. Not thread-safe: one clock per thread, then {@link #addAll}.
 *
 * <pre>{@code
 * StageClock clock = new StageClock();
 * new OpenNlpAnalyzer(models, clock).analyze(text);
 * System.out.print(clock.report());
 * }</pre>
 */
public final class StageClock {

    /** The stage names {@link OpenNlpAnalyzer} records. */
    public static final String SENTENCES = "sentences";
    public static final String TOKENS = "tokens";
    public static final String POS = "pos";
    public static final String LEMMAS = "lemmas";

    private final Map<String, long[]> stages = new LinkedHashMap<>();

    /** Adds {@code nanos} of work on {@code tokens} tokens to {@code stage}. */
    public void add(String stage, long nanos, long tokens) {
        long[] totals = stages.computeIfAbsent(Objects.requireNonNull(stage, "stage"), s -> new long[2]);
        totals[0] += nanos;
        totals[1] += tokens;
    }

    /** Adds every stage of {@code other} to this clock. */
    public void addAll(StageClock other) {
        other.stages.forEach((stage, totals) -> add(stage, totals[0], totals[1]));
    }

    public List<String> stages() {
        return new ArrayList<>(stages.keySet());
    }

    public long nanos(String stage) {
        long[] totals = stages.get(stage);
        return totals == null ? 0 : totals[0];
    }

    public long tokens(String stage) {
        long[] totals = stages.get(stage);
        return totals == null ? 0 : totals[1];
    }

    /** The sum of all stages' time. */
    public long totalNanos() {
        long sum = 0;
        for (long[] totals : stages.values()) {
            sum += totals[0];
        }
        return sum;
    }

    /** Tokens per second of {@code stage} alone; 0 when it never ran. */
    public double tokensPerSecond(String stage) {
        long nanos = nanos(stage);
        return nanos == 0 ? 0 : tokens(stage) * 1e9 / nanos;
    }

    public void reset() {
        stages.clear();
    }

    /** One line per stage: name, seconds, share of the total, tokens/s (left out for stages that count none). */
    public String report() {
        StringBuilder out = new StringBuilder();
        long total = Math.max(1, totalNanos());
        for (String stage : stages.keySet()) {
            out.append(String.format(Locale.ROOT, "%-12s %8.3f s %5.1f %%", stage, nanos(stage) / 1e9,
                    100.0 * nanos(stage) / total));
            if (tokens(stage) > 0) {
                out.append(String.format(Locale.ROOT, " %12.0f tokens/s", tokensPerSecond(stage)));
            }
            out.append(System.lineSeparator());
        }
        return out.toString();
    }
}
