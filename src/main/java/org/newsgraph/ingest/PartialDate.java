package org.newsgraph.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date that may be known only to the year or the month: {@code 2021}, {@code 2021-12}, {@code 2021-12-07}.
 *
 * <p>Design decision: news often gives only a month ("im Juni") or a year ("2015"), and the graph keeps that
 * precision rather than inventing a day; {@link #toString()} is the ISO 8601 form of exactly what is known.
 */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year must be 1..9999, was " + year);
        }
        if (month == null && day != null) {
            throw new IllegalArgumentException("a day needs a month: year " + year + ", day " + day);
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month must be 1..12, was " + month);
        }
        if (day != null) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("no such day: " + year + "-" + month + "-" + day, e);
            }
        }
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    public static PartialDate of(YearMonth month) {
        return new PartialDate(month.getYear(), month.getMonthValue(), null);
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, null, null);
    }

    /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; a trailing time ({@code T18:42}) is ignored. */
    public static PartialDate parse(String iso) {
        if (iso == null) {
            throw new IllegalArgumentException("expected an ISO date like 2021-12-07, 2021-12 or 2021, found null");
        }
        String datePart = iso.strip();
        int t = datePart.indexOf('T');
        if (t > 0) {
            datePart = datePart.substring(0, t);
        }
        Matcher m = ISO.matcher(datePart);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "expected an ISO date like 2021-12-07, 2021-12 or 2021, found '" + iso + "'");
        }
        Integer month = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer day = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        return new PartialDate(Integer.parseInt(m.group(1)), month, day);
    }

    public boolean isFullDate() {
        return day != null;
    }

    /** The full date, or throws when only a year or month is known. */
    public LocalDate toLocalDate() {
        if (day == null) {
            throw new IllegalStateException("'" + this + "' is not a full date");
        }
        return LocalDate.of(year, month, day);
    }

    /** The first day this partial date can mean (2021-12 -> 2021-12-01). */
    public LocalDate earliest() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    /** The last day this partial date can mean (2021-12 -> 2021-12-31). */
    public LocalDate latest() {
        if (month == null) {
            return LocalDate.of(year, 12, 31);
        }
        return day == null ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, month, day);
    }

    /** True when {@code other} can denote a day within this date (2021-12 contains 2021-12-07). */
    public boolean contains(PartialDate other) {
        return !other.earliest().isBefore(earliest()) && !other.latest().isAfter(latest());
    }

    /** True when the two can denote the same day (2021-12 and 2021-12-07 overlap; 2021-11 and 2021-12 do not). */
    public boolean overlaps(PartialDate other) {
        return !other.latest().isBefore(earliest()) && !other.earliest().isAfter(latest());
    }

    @Override
    public int compareTo(PartialDate o) {
        int c = earliest().compareTo(o.earliest());
        return c != 0 ? c : latest().compareTo(o.latest());
    }

    @Override
    public String toString() {
        if (month == null) {
            return String.format("%04d", year);
        }
        if (day == null) {
            return String.format("%04d-%02d", year, month);
        }
        return String.format("%04d-%02d-%02d", year, month, day);
    }
}
