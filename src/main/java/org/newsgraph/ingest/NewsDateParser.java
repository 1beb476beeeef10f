package org.newsgraph.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a publication date in the forms news uses and normalises it to ISO 8601, keeping partial dates partial:
 * "7. Dezember 2021, 18:42 Uhr" -> 2021-12-07T18:42, "13.04.2021 20:25" -> 2021-04-13T20:25, "30.12.2021" ->
 * 2021-12-30, "Dec 7, 2021" -> 2021-12-07, "2021-12" -> 2021-12. Month names and dateline labels come from
 * {@code dates.txt}.
 */
public final class NewsDateParser {

    /** A date found in a text: where it is and its ISO form. */
    public record DateMatch(int start, int end, String iso) {
    }

    private static final String TIME = "(?:\\s*,?\\s*(?:um|at|-|–|\\|)?\\s*(\\d{1,2})[:.](\\d{2})(?!\\d)"
            + "(?:\\s*(?:uhr|h)\\b)?(?:\\s*([ap])\\.?m\\b\\.?)?)?";
    private static final Pattern ISO_VALUE = Pattern.compile(
            "(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:[T ](\\d{2}):(\\d{2})\\S*)?)?)?");

    private final Map<String, Integer> months = new HashMap<>();
    private final Set<String> labels = new HashSet<>();
    private final Pattern dayMonthYear;
    private final Pattern monthDayYear;
    private final Pattern dayMonthNameYear;
    private final Pattern numeric;
    private final Pattern iso;
    private final Pattern monthYear;

    private NewsDateParser(DataResource data) {
        for (String line : data.section("month")) {
            String[] words = line.split("\\s+");
            int number = Integer.parseInt(words[0]);
            for (int i = 1; i < words.length; i++) {
                months.put(words[i], number);
            }
        }
        for (String line : data.section("label")) {
            labels.addAll(List.of(line.split("\\s+")));
        }
        List<String> names = new ArrayList<>(months.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed());
        String month = "(" + String.join("|", names) + ")\\b";
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        dayMonthNameYear = Pattern.compile("(?<!\\d)(\\d{1,2})\\.\\s*" + month + "\\.?\\s+(\\d{4})(?!\\d)" + TIME, flags);
        monthDayYear = Pattern.compile("\\b" + month + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)" + TIME,
                flags);
        dayMonthYear = Pattern.compile("(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+" + month + "\\.?,?\\s+(\\d{4})(?!\\d)"
                + TIME, flags);
        numeric = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d)" + TIME, flags);
        iso = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2}))?(?!\\d)");
        monthYear = Pattern.compile("\\b" + month + "\\s+(\\d{4})(?!\\d)", flags);
    }

    /** Loads month names and labels from {@code dates.txt}. */
    public static NewsDateParser load() {
        return new NewsDateParser(DataResource.load("dates.txt"));
    }

    /** True for a word that may stand beside a date in a dateline ("Stand", "Updated", "Dienstag", "Uhr"). */
    public boolean isDateLabel(String word) {
        return labels.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The earliest valid date in {@code text}, or null. */
    public DateMatch find(String text) {
        DateMatch best = null;
        best = earlier(best, first(text, dayMonthNameYear, 3, 2, 1, true));
        best = earlier(best, first(text, monthDayYear, 3, 1, 2, true));
        best = earlier(best, first(text, dayMonthYear, 3, 2, 1, true));
        best = earlier(best, first(text, numeric, 3, 2, 1, false));
        best = earlier(best, first(text, iso, 1, 2, 3, false));
        if (best == null) {
            Matcher m = monthYear.matcher(text);
            while (m.find()) {
                Integer month = months.get(m.group(1).toLowerCase(Locale.ROOT));
                int year = Integer.parseInt(m.group(2));
                if (month != null && plausibleYear(year)) {
                    return new DateMatch(m.start(), m.end(), String.format("%04d-%02d", year, month));
                }
            }
        }
        return best;
    }

    /**
     * Normalises a date given as a value (JSON {@code published}, HTML meta): ISO forms keep their precision and a
     * time to the minute; other forms are searched for. Returns null when no date is recognised.
     */
    public String normalize(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip();
        Matcher m = ISO_VALUE.matcher(s);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return plausibleYear(year) ? String.format("%04d", year) : null;
            }
            int month = Integer.parseInt(m.group(2));
            if (m.group(3) == null) {
                return plausibleYear(year) && month >= 1 && month <= 12 ? String.format("%04d-%02d", year, month) : null;
            }
            return iso(year, month, Integer.parseInt(m.group(3)), m.group(4), m.group(5), null);
        }
        DateMatch found = find(s);
        return found == null ? null : found.iso();
    }

    private DateMatch first(String text, Pattern pattern, int yearGroup, int monthGroup, int dayGroup, boolean named) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            Integer month = named ? months.get(m.group(monthGroup).toLowerCase(Locale.ROOT))
                    : Integer.valueOf(m.group(monthGroup));
            if (month == null) {
                continue;
            }
            String ampm = pattern == iso ? null : m.group(6);
            String result = iso(Integer.parseInt(m.group(yearGroup)), month, Integer.parseInt(m.group(dayGroup)),
                    m.group(4), m.group(5), ampm);
            if (result != null) {
                return new DateMatch(m.start(), m.end(), result);
            }
        }
        return null;
    }

    private static String iso(int year, int month, int day, String hour, String minute, String ampm) {
        if (!plausibleYear(year)) {
            return null;
        }
        try {
            LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
        String date = String.format("%04d-%02d-%02d", year, month, day);
        if (hour == null) {
            return date;
        }
        int h = Integer.parseInt(hour);
        int min = Integer.parseInt(minute);
        if (ampm != null) {
            h = h % 12 + (Character.toLowerCase(ampm.charAt(0)) == 'p' ? 12 : 0);
        }
        return h < 24 && min < 60 ? date + String.format("T%02d:%02d", h, min) : date;
    }

    private static boolean plausibleYear(int year) {
        return year >= 1800 && year <= 2200;
    }

    private static DateMatch earlier(DateMatch a, DateMatch b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.start() < a.start() || (b.start() == a.start() && b.end() > a.end()) ? b : a;
    }
}
