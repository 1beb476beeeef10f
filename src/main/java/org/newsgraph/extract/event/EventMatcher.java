package org.newsgraph.extract.event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.EventStatus;
import org.newsgraph.ingest.PartialDate;

/**
 * Decides whether two reports (from different articles) denote one real event, and merges them. Pure: no state,
 * no store; the graph writer looks up candidates (same kind family, a shared participant) and calls it.
 *
 * <pre>{@code
 * EventMatcher m = new EventMatcher(EventLexicon.load());
 * if (m.sameEvent(stored, incoming)) { Event merged = m.merge(stored, incoming); ... store under merged.id() ... }
 * }</pre>
 *
 * <p>Same event when: the kinds are of one family ("Videogipfel", "Videogespräch", "Videoschalte" are all
 * video_conference) or one report uses a generic word ("Gespräch"); the participants share at least two members
 * (or the one member of a single-party event, when one of the two has persons only: a state alone, "China", does not
 * join "Deutschland, China"); and the dates are both known and compatible: equal, one partial
 * date containing the other ("2021-12" and "2021-12-07"), overlapping ranges, and a weekday known for a partial date
 * agreeing with the other's full date ("am Dienstag" in an article dated "2021-12" fits 2021-12-07).
 */
public final class EventMatcher {

    private final EventLexicon lexicon;

    public EventMatcher(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public boolean sameEvent(Event a, Event b) {
        return sameEvent(a, null, b, null);
    }

    /**
     * @param aWeekday 1 (Monday) .. 7 (Sunday) when {@code a}'s date is partial but its text named a weekday, else null
     * @param bWeekday likewise for {@code b}
     */
    public boolean sameEvent(Event a, Integer aWeekday, Event b, Integer bWeekday) {
        boolean kinds = lexicon.family(a.kind()).equals(lexicon.family(b.kind()))
                || lexicon.isGenericTrigger(a.trigger(), a.kind()) || lexicon.isGenericTrigger(b.trigger(), b.kind());
        if (!kinds || a.date() == null || b.date() == null || !datesMeet(a.date(), b.date())) {
            return false;
        }
        if (!weekdayFits(a.date(), aWeekday, b.date()) || !weekdayFits(b.date(), bWeekday, a.date())) {
            return false;
        }
        Set<String> shared = keys(a);
        shared.retainAll(keys(b));
        int needed = Math.min(2, Math.min(keys(a).size(), keys(b).size()));
        if (needed == 1 && !personsOnly(a) && !personsOnly(b)) {
            return keys(a).equals(keys(b));   // "China" alone says too little to join "Deutschland, China"
        }
        return needed > 0 && shared.size() >= needed;
    }

    /**
     * True when one article's two events must stay two although {@link #sameEvent} may say otherwise: one is of a
     * kind that holds others (a visit) and the other is not of its kind (a meeting during the visit).
     */
    public boolean keptApart(Event a, Event b) {
        return a.kind() != b.kind() && (lexicon.isContainer(a.kind()) || lexicon.isContainer(b.kind()));
    }

    private static boolean personsOnly(Event e) {
        return !e.participants().isEmpty() && e.participants().stream().allMatch(x -> x.type() == EntityType.Person);
    }

    private static Set<String> keys(Event e) {
        List<Entity> persons = e.participants().stream().filter(x -> x.type() == EntityType.Person).toList();
        Set<String> keys = new LinkedHashSet<>();
        (persons.isEmpty() ? e.participants() : persons).forEach(x -> keys.add(x.key()));
        return keys;
    }

    /** True when two ISO dates (possibly partial, possibly ranges "a/b") can denote the same day; null meets all. */
    public static boolean datesMeet(String a, String b) {
        if (a == null || b == null) {
            return true;
        }
        try {
            PartialDate[] x = range(a);
            PartialDate[] y = range(b);
            return !x[1].latest().isBefore(y[0].earliest()) && !y[1].latest().isBefore(x[0].earliest());
        } catch (IllegalArgumentException e) {
            return a.equals(b);
        }
    }

    private static PartialDate[] range(String iso) {
        String[] parts = iso.split("/");
        PartialDate from = PartialDate.parse(parts[0]);
        return new PartialDate[] {from, parts.length > 1 ? PartialDate.parse(parts[1]) : from};
    }

    private static boolean weekdayFits(String partial, Integer weekday, String other) {
        if (weekday == null || partial.contains("/") || other.contains("/")) {
            return true;
        }
        PartialDate p = PartialDate.parse(partial);
        PartialDate o = PartialDate.parse(other);
        if (p.isFullDate() || !o.isFullDate()) {
            return true;
        }
        LocalDate day = o.toLocalDate();
        return day.getDayOfWeek() == DayOfWeek.of(weekday);
    }

    /**
     * One event from two reports of it. Symmetric, so the result does not depend on which report came first:
     * the smaller id survives; the particular kind wins over the one it refines (a summit over a meeting), else the
     * specific kind over a generic one; the more precise date, duration and start
     * time win; held wins over planned over proposed (a later report confirms a plan); participants, agreements and
     * evidence are united (the surviving report's participants first, so a host named first stays first).
     */
    public Event merge(Event a, Event b) {
        Event first = a.id().compareTo(b.id()) <= 0 ? a : b;
        Event second = first == a ? b : a;
        Event kindSource = lexicon.refines(second.kind(), first.kind()) ? second
                : lexicon.refines(first.kind(), second.kind()) ? first
                : lexicon.isGenericTrigger(first.trigger(), first.kind())
                        && !lexicon.isGenericTrigger(second.trigger(), second.kind()) ? second : first;
        EventStatus status = first.status().ordinal() <= second.status().ordinal() ? first.status() : second.status();
        List<Entity> participants = union(first.participants(), second.participants());
        List<Entity> agreements = union(first.agreements(), second.agreements());
        List<String> evidence = new ArrayList<>(new LinkedHashSet<>(concat(first.evidence(), second.evidence())));
        return new Event(first.id(), kindSource.kind(), precise(first.date(), second.date()), status,
                kindSource.title(), kindSource.cameo(), precise(first.startTime(), second.startTime()),
                precise(first.duration(), second.duration()), participants,
                first.place() != null ? first.place() : second.place(), agreements, evidence, kindSource.trigger());
    }

    /** The longer (more precise) of two values; the smaller on a tie; a null loses. */
    private static String precise(String x, String y) {
        if (x == null || y == null) {
            return x == null ? y : x;
        }
        if (x.length() != y.length()) {
            return x.length() > y.length() ? x : y;
        }
        return x.compareTo(y) <= 0 ? x : y;
    }

    private static List<Entity> union(List<Entity> x, List<Entity> y) {
        Set<Entity> all = new LinkedHashSet<>(x);
        all.addAll(y);
        return new ArrayList<>(all);
    }

    private static <T> List<T> concat(List<T> x, List<T> y) {
        List<T> out = new ArrayList<>(x);
        out.addAll(y);
        return out;
    }
}
