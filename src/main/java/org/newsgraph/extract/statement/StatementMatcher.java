package org.newsgraph.extract.statement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.Statement;
import org.newsgraph.extract.event.EventMatcher;

/**
 * Decides whether two reports (from the same or different articles) state the same thing, and merges them. Pure.
 *
 * <p>Same statement: same type, actor and target, and compatible dates: equal, one partial date containing the other,
 * overlapping ranges, or full dates within 31 days of each other; a report without a date (an undated article) joins
 * the statement it matches otherwise. The graph writer looks up the existing relationships of that type between the
 * two nodes, merges with the first that matches ({@link #merge}) and stores the merged {@code what}.
 *
 * <p>Design decision: the content is not compared. Reports of one accusation name different parts of it
 * ("Provokationen" in one article, "the transfer of 120,000 soldiers" in another); the time window keeps
 * accusations of different months apart.
 */
public final class StatementMatcher {

    private StatementMatcher() {
    }

    public static boolean same(Statement a, Statement b) {
        if (a.type() != b.type() || !a.actor().equals(b.actor()) || !a.target().equals(b.target())) {
            return false;
        }
        return a.date() == null || b.date() == null || EventMatcher.datesMeet(a.date(), b.date())
                || withinMonth(a.date(), b.date());
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

    /**
     * One statement from two: the contents joined (each distinct phrase once, in a stable order), the more precise
     * date, the smaller event id, the evidence united in report order. Symmetric except for the order of the evidence.
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
