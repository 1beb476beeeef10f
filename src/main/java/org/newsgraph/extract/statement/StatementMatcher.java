package org.newsgraph.extract.statement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.Statement;
import org.newsgraph.extract.event.EventMatcher;

/**
 * Decides whether two reports (from the same or different articles) state the same thing, and merges them. Pure.
 *
 * <p>Same statement: same type, actor and target, and either compatible dates (equal, or one partial date
 * containing the other, or a range overlapping it; within a 31-day window of each other when both are full) or, when a
 * date is missing, contents sharing a content word stem ("Provokationen" and "Provokation"). The graph writer looks up
 * the existing relationships of that type between the two nodes and merges with the first that matches.
 */
public final class StatementMatcher {

    private StatementMatcher() {
    }

    public static boolean same(Statement a, Statement b) {
        if (a.type() != b.type() || !a.actor().equals(b.actor()) || !a.target().equals(b.target())) {
            return false;
        }
        if (a.date() != null && b.date() != null) {
            return EventMatcher.datesMeet(a.date(), b.date()) || withinMonth(a.date(), b.date());
        }
        Set<String> x = stems(a.what());
        x.retainAll(stems(b.what()));
        return !x.isEmpty() || a.what().isBlank() || b.what().isBlank();
    }

    private static boolean withinMonth(String a, String b) {
        try {
            var x = org.newsgraph.ingest.PartialDate.parse(a.split("/")[0]);
            var y = org.newsgraph.ingest.PartialDate.parse(b.split("/")[0]);
            return x.isFullDate() && y.isFullDate()
                    && Math.abs(x.toLocalDate().toEpochDay() - y.toLocalDate().toEpochDay()) <= 31;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Content word stems: words of five letters or more, cut to their first six letters. */
    static Set<String> stems(String what) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : what.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() >= 5) {
                out.add(w.substring(0, Math.min(6, w.length())));
            }
        }
        return out;
    }

    /**
     * One statement from two: the contents joined (each distinct phrase once, in a stable order), the more precise
     * date, the first event id, the evidence united. Symmetric up to the order of the joined phrases, which is sorted.
     */
    public static Statement merge(Statement a, Statement b) {
        Set<String> parts = new LinkedHashSet<>();
        for (String w : (a.what() + "; " + b.what()).split(";\\s*")) {
            if (!w.isBlank() && parts.stream().noneMatch(p -> p.contains(w.strip()))) {
                parts.removeIf(p -> w.contains(p));
                parts.add(w.strip());
            }
        }
        List<String> sorted = new ArrayList<>(parts);
        sorted.sort(null);
        String date = a.date() == null ? b.date() : b.date() == null ? a.date()
                : a.date().length() >= b.date().length() ? a.date() : b.date();
        String event = a.event() == null ? b.event() : b.event() == null ? a.event()
                : a.event().compareTo(b.event()) <= 0 ? a.event() : b.event();
        Set<String> evidence = new LinkedHashSet<>(a.evidence());
        evidence.addAll(b.evidence());
        String cameo = a.cameo() == null ? b.cameo() : a.cameo();
        return new Statement(a.type(), a.actor(), a.target(), String.join("; ", sorted), cameo, date, event,
                List.copyOf(evidence));
    }
}
