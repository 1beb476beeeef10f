package org.newsgraph.extract.time;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import java.time.temporal.ChronoUnit;

/**
 * Lengths of time: "rund zwei Stunden" (PT2H), "2 Stunden und 5 Minuten" (PT2H5M), "eineinhalb Stunden" (PT1H30M),
 * "etwa 50 Minuten", "drei Tage" (P3D), "for about two hours". Hedges ("rund", "mehr als") are kept in the surface
 * and dropped from the value.
 */
final class DurationRecognizer implements Recognizer {

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private final TimeLexicon lexicon;

    DurationRecognizer(TimeLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public TimeExpression at(Words w, int i, RelativeDateResolver r) {
        Hit<Boolean> hedge = lexicon.approximators().at(w, i);
        int j = hedge == null ? i : i + hedge.length();
        Map<ChronoUnit, BigDecimal> parts = new EnumMap<>(ChronoUnit.class);
        Map<ChronoUnit, String> designators = new EnumMap<>(ChronoUnit.class);
        int last = -1;
        while (j < w.size()) {
            Hit<BigDecimal> amount = w.amount(j, lexicon);
            if (amount == null) {
                break;
            }
            int k = j + amount.length();
            Hit<TimeLexicon.Unit> unit = k < w.size() ? lexicon.units().at(w, k) : null;
            if (unit == null) {
                break;
            }
            parts.merge(unit.value().chrono(), amount.value(), BigDecimal::add);
            designators.put(unit.value().chrono(), unit.value().designator());
            last = k + unit.length() - 1;
            Hit<String> link = last + 1 < w.size() ? lexicon.connectors().at(w, last + 1) : null;
            if (link == null || !link.value().equals("pair")) {
                break;
            }
            j = last + 1 + link.length();
        }
        if (last < 0) {
            return null;
        }
        String value = iso(parts, designators);
        return new TimeExpression(i, last, w.surface(i, last), TimeType.DURATION, value, value, null, null, null);
    }

    /** ISO 8601: date parts then "T" and time parts; fractions of hours and minutes carried down. */
    static String iso(Map<ChronoUnit, BigDecimal> parts, Map<ChronoUnit, String> designators) {
        carry(parts, ChronoUnit.HOURS, ChronoUnit.MINUTES);
        carry(parts, ChronoUnit.MINUTES, ChronoUnit.SECONDS);
        StringBuilder date = new StringBuilder("P");
        StringBuilder time = new StringBuilder();
        for (ChronoUnit u : new ChronoUnit[] {ChronoUnit.YEARS, ChronoUnit.MONTHS, ChronoUnit.WEEKS, ChronoUnit.DAYS}) {
            append(date, parts.get(u), designators.getOrDefault(u, ""));
        }
        for (ChronoUnit u : new ChronoUnit[] {ChronoUnit.HOURS, ChronoUnit.MINUTES, ChronoUnit.SECONDS}) {
            append(time, parts.get(u), u == ChronoUnit.HOURS ? "H" : u == ChronoUnit.MINUTES ? "M" : "S");
        }
        return time.isEmpty() ? date.toString() : date + "T" + time;
    }

    private static void carry(Map<ChronoUnit, BigDecimal> parts, ChronoUnit from, ChronoUnit to) {
        BigDecimal v = parts.get(from);
        if (v == null || v.stripTrailingZeros().scale() <= 0) {
            return;
        }
        BigDecimal whole = v.setScale(0, RoundingMode.DOWN);
        parts.put(from, whole);
        parts.merge(to, v.subtract(whole).multiply(SIXTY), BigDecimal::add);
    }

    private static void append(StringBuilder b, BigDecimal v, String designator) {
        if (v != null && v.signum() > 0) {
            b.append(v.stripTrailingZeros().toPlainString()).append(designator);
        }
    }
}
